// The department's oversight and what results lead to, over HTTP against the real servers: R14 military
// order terms as fields; R18.4 spot checks drawn from a recorded seed and followed up; R18.5 the named
// commissioner who sees, reports and is reminded; R23 the department's yearly rating, shown and counted at
// the PI's next review; R21 the results showcase and award candidate pool; R22 direct support.
import { describe, expect, it } from 'vitest';
import { projectWorkflowId, type Actor } from '../contract/project';
import { derivePolicy, drawSpotChecks, shanghaiDate, wan } from '../rules';
import { enterpriseApplication } from '../examples/applications';
import {
  accept,
  apply,
  approve,
  compressedPolicy,
  evidence,
  inMs,
  officer,
  passMilestone,
  publish,
  recordHistories,
  scoreAll,
  signContract,
  status,
  supervisor,
  toContract,
  useTestApp,
  waitForRecordedStage,
  waitForStage,
} from './support/lifecycle';
import { eventually, uniqueId } from './support/harness';

describe('oversight and results', () => {
  const t = useTestApp({ experts: 8 });
  const call = async (
    method: 'GET' | 'POST',
    actor: Actor,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      ...(payload !== undefined && { payload: payload as object }),
      headers: { ...(await t.h.as(actor)), ...headers },
    });
  const post = (actor: Actor, url: string, payload: unknown, headers?: Record<string, string>) =>
    call('POST', actor, url, payload, headers);
  const get = (actor: Actor, url: string) => call('GET', actor, url);
  const actions = (body: { pendingActions: Array<{ action: string }> }) =>
    body.pendingActions.map((a) => a.action);

  it('signs a military order’s terms as fields: hard milestones, indicators, rewards, penalties (R14)', async () => {
    const { code } = await toContract(t.app, t.h.as, t.h.client, { decision: { militaryOrder: true } });
    const contract = (militaryOrderTerms?: unknown) => ({
      milestones: [
        { id: 'M1', title: 'Tape-out', dueAt: inMs(60_000), indicators: [] },
        { id: 'M2', title: 'Pilot line', dueAt: inMs(90_000), indicators: [] },
      ],
      contractEndsAt: inMs(120_000),
      ...(militaryOrderTerms !== undefined && { militaryOrderTerms }),
    });
    const terms = {
      milestoneIds: ['M1'],
      indicators: [{ name: 'ENOB at 1 MS/s', target: '≥ 16 bit' }],
      rewards: ['priority in talent recommendation and science awards (R14.1)'],
      penalties: ['the PI barred from provincial programmes for two years (R14.2)'],
    };
    const missing = await post(officer, `/projects/${code}/contract`, contract());
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      ruleIds: ['R14'],
      violations: [{ fields: ['militaryOrderTerms'] }],
    });
    const asText = await post(officer, `/projects/${code}/contract`, contract('milestones on time'));
    expect(asText.statusCode).toBe(400);
    const unknown = await post(
      officer,
      `/projects/${code}/contract`,
      contract({ ...terms, milestoneIds: ['M9'] }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({
      ruleIds: ['R14'],
      violations: [{ fields: ['militaryOrderTerms.milestoneIds'], actual: 'M9' }],
    });
    const unattached = await post(
      officer,
      `/projects/${code}/contract`,
      contract({ ...terms, document: 'a'.repeat(64) }),
    );
    expect(unattached.statusCode).toBe(422);
    expect(unattached.json().errors).toEqual([
      expect.objectContaining({ field: 'body.militaryOrderTerms.document' }),
    ]);
    const signed = await post(officer, `/projects/${code}/contract`, contract(terms));
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().recorded[0]).toMatchObject({ action: 'signContract', ruleIds: ['R14'] });
    const trail = await get(officer, `/projects/${code}/events`);
    const signing = trail.json().items.find((e: { action: string }) => e.action === 'signContract');
    expect(signing.payload.militaryOrderTerms).toEqual(terms);
  });

  it('draws spot checks from a recorded seed, the same again on retry, and follows an unsatisfactory one up (R18.4)', async () => {
    const entry = await publish(t.app, t.h.as);
    const applications = [enterpriseApplication(), enterpriseApplication()];
    const codes: string[] = [];
    for (const a of applications) codes.push(await apply(t.app, t.h.as, entry.id, a));
    for (const code of codes) {
      await scoreAll(t.h.client, code);
      await approve(t.h.client, code);
      await signContract(t.h.client, code, [60_000]);
      await waitForRecordedStage(t.h.pool, code, 'execution');
    }
    const request = { checkBy: inMs(30_000), seed: 'audit-2026-q4', scope: { listEntryId: entry.id } };
    expect((await post(officer, '/spot-check-draws', request)).statusCode).toBe(403);
    expect(
      (await post(supervisor, '/spot-check-draws', { ...request, checkBy: inMs(-1_000) })).statusCode,
    ).toBe(409);

    const key = { 'idempotency-key': uniqueId('draw') };
    const drawn = await post(supervisor, '/spot-check-draws', request, key);
    expect(drawn.statusCode, drawn.body).toBe(201);
    const draw = drawn.json();
    // The policy's 10 % of two projects, rounded up: one, and the one its seed picks from that population.
    expect(draw).toMatchObject({ seed: 'audit-2026-q4', shareBp: 1_000, population: [...codes].sort() });
    expect(draw.drawn).toEqual(drawSpotChecks(codes, 1_000, 'audit-2026-q4').drawn);
    expect(draw.drawn).toHaveLength(1);
    expect(draw.opened).toEqual(draw.drawn);
    // A retry answers the same draw and opens no second check.
    const again = await post(supervisor, '/spot-check-draws', request, key);
    expect(again.json()).toMatchObject({ id: draw.id, drawn: draw.drawn });
    const kept = await get(supervisor, `/spot-check-draws/${draw.id}`);
    expect(kept.json()).toMatchObject({
      id: draw.id,
      seed: draw.seed,
      population: draw.population,
      drawn: draw.drawn,
    });

    const code: string = draw.drawn[0];
    const pi: Actor = {
      id: applications[codes.indexOf(code)]!.team.principalInvestigator.id,
      role: 'projectLead',
    };
    const owed = await status(t.h.client, code);
    expect(owed.timeline.filter((e) => e.action === 'spotCheckDrawn')).toHaveLength(1);
    expect(owed.pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: `spotCheck:${draw.id}`,
          ownerRole: 'supervisor',
          deadline: draw.checkBy,
        }),
      ]),
    );
    const check = (checkId: string) => ({
      checkId,
      findings: 'Equipment bought from the provincial subsidy not on the asset register',
      satisfactory: false,
    });
    expect((await post(supervisor, `/projects/${code}/spot-checks`, check('SC-0000-9999'))).statusCode).toBe(
      409,
    );
    const found = await post(supervisor, `/projects/${code}/spot-checks`, check(draw.id));
    expect(found.statusCode, found.body).toBe(200);
    expect(actions(found.json())).not.toContain(`spotCheck:${draw.id}`);
    expect(found.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: `rectifySpotCheck:${draw.id}`, ownerId: pi.id, overdue: false }),
      ]),
    );
    expect((await post(supervisor, `/projects/${code}/spot-checks`, check(draw.id))).statusCode).toBe(409);

    const rectification = { checkId: draw.id, report: 'Equipment registered; register attached' };
    const other = codes.find((c) => c !== code)!;
    expect((await post(pi, `/projects/${other}/spot-check-rectifications`, rectification)).statusCode).toBe(
      403,
    );
    const rectified = await post(pi, `/projects/${code}/spot-check-rectifications`, rectification);
    expect(rectified.statusCode, rectified.body).toBe(200);
    expect(actions(rectified.json())).not.toContain(`rectifySpotCheck:${draw.id}`);
    expect(rectified.json().recorded[0]).toMatchObject({ action: 'spotCheckRectified', ruleIds: ['R18.4'] });
    expect((await post(pi, `/projects/${code}/spot-check-rectifications`, rectification)).statusCode).toBe(
      409,
    );
    await recordHistories(t.h.client, projectWorkflowId(code), 'oversight-spot-check');
  });

  it('lets the named commissioner see the project, report on it and be reminded (R18.5)', async () => {
    // A policy whose commissioner reports fall due within the test.
    const fast = await t.h.buildApp([
      derivePolicy(compressedPolicy(), {
        id: 'test-oversight-commissioner',
        durations: { commissionerReportIntervalMs: 2_000 },
      }),
    ]);
    try {
      const { code } = await toContract(fast, t.h.as, t.h.client);
      await signContract(t.h.client, code, [60_000]);
      const commissioner: Actor = { id: uniqueId('commissioner'), role: 'commissioner' };
      const someoneElse: Actor = { id: uniqueId('commissioner'), role: 'commissioner' };
      expect((await get(commissioner, `/projects/${code}`)).statusCode).toBe(403);

      const named = await post(officer, `/projects/${code}/commissioner`, {
        commissionerId: commissioner.id,
        name: 'Prof. Qian Ming',
      });
      expect(named.statusCode, named.body).toBe(200);
      expect(named.json().pendingActions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            action: 'commissionerReport:1',
            ownerRole: 'commissioner',
            ownerId: commissioner.id,
          }),
        ]),
      );
      await eventually(async () =>
        (await get(commissioner, `/projects/${code}`)).statusCode === 200 ? true : undefined,
      );
      const listed = await get(commissioner, '/projects');
      expect(listed.json()).toMatchObject({ total: 1, items: [{ code }] });
      expect((await get(someoneElse, `/projects/${code}`)).statusCode).toBe(403);

      // The report falls due: the commissioner is reminded of it, by name.
      const reminded = await eventually(async () => {
        const mine = await get(commissioner, '/me/reminders');
        const items = mine.json().items as Array<{ projectCode: string; action: string; kind: string }>;
        return items.some((i) => i.projectCode === code && i.action === 'commissionerReport:1')
          ? items
          : undefined;
      });
      expect(reminded.length).toBeGreaterThan(0);

      const report = { assessment: 'concerns', findings: 'Pilot line slipping by a month; supplier risk' };
      expect((await post(someoneElse, `/projects/${code}/commissioner-reports`, report)).statusCode).toBe(
        403,
      );
      expect((await post(officer, `/projects/${code}/commissioner-reports`, report)).statusCode).toBe(403);
      const filed = await post(commissioner, `/projects/${code}/commissioner-reports`, report);
      expect(filed.statusCode, filed.body).toBe(200);
      expect(filed.json().recorded[0]).toMatchObject({ action: 'commissionerReport', ruleIds: ['R18.5'] });
      expect(actions(filed.json())).toContain('commissionerReport:2');
      expect(actions(filed.json())).not.toContain('commissionerReport:1');
      await recordHistories(t.h.client, projectWorkflowId(code), 'oversight-commissioner');
    } finally {
      await fast.close();
    }
  });

  it('rates each post-evaluation year, shows the results and counts the ratings at the PI’s next review (R23, R21)', async () => {
    const first = enterpriseApplication();
    const { code, entry } = await toContract(t.app, t.h.as, t.h.client, { application: first });
    const lead: Actor = { id: first.team.principalInvestigator.id, role: 'projectLead' };
    await signContract(t.h.client, code, [60_000]);
    const candidacy = {
      majorResults: '16-bit ADC in volume production',
      evidence: evidence('award pool review'),
    };
    const early = await post(officer, `/projects/${code}/award-candidacy`, candidacy);
    expect(early.statusCode).toBe(409);
    await passMilestone(t.h.client, code, 'M1');
    await waitForStage(t.h.client, code, 'acceptance');
    await accept(t.h.client, code);
    await waitForStage(t.h.client, code, 'postEvaluation');

    const rating = (year: number, grade: string) => ({
      year,
      grade,
      basis: `year ${year}: in production at two PLC makers`,
      evidence: evidence('post-evaluation review'),
    });
    expect(
      (await post(officer, `/projects/${code}/post-evaluation-ratings`, rating(1, 'good'))).statusCode,
    ).toBe(409);
    const grades = ['excellent', 'good', 'good'];
    for (const year of [1, 2, 3]) {
      const reported = await post(lead, `/projects/${code}/post-evaluation-reports`, {
        year,
        representativeResults: `year ${year}: 16-bit ADC shipped`,
        economicAndSocialBenefits: 'import substitution at three PLC makers',
      });
      expect(reported.statusCode, reported.body).toBe(200);
      expect(reported.json()).toMatchObject({ stage: 'postEvaluation' });
      expect(reported.json().pendingActions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: `ratePostEvaluation:${year}`, ownerRole: 'programmeOfficer' }),
        ]),
      );
      if (year === 1) {
        const uncommitted = await post(officer, `/projects/${code}/post-evaluation-ratings`, {
          ...rating(1, 'excellent'),
          evidence: { ...evidence(), commitment: undefined },
        });
        expect(uncommitted.statusCode).toBe(422);
        expect(uncommitted.json().ruleIds).toContain('R18.1');
      }
      const rated = await post(
        officer,
        `/projects/${code}/post-evaluation-ratings`,
        rating(year, grades[year - 1]!),
      );
      expect(rated.statusCode, rated.body).toBe(200);
      expect(rated.json().recorded[0]).toMatchObject({
        action: 'postEvaluationRating',
        ruleIds: ['R23', 'R20'],
      });
      expect(
        (await post(officer, `/projects/${code}/post-evaluation-ratings`, rating(year, 'fail'))).statusCode,
      ).toBe(409);
    }
    await waitForStage(t.h.client, code, 'closed');
    await recordHistories(t.h.client, projectWorkflowId(code), 'oversight-post-evaluation');

    // R21: the showcase compares it within its field and year of acceptance, for anyone signed in.
    const year = shanghaiDate(new Date()).slice(0, 4);
    const shown = await eventually(async () => {
      const res = await get(lead, `/results-showcase?field=${entry.strategicField}&year=${year}&limit=500`);
      return res.json().items.find((i: { code: string }) => i.code === code);
    });
    expect(shown).toMatchObject({
      strategicField: entry.strategicField,
      year,
      representativeResults: 'year 3: 16-bit ADC shipped',
      latestGrade: 'good',
      awardCandidate: false,
    });
    const entered = await post(officer, `/projects/${code}/award-candidacy`, candidacy);
    expect(entered.statusCode, entered.body).toBe(201);
    expect((await post(officer, `/projects/${code}/award-candidacy`, candidacy)).statusCode).toBe(409);
    const pool = await get(supervisor, '/award-candidates');
    expect(pool.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code, grounds: ['majorResults'] })]),
    );

    // R23: the same PI and organisation apply again; their ratings are shown and move the ranking.
    const nextEntry = await publish(t.app, t.h.as);
    const nextCode = await apply(
      t.app,
      t.h.as,
      nextEntry.id,
      enterpriseApplication({ leadOrganisation: first.leadOrganisation, team: first.team }),
    );
    await scoreAll(t.h.client, nextCode);
    const record = await get(officer, `/projects/${nextCode}/track-record`);
    expect(record.statusCode, record.body).toBe(200);
    // excellent 2, good 1, good 1: one project, its mean 4/3.
    expect(record.json()).toMatchObject({
      principalInvestigatorId: lead.id,
      rankingAdjustment: 1.33,
      ratings: [
        { code, year: 1, grade: 'excellent', ofPrincipalInvestigator: true, ofLeadOrganisation: true },
        { code, year: 2, grade: 'good' },
        { code, year: 3, grade: 'good' },
      ],
    });
    const ranking = await get(officer, `/lists/${nextEntry.id}/ranking`);
    expect(ranking.json().items).toEqual([
      expect.objectContaining({ code: nextCode, meanScore: 85, trackRecord: 1.33, rankScore: 86.33 }),
    ]);
  });

  it('supports a pool project with a demonstrated breakthrough directly, and no other (R22)', async () => {
    const { code } = await toContract(t.app, t.h.as, t.h.client);
    await signContract(t.h.client, code, [60_000]);
    const support = {
      phaseTitle: 'Phase 2: volume production',
      additionalSubsidy: wan(50),
      milestones: [{ id: 'P2-M1', title: 'Volume line', dueAt: inMs(60_000), indicators: [] }],
      contractEndsAt: inMs(120_000),
      basis: 'The pool review found the breakthrough demonstrated',
      breakthrough: '16-bit ENOB at 1 MS/s shown to the demonstration panel on 2026-11-28 (论证)',
      evidence: evidence('demonstration meeting'),
    };
    const outside = await post(officer, `/projects/${code}/direct-support`, support);
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ ruleIds: ['R22'], violations: [{ fields: ['projectPool'] }] });
    const pooled = await post(officer, `/projects/${code}/project-pool`, {
      member: true,
      basis: 'chokepoint analogue IP',
      recommendation: 'The review recommends it: it masters the ADC front end (审核推荐)',
      evidence: evidence('pool review'),
    });
    expect(pooled.statusCode, pooled.body).toBe(200);
    const { breakthrough: _, ...undemonstrated } = support;
    const bare = await post(officer, `/projects/${code}/direct-support`, undemonstrated);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'body.breakthrough' })]),
    );
    const supported = await eventually(async () => {
      const res = await post(officer, `/projects/${code}/direct-support`, support);
      return res.statusCode === 202 ? res : undefined;
    });
    expect(supported.json()).toMatchObject({ accepted: true });
    const s = await eventually(async () => {
      const now = await status(t.h.client, code);
      return now.phase === 2 ? now : undefined;
    });
    expect(s.timeline.find((e) => e.action === 'directSupport')).toMatchObject({ ruleIds: ['R22', 'R20'] });
    await recordHistories(t.h.client, projectWorkflowId(code), 'oversight-direct-support');
  });
});
