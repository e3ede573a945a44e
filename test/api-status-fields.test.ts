// What the workflow reports reaches HTTP clients whole: every field of a project's live status (the
// termination, the milestones' indicators and assessments included) and of an action's answer, and the
// R10 portfolio figures that rest on the record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, ProjectStatus } from '../contract/project';
import { wan } from '../rules';
import { enterpriseApplication } from '../examples/applications';
import { eventually, type Harness } from './support/harness';
import {
  apply,
  approve,
  inMs,
  officer,
  publish,
  scoreAll,
  startTestApp,
  status,
  stopTestApp,
  supervisor,
  toContract,
  waitForRecordedStage,
  waitForStage,
  disburse,
  evidence,
} from './support/lifecycle';

/** Every key path of a JSON value, arrays by their elements' keys: what a client can read. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => keyPaths(item, `${prefix}[]`)))];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    `${prefix}.${key}`,
    ...keyPaths(child, `${prefix}.${key}`),
  ]);
}

describe('project status over HTTP', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 8 }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  const post = async (actor: Actor, url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: await h.as(actor) });

  it('carries every field of the live status and of an action answer, termination and indicators included', async () => {
    const { code, piId } = await toContract(app, h.as, h.client, { pool: h.pool });
    const signed = await post(officer, `/projects/${code}/contract`, {
      milestones: [
        {
          id: 'M1',
          title: 'Tape-out',
          dueAt: inMs(60_000),
          indicators: [{ name: 'sampling rate', target: '≥ 1 GS/s' }],
        },
        { id: 'M2', title: 'Volume production', dueAt: inMs(120_000) },
      ],
      contractEndsAt: inMs(180_000),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    // The PI reports against every indicator of the milestone (R15); one left out is named.
    const lead: Actor = { id: piId, role: 'projectLead' };
    const silent = await post(lead, `/projects/${code}/milestone-reports`, {
      milestoneId: 'M1',
      summary: 'done',
    });
    expect(silent.statusCode).toBe(422);
    expect(silent.json()).toMatchObject({ ruleIds: ['R15'], violations: [{ fields: ['achievements'] }] });
    const reported = await post(lead, `/projects/${code}/milestone-reports`, {
      milestoneId: 'M1',
      summary: 'Tape-out done',
      achievements: [{ indicator: 'sampling rate', achieved: '1.2 GS/s measured', met: true }],
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'recordMilestoneCheck:M1', ownerRole: 'programmeOfficer' }),
      ]),
    );
    const checked = await post(officer, `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      outstanding: true,
      evidence: 'on-site check report',
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const answer = checked.json();
    expect(answer.milestones[0]).toMatchObject({
      id: 'M1',
      indicators: [{ name: 'sampling rate', target: '≥ 1 GS/s' }],
      status: 'passed',
      metOnTime: true,
      outstanding: true,
    });
    expect(answer.termination).toBeNull();
    await disburse(h.client, code);

    const terminated = await post(supervisor, `/projects/${code}/termination`, {
      reason: 'consortium dissolved',
      basis: 'R15 meeting minutes',
      evidence: evidence(),
    });
    expect(terminated.statusCode, terminated.body).toBe(202);
    await waitForStage(h.client, code, 'terminated');
    await waitForRecordedStage(h.pool, code, 'terminated');
    // The termination's last step, the reclamation of unspent funds, is recorded after the stage change.
    await eventually(async () =>
      (await status(h.client, code)).timeline.at(-1)?.action === 'fundReclamation' ? true : undefined,
    );

    const direct: ProjectStatus = await status(h.client, code);
    const res = await app.inject({ method: 'GET', url: `/projects/${code}`, headers: await h.as(officer) });
    expect(res.statusCode, res.body).toBe(200);
    const live = res.json().live;
    // Whatever the workflow reports, the client reads: no field dropped, none changed on the way.
    expect(live).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(keyPaths(live)).toEqual(
      expect.arrayContaining([
        '.termination.reason',
        '.termination.actor.role',
        '.termination.ruleIds',
        '.milestones[].indicators[].target',
        '.milestones[].outstanding',
        '.milestones[].metOnTime',
        '.pendingActions',
        '.timeline[].ruleIds',
      ]),
    );
    expect(live.termination).toMatchObject({
      reason: 'consortium dissolved',
      actor: { id: supervisor.id, role: 'supervisor' },
      ruleIds: ['R15'],
    });
    // An action's answer has the same fields less the timeline, plus what it recorded.
    const statusKeys = Object.keys(direct).filter((key) => key !== 'timeline');
    expect(Object.keys(answer).sort()).toEqual([...statusKeys, 'recorded'].sort());
  });

  it('counts a young PI for R10 by their age on the approval date, not on the record’s last update', async () => {
    // A call-list year of its own, so the KPI counts this project alone.
    const callListYear = 2090 + Math.floor(Math.random() * 9);
    const entry = await publish(app, h.as, { callListYear });
    const application = enterpriseApplication();
    // 43 on the approval date set below, 50 today: young only as of the approval (R10: under 45).
    application.team.principalInvestigator.birthDate = '1976-06-01';
    const code = await apply(app, h.as, entry.id, application);
    await scoreAll(h.client, code);
    await waitForRecordedStage(h.pool, code, 'decision');
    await approve(h.client, code, { approvedSubsidy: wan(100) });
    await waitForRecordedStage(h.pool, code, 'contract');
    // As if approved in 2020: the audit trail is append-only (R24), so its trigger is set aside for this
    // one statement of the test's own session.
    const db = await h.pool.connect();
    try {
      await db.query('BEGIN');
      await db.query('SET LOCAL session_replication_role = replica');
      await db.query(
        `UPDATE project_events SET occurred_at = '2020-01-01T04:00:00Z' WHERE project_code = $1 AND action = 'approve'`,
        [code],
      );
      await db.query('COMMIT');
    } finally {
      db.release();
    }
    const res = await app.inject({
      method: 'GET',
      url: `/portfolio/kpis?callListYear=${callListYear}`,
      headers: await h.as(officer),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().projects).toBe(1);
    expect(res.json().kpis.find((k: { id: string }) => k.id === 'youngPiShare')).toMatchObject({
      ruleId: 'R10',
      count: 1,
      total: 1,
    });
  });
});
