// Supervision over HTTP against the real servers: R15 major events reported by the PI or the undertaking
// institution and answered by the department by a deadline (escalated past it; a high risk needs a decision,
// a supervisor terminates); R20 evidence on termination, rolling support and the project pool (R22).
import { describe, expect, it } from 'vitest';
import { projectWorkflowId, type Actor } from '../contract/project';
import {
  applyForAcceptance,
  evidence,
  passMilestone,
  officer,
  recordHistories,
  signContract,
  status,
  supervisor,
  toContract,
  useTestApp,
  waitForStage,
} from './support/lifecycle';
import { eventually } from './support/harness';

describe('supervision', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown, organisations?: string[]) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: await t.h.as(actor, organisations),
    });

  it('answers a major event by its deadline, escalates it past it, and terminates on a high risk (R15)', async () => {
    const { code, piId, application } = await toContract(t.app, t.h.as, t.h.client);
    await signContract(t.h.client, code, [60_000]);
    const lead: Actor = { id: piId, role: 'projectLead' };
    const institution: Actor = { id: 'inst-office-1', role: 'institution' };
    const lead_org = application.leadOrganisation.id;

    // The undertaking institution reports (only for its own organisations' projects), as may the PI.
    const elsewhere: Actor = { id: 'inst-office-2', role: 'institution' };
    const foreign = await post(elsewhere, `/projects/${code}/major-events`, { summary: 'x', risk: 'low' }, [
      'another-org',
    ]);
    expect(foreign.statusCode).toBe(403);
    const low = await post(
      institution,
      `/projects/${code}/major-events`,
      { summary: 'Key engineer resigned', risk: 'low' },
      [lead_org],
    );
    expect(low.statusCode, low.body).toBe(200);
    expect(low.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'respondToMajorEvent:event-1', ownerRole: 'programmeOfficer' }),
      ]),
    );
    // Nobody answers within the period: escalated to the supervisor, still owed.
    const escalated = await eventually(async () => {
      const s = await status(t.h.client, code);
      return s.timeline.some((e) => e.action === 'majorEventOverdue') ? s : undefined;
    });
    expect(escalated.pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'respondToMajorEvent:event-1',
          ownerRole: 'supervisor',
          overdue: true,
        }),
      ]),
    );
    const noted = await post(officer, `/projects/${code}/major-event-responses`, {
      eventId: 'event-1',
      decision: 'noted',
      response: 'Replacement hired; no effect on milestones',
      evidence: evidence('R15 follow-up'),
    });
    expect(noted.statusCode, noted.body).toBe(200);
    expect(noted.json().pendingActions.map((a: { action: string }) => a.action)).not.toContain(
      'respondToMajorEvent:event-1',
    );

    // A high-risk event needs a decision; only a supervisor terminates.
    const high = await post(lead, `/projects/${code}/major-events`, {
      summary: 'The core supplier left the consortium',
      risk: 'high',
    });
    expect(high.statusCode, high.body).toBe(200);
    const answer = (decision: string) => ({
      eventId: 'event-2',
      decision,
      response: 'The project can no longer be carried out',
      evidence: evidence('R15 supervision meeting'),
    });
    const merelyNoted = await post(officer, `/projects/${code}/major-event-responses`, answer('noted'));
    expect(merelyNoted.statusCode).toBe(422);
    expect(merelyNoted.json()).toMatchObject({ ruleIds: ['R15'], violations: [{ fields: ['decision'] }] });
    expect(
      (await post(officer, `/projects/${code}/major-event-responses`, answer('terminate'))).statusCode,
    ).toBe(403);
    const ended = await post(supervisor, `/projects/${code}/major-event-responses`, answer('terminate'));
    expect(ended.statusCode, ended.body).toBe(200);
    const s = await waitForStage(t.h.client, code, 'terminated');
    expect(s.termination).toMatchObject({ ruleIds: ['R15', 'R20'], actor: supervisor });
    await recordHistories(t.h.client, projectWorkflowId(code), 'supervision-major-events');
  });

  it('refuses a termination, rolling support or pool decision without its evidence and commitment (R20, R22)', async () => {
    const { code } = await toContract(t.app, t.h.as, t.h.client);
    await signContract(t.h.client, code, [60_000]);
    const bare = await post(supervisor, `/projects/${code}/termination`, { reason: 'x', basis: 'y' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'body.evidence' })]),
    );
    const uncommitted = await post(supervisor, `/projects/${code}/termination`, {
      reason: 'x',
      basis: 'y',
      evidence: { ...evidence(), commitment: undefined },
    });
    expect(uncommitted.statusCode).toBe(422);
    expect(uncommitted.json().ruleIds).toContain('R18.1');
    const pool = { member: true, basis: 'chokepoint analogue IP', evidence: evidence('pool review') };
    const unrecommended = await post(officer, `/projects/${code}/project-pool`, pool);
    expect(unrecommended.statusCode).toBe(422);
    expect(unrecommended.json()).toMatchObject({
      ruleIds: ['R22'],
      violations: [{ fields: ['recommendation'] }],
    });
    const entered = await post(officer, `/projects/${code}/project-pool`, {
      ...pool,
      recommendation: 'The review recommends it: it masters the ADC front end (审核推荐)',
    });
    expect(entered.statusCode, entered.body).toBe(200);
    expect(entered.json().recorded.at(-1)).toMatchObject({ action: 'enterProjectPool', ruleIds: ['R22'] });
    const trail = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}/events`,
      headers: await t.h.as(officer),
    });
    expect(trail.json().items.at(-1).payload).toMatchObject({
      recommendation: expect.stringContaining('审核推荐'),
      procedure: 'collectiveDecision',
    });
  });

  it('bans the PI when a military order’s acceptance fails through subjective lack of effort (R14.2)', async () => {
    const { code, piId } = await toContract(t.app, t.h.as, t.h.client, { decision: { militaryOrder: true } });
    await signContract(t.h.client, code, [60_000], true);
    await passMilestone(t.h.client, code, 'M1');
    await waitForStage(t.h.client, code, 'acceptance');
    await applyForAcceptance(t.h.client, code);
    const failed = await post(officer, `/projects/${code}/acceptance`, {
      passed: false,
      finding: 'subjectiveFailure',
      evidence: evidence('acceptance meeting: no work on the pilot line for a year'),
    });
    expect(failed.statusCode, failed.body).toBe(200);
    const s = await waitForStage(t.h.client, code, 'terminated');
    expect(s.termination?.ruleIds).toEqual(['R16', 'R14.2', 'R20']);
    const bans = await eventually(async () => {
      const { rows } = await t.h.pool.query(
        "SELECT rule_id FROM integrity_records WHERE subject_id = $1 AND kind = 'ban'",
        [piId],
      );
      return rows.length ? rows : undefined;
    });
    expect(bans).toEqual([{ rule_id: 'R14.2' }]);
  });
});
