// Every lifecycle action over HTTP, end to end against the real server and database, with the
// errors, idempotency and visibility rules people rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../contract/project';
import { wan } from '../rules';
import { applicationBody, enterpriseApplication, expertCommitment } from '../examples/applications';
import { eventually, type Harness } from './support/harness';
import {
  apply,
  evidence,
  toContract,
  inMs,
  officer,
  publish,
  scoreAll,
  status,
  supervisor,
  waitForStage,
  startTestApp,
  stopTestApp,
} from './support/lifecycle';

describe('staff API', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 8 }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  const post = async (actor: Actor, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { ...(await h.as(actor)), ...headers },
    });
  const get = async (actor: Actor, url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers: { ...(await h.as(actor)), ...headers } });

  it('drives a whole lifecycle over HTTP, from list entry to CLOSED', async () => {
    const entry = await publish(app, h.as);
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const code = await apply(app, h.as, entry.id, application);
    const review = await waitForStage(h.client, code, 'review');
    const experts = await eventually(async () => {
      const ids = (await status(h.client, code)).pendingActions
        .filter((a) => a.action === 'submitReviewScore')
        .map((a) => a.ownerId!);
      return ids.length ? ids : undefined;
    });
    expect(review.stage).toBe('review');

    const panel = await get(officer, `/projects/${code}/panel`);
    expect(panel.statusCode, panel.body).toBe(200);
    expect(panel.json().items[0].expertIds.sort()).toEqual([...experts].sort());

    // R18.1: an expert neither sees nor scores the application before signing the commitment.
    const first: Actor = { id: experts[0]!, role: 'expert' };
    const unseen = await get(first, `/projects/${code}`);
    expect(unseen.statusCode).toBe(403);
    expect(unseen.json()).toMatchObject({ ruleIds: ['R18.1'] });
    const unsigned = await post(first, `/projects/${code}/review-scores`, { expertId: first.id, score: 88 });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json()).toMatchObject({ ruleIds: ['R18.1'] });
    const conflicted = await post(first, `/projects/${code}/expert-commitments`, {
      expertId: first.id,
      ...expertCommitment,
      noConflict: false,
    });
    expect(conflicted.statusCode).toBe(422);
    expect(conflicted.json()).toMatchObject({
      ruleIds: ['R18.1'],
      violations: [{ fields: ['commitment.noConflict'] }],
    });
    for (const expertId of experts) {
      const expert: Actor = { id: expertId, role: 'expert' };
      const signed = await post(expert, `/projects/${code}/expert-commitments`, {
        expertId,
        ...expertCommitment,
      });
      expect(signed.statusCode, signed.body).toBe(200);
      const res = await post(expert, `/projects/${code}/review-scores`, { expertId, score: 88 });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await get(first, `/projects/${code}`)).statusCode).toBe(200);
    await waitForStage(h.client, code, 'decision');
    const decided = await post(officer, `/projects/${code}/decision`, {
      outcome: 'approve',
      approvedSubsidy: wan(90),
      fundingMode: 'standard',
      militaryOrder: false,
      evidence: evidence(),
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ stage: 'publicity', provincialSubsidy: wan(90) });
    // An action answers with the step it recorded, not the whole timeline (that is in the live status).
    expect(decided.json().recorded).toEqual([
      expect.objectContaining({
        action: 'approve',
        stage: 'publicity',
        ruleIds: ['R11', 'R12', 'R20', 'R18.3'],
      }),
    ]);
    expect(decided.json()).not.toHaveProperty('timeline');
    // R18.3: publicised first, anyone may read it without a key; it takes effect when the period ends.
    const publicised = await app.inject({ method: 'GET', url: '/publicity' });
    expect(publicised.json().items).toContainEqual(
      expect.objectContaining({ code, approvedSubsidy: wan(90), fundingMode: 'standard' }),
    );
    await waitForStage(h.client, code, 'contract');

    const contract = await post(officer, `/projects/${code}/contract`, {
      milestones: [{ id: 'M1', title: 'Tape-out', dueAt: inMs(60_000) }],
      contractEndsAt: inMs(120_000),
    });
    expect(contract.statusCode, contract.body).toBe(200);
    expect(
      (await post(lead, `/projects/${code}/major-events`, { summary: 'fab slot moved', risk: 'low' }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await post(officer, `/projects/${code}/spot-checks`, {
          findings: 'books in order',
          satisfactory: true,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await post(officer, `/projects/${code}/commissioner`, { commissionerId: 'c-1', name: 'Prof. Zhou' }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await post(officer, `/projects/${code}/project-pool`, {
          member: true,
          basis: 'chokepoint IP',
          recommendation: 'review recommends it: masters the ADC front end (审核推荐)',
          evidence: evidence('pool review'),
        })
      ).statusCode,
    ).toBe(200);
    // The staff check waits for the PI's progress report.
    const unreported = await post(officer, `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'tape-out report',
    });
    expect(unreported.statusCode).toBe(409);
    const reported = await post(lead, `/projects/${code}/milestone-reports`, {
      milestoneId: 'M1',
      summary: 'Tape-out done',
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const check = await post(officer, `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'tape-out report',
    });
    expect(check.statusCode, check.body).toBe(200);
    await waitForStage(h.client, code, 'acceptance');

    const applied = await post(lead, `/projects/${code}/acceptance-applications`, {
      finalReport: 'Final report',
      simplified: true,
      financialFinalAccount: 'FA-1',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const acceptance = await post(officer, `/projects/${code}/acceptance`, {
      passed: true,
      evidence: evidence('acceptance'),
    });
    expect(acceptance.statusCode, acceptance.body).toBe(200);
    expect(acceptance.json().stage).toBe('postEvaluation');
    for (const year of [1, 2, 3]) {
      const res = await post(lead, `/projects/${code}/post-evaluation-reports`, {
        year,
        representativeResults: 'chip in production',
        economicAndSocialBenefits: 'import substitution',
      });
      expect(res.statusCode, res.body).toBe(200);
      // R23: the department rates each reported year; the project closes once the last is rated.
      const rated = await post(officer, `/projects/${code}/post-evaluation-ratings`, {
        year,
        grade: 'excellent',
        basis: 'in volume production at two users',
        evidence: evidence('post-evaluation review'),
      });
      expect(rated.statusCode, rated.body).toBe(200);
    }
    await waitForStage(h.client, code, 'closed');

    const listed = await get(officer, `/projects?stage=closed&listEntryId=${entry.id}`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ code, stage: 'closed' }] });
    const trail = await get(auditor, `/projects/${code}/events`);
    expect(trail.statusCode).toBe(200);
    const actions = trail.json().items.map((e: { action: string }) => e.action);
    expect(actions[0]).toBe('submitApplication');
    expect(actions.at(-1)).toBe('close');
    expect(trail.json().items.find((e: { action: string }) => e.action === 'approve').actorId).toBe(
      officer.id,
    );
  });

  const auditor: Actor = { id: 'auditor-sun', role: 'auditor' };

  it('runs the collective and exceptional steps over HTTP: examination, stage gate, milestone decision, rolling support', async () => {
    // R8 examination on a social-welfare entry: 4 applications, 1 planned → the best 3 go to review.
    const examined = await publish(app, h.as, { strategicField: 'socialWelfare', plannedApprovals: 1 });
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push(await apply(app, h.as, examined.id));
    for (const c of codes) await waitForStage(h.client, c, 'examination');
    const exam = await post(officer, `/lists/${examined.id}/examination`, {
      scores: codes.map((c, i) => ({ code: c, score: 90 - i * 10 })),
      evidence: evidence('examination panel'),
    });
    expect(exam.statusCode, exam.body).toBe(200);
    expect(
      exam.json().applications.filter((a: { examined: { passed: boolean } }) => a.examined.passed),
    ).toHaveLength(3);
    await waitForStage(h.client, codes[3]!, 'rejected');

    // R13: two horse-race projects; the gate passes one and terminates the other.
    const raced = await publish(app, h.as, { plannedApprovals: 2 });
    // R13: each team declares its own technical route and is inspected on site before its decision.
    const racers: string[] = [];
    for (const route of ['SAR ADC in 28 nm CMOS', 'pipelined ADC in SiGe BiCMOS'])
      racers.push(await apply(app, h.as, raced.id, enterpriseApplication({ technicalRoute: route })));
    for (const c of racers) {
      await scoreAll(h.client, c);
      const uninspected = await post(officer, `/projects/${c}/decision`, {
        outcome: 'approve',
        approvedSubsidy: wan(100),
        horseRace: true,
        evidence: evidence(),
      });
      expect(uninspected.json()).toMatchObject({
        ruleIds: ['R13'],
        violations: [{ fields: ['onSiteInspection'] }],
      });
      const inspected = await post(officer, `/projects/${c}/on-site-inspections`, {
        findings: 'Clean room and test bench seen; team of comparable level',
        comparableLevel: true,
        inspectedOn: '2026-11-20',
        inspectors: ['officer-wang', 'prof-zhou'],
      });
      expect(inspected.statusCode, inspected.body).toBe(200);
      const approved = await post(officer, `/projects/${c}/decision`, {
        outcome: 'approve',
        approvedSubsidy: wan(100),
        horseRace: true,
        evidence: evidence(),
      });
      expect(approved.statusCode, approved.body).toBe(200);
      await waitForStage(h.client, c, 'contract');
    }
    await eventually(async () => {
      const { rows } = await h.pool.query(
        'SELECT count(*)::int AS n FROM projects WHERE list_entry_id = $1 AND horse_race_group IS NOT NULL',
        [raced.id],
      );
      return rows[0].n === 2 ? true : undefined;
    });
    // R13: each team is judged against its own stage goals; a pass without its goals met is refused.
    const assessments = [
      { code: racers[0], goalsMet: true, basis: 'ENOB 10.4 bits against a goal of 10' },
      { code: racers[1], goalsMet: false, basis: 'ENOB 8.1 bits against a goal of 10' },
    ];
    const unassessed = await post(officer, `/lists/${raced.id}/stage-gate`, {
      passed: [racers[0]],
      failed: [racers[1]],
      evidence: evidence('on-site inspection'),
    });
    expect(unassessed.statusCode).toBe(400);
    const gate = await eventually(async () => {
      const contrary = await post(officer, `/lists/${raced.id}/stage-gate`, {
        passed: [racers[1]],
        failed: [racers[0]],
        assessments,
        evidence: evidence('on-site inspection'),
      });
      // (Until both teams have joined the race, the gate is refused for want of one.)
      if (contrary.statusCode !== 409 || !contrary.body.includes('own stage goals')) return undefined;
      const res = await post(officer, `/lists/${raced.id}/stage-gate`, {
        passed: [racers[0]],
        failed: [racers[1]],
        assessments,
        evidence: evidence('on-site inspection'),
      });
      return res.statusCode === 200 ? res : undefined;
    });
    expect(gate.json().horseRace.gated).toEqual({ [racers[0]!]: true, [racers[1]!]: false });
    await waitForStage(h.client, racers[1]!, 'terminated');

    // An overdue milestone is extended over HTTP; then rolling support starts phase 2.
    const winner = racers[0]!;
    const signed = await post(officer, `/projects/${winner}/contract`, {
      milestones: [{ id: 'M1', title: 'Prototype', dueAt: inMs(700) }],
      contractEndsAt: inMs(60_000),
      stageGoals: [{ name: 'prototype ENOB', target: '≥ 10 bits' }],
    });
    expect(signed.statusCode, signed.body).toBe(200);
    await eventually(async () =>
      (await status(h.client, winner)).milestones[0]?.status === 'overdue' ? true : undefined,
    );
    const extended = await post(officer, `/projects/${winner}/milestone-decisions`, {
      decision: 'extend',
      milestoneId: 'M1',
      newDueAt: inMs(60_000),
      evidence: evidence('supplier delay'),
    });
    expect(extended.statusCode, extended.body).toBe(200);
    expect(extended.json().milestones[0].status).toBe('pending');
    const rolled = await post(officer, `/projects/${winner}/rolling-support`, {
      phaseTitle: 'Phase 2',
      additionalSubsidy: wan(50),
      milestones: [{ id: 'P2-M1', title: 'Automotive grade', dueAt: inMs(60_000) }],
      contractEndsAt: inMs(120_000),
      basis: 'major results',
      evidence: evidence('rolling support meeting'),
    });
    expect(rolled.statusCode, rolled.body).toBe(202);
    await eventually(async () => ((await status(h.client, winner)).phase === 2 ? true : undefined));
  });

  it('answers 401 without a key or with an unknown one', async () => {
    expect((await app.inject({ method: 'GET', url: '/projects' })).statusCode).toBe(401);
    const res = await app.inject({
      method: 'GET',
      url: '/projects',
      headers: { authorization: 'Bearer gg_nope' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('speaks zh-CN when asked', async () => {
    const entry = await publish(app, h.as);
    const body = applicationBody();
    body.leadOrganisation.majorInnovationPlatform = undefined;
    const res = await post({ id: 'admin-1', role: 'admin' }, `/lists/${entry.id}/applications`, body, {
      'accept-language': 'zh-CN,zh;q=0.9',
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.json()).toMatchObject({ title: '违反政策规则', ruleIds: ['R5'] });
    expect(res.json().detail).toContain('重大创新平台');
  });

  it('speaks zh-CN in every problem: malformed fields, missing resources, refused steps', async () => {
    const zh = { 'accept-language': 'zh-CN' };
    const officerCall = async (method: 'GET' | 'POST', url: string, payload?: object) =>
      app.inject({ method, url, payload, headers: { ...(await h.as(officer)), ...zh } });
    const malformed = await officerCall('POST', '/lists', { id: 42 });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().title).toBe('请求格式错误');
    expect(malformed.json().errors).toEqual(
      expect.arrayContaining([{ field: 'body.id', message: expect.stringMatching(/[\u4e00-\u9fff]/) }]),
    );
    expect(malformed.json().detail).toMatch(/^body\.[\w.]+：/);
    expect(malformed.json()).not.toHaveProperty('detailZh');
    const missing = await officerCall('GET', '/projects/ZJ-2099-99999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ title: '资源不存在', detail: expect.stringContaining('不存在') });
    const { code } = await toContract(app, h.as, h.client);
    const late = await officerCall('POST', `/projects/${code}/decision`, {
      outcome: 'reject',
      evidence: evidence(),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/^当前阶段不允许此操作/);
    // English stays English.
    const english = await app.inject({
      method: 'GET',
      url: '/projects/ZJ-2099-99999',
      headers: await h.as(officer),
    });
    expect(english.json().detail).toBe('Project ZJ-2099-99999 does not exist');
  });

  it('returns the first response for a repeated Idempotency-Key and changes nothing', async () => {
    const entry = await publish(app, h.as);
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const key = { 'idempotency-key': `apply-${entry.id}` };
    const first = await post(lead, `/lists/${entry.id}/applications`, applicationBody(application), key);
    const again = await post(lead, `/lists/${entry.id}/applications`, applicationBody(application), key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const rows = await h.pool.query('SELECT count(*)::int AS n FROM projects WHERE list_entry_id = $1', [
      entry.id,
    ]);
    expect(rows.rows[0].n).toBe(1);

    const other = await post(
      lead,
      `/lists/${entry.id}/applications`,
      { ...applicationBody(application), title: 'Another' },
      key,
    );
    expect(other.statusCode).toBe(422);
    expect(other.json().type).toContain('idempotency-key-reused');
  });

  it('shows a project lead only their own projects and an expert only assigned ones', async () => {
    const entry = await publish(app, h.as);
    const mine = enterpriseApplication();
    const theirs = enterpriseApplication();
    const lead: Actor = { id: mine.team.principalInvestigator.id, role: 'projectLead' };
    const myCode = await apply(app, h.as, entry.id, mine);
    const theirCode = await apply(app, h.as, entry.id, theirs);
    const listed = await get(lead, `/projects?listEntryId=${entry.id}`);
    expect(listed.json().items.map((p: { code: string }) => p.code)).toEqual([myCode]);
    expect((await get(lead, `/projects/${theirCode}`)).statusCode).toBe(403);
    expect((await get(lead, `/projects/${myCode}`)).statusCode).toBe(200);
    // A lead cannot apply in someone else's name.
    const impostor = await post(
      lead,
      `/lists/${entry.id}/applications`,
      applicationBody(enterpriseApplication()),
    );
    expect(impostor.statusCode).toBe(403);

    const panelOf = (code: string) =>
      eventually(async () => {
        const items = (await get(officer, `/projects/${code}/panel`)).json().items as Array<{
          expertIds: string[];
        }>;
        return items.length ? items[0]!.expertIds : undefined;
      });
    const panel = await panelOf(myCode);
    const expert: Actor = { id: panel[0]!, role: 'expert' };
    // The panel is in PostgreSQL once drawn, and in the workflow a moment later.
    await eventually(async () =>
      (await status(h.client, myCode)).pendingActions.some((a) => a.ownerId === expert.id) ? true : undefined,
    );
    expect((await get(expert, `/projects/${myCode}`)).statusCode).toBe(403);
    const commitment = { expertId: expert.id, ...expertCommitment };
    const signed = await post(expert, `/projects/${myCode}/expert-commitments`, commitment);
    expect(signed.statusCode, signed.body).toBe(200);
    expect((await get(expert, `/projects/${myCode}`)).statusCode).toBe(200);
    // An expert on no panel of this project sees nothing of it (R18.2: the recused are never seated).
    const unassigned: Actor = { id: 'expert-never-drawn', role: 'expert' };
    expect((await get(unassigned, `/projects/${myCode}`)).statusCode).toBe(403);
    expect((await get(unassigned, `/projects?listEntryId=${entry.id}`)).json().items).toEqual([]);
  });

  it('answers 404 naming the project for a code that does not exist, for reads and actions alike', async () => {
    const missing = 'ZJ-1999-99999';
    for (const res of [
      await get(officer, `/projects/${missing}`),
      await get(officer, `/projects/${missing}?live=false&afterVersion=0&waitMs=0`),
      await get({ id: 'pi-nobody', role: 'projectLead' }, `/projects/${missing}`),
      await post(officer, `/projects/${missing}/project-pool`, {
        member: true,
        basis: 'x',
        recommendation: 'x',
        evidence: evidence(),
      }),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().detail).toContain(missing);
    }
  });

  it('termination: 202 for a supervisor, 403 for an officer, 409 once terminated', async () => {
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id);
    await waitForStage(h.client, code, 'review');
    const reason = { reason: 'consortium dissolved', basis: 'R15 meeting', evidence: evidence() };
    expect((await post(officer, `/projects/${code}/termination`, reason)).statusCode).toBe(403);
    const rolling = await post(officer, `/projects/${code}/rolling-support`, {
      phaseTitle: 'Phase 2',
      additionalSubsidy: wan(10),
      milestones: [{ id: 'P2', title: 'x', dueAt: inMs(60_000) }],
      contractEndsAt: inMs(120_000),
      basis: 'results',
      evidence: evidence(),
    });
    expect(rolling.statusCode).toBe(409);
    const accepted = await post(supervisor, `/projects/${code}/termination`, reason);
    expect(accepted.statusCode, accepted.body).toBe(202);
    await waitForStage(h.client, code, 'terminated');
    expect((await post(supervisor, `/projects/${code}/termination`, reason)).statusCode).toBe(409);
  });

  it('long-polls a project on its version: answers at the next transition, or unchanged after waitMs', async () => {
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id);
    const experts = await eventually(async () => {
      const ids = (await status(h.client, code)).pendingActions
        .filter((a) => a.action === 'submitReviewScore')
        .map((a) => a.ownerId!);
      return ids.length ? ids : undefined;
    });
    const signed = await post({ id: experts[0]!, role: 'expert' }, `/projects/${code}/expert-commitments`, {
      expertId: experts[0],
      ...expertCommitment,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    // The status query sees a step as soon as the workflow takes it; the record once its activity commits.
    const before = await eventually(async () => {
      const project = (await get(officer, `/projects/${code}`)).json();
      return project.version === project.live.timeline.length ? project : undefined;
    });

    // Nothing happens to a project waiting for its experts: the poll ends at waitMs with the same version.
    const idle = await get(officer, `/projects/${code}?afterVersion=${before.version}&waitMs=300`);
    expect(idle.statusCode, idle.body).toBe(200);
    expect(idle.json().version).toBe(before.version);

    // A score recorded while a poll waits ends that poll with the new version and the new timeline.
    const waiting = get(officer, `/projects/${code}?afterVersion=${before.version}&waitMs=30000`);
    const scored = await post({ id: experts[0]!, role: 'expert' }, `/projects/${code}/review-scores`, {
      expertId: experts[0],
      score: 81,
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const moved = (await waiting).json();
    expect(moved.version).toBeGreaterThan(before.version);
    expect(moved.live.timeline.at(-1)).toMatchObject({ action: 'submitReviewScore' });

    // An older version answers at once.
    expect((await get(officer, `/projects/${code}?afterVersion=0`)).json().version).toBe(moved.version);
    const bad = await get(officer, `/projects/${code}?afterVersion=-1&waitMs=60000`);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/afterVersion/);
    expect(bad.body).toMatch(/waitMs/);
  });

  it('reports the R10 portfolio KPIs against their targets', async () => {
    const res = await get(officer, '/portfolio/kpis');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().kpis.map((k: { id: string }) => k.id)).toEqual([
      'manufacturingShare',
      'enterpriseLedShare',
      'mountainOrIslandShare',
      'youngPiShare',
    ]);
    expect(res.json().kpis[0]).toMatchObject({ ruleId: 'R10', targetBp: 8000 });
  });

  it('registers experts and records integrity bans that the next application meets', async () => {
    const admin: Actor = { id: 'admin-1', role: 'admin' };
    const expert = {
      id: `exp-api-${Date.now()}`,
      name: 'Dr. Qian',
      organisationId: 'inst-x',
      fromEnterprise: true,
      specialties: ['integratedCircuits'],
      declaredConflicts: [],
    };
    expect((await post(officer, '/experts', expert)).statusCode).toBe(201);
    expect((await post(officer, '/experts', expert)).statusCode).toBe(409);
    const application = enterpriseApplication();
    const ban = await post(supervisor, '/integrity-records', {
      subjectType: 'person',
      subjectId: application.team.principalInvestigator.id,
      kind: 'ban',
      ruleId: 'R19',
      startsOn: '2026-01-01',
      endsOn: '2099-01-01',
      basis: 'data fabrication finding',
    });
    expect(ban.statusCode, ban.body).toBe(201);
    const records = await get(
      officer,
      `/integrity-records?subjectId=${application.team.principalInvestigator.id}`,
    );
    expect(records.json().items).toHaveLength(1);
    const entry = await publish(app, h.as);
    const refused = await post(admin, `/lists/${entry.id}/applications`, applicationBody(application));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().ruleIds).toEqual(['R19']);
  });
});
