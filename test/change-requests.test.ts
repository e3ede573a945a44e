// Changes (变更) over HTTP against the real servers: the PI asks to change the PI, the partners, the plan
// by budget line or the milestones to come; staff decide with evidence and commitment (R18.1, R20); the
// total investment and key indicators stay as applied for (R12), and a change to them is refused, named.
import { describe, expect, it } from 'vitest';
import { projectWorkflowId, type Actor } from '../contract/project';
import { wan } from '../rules';
import {
  evidence,
  inMs,
  officer,
  recordHistories,
  status,
  toContract,
  useTestApp,
} from './support/lifecycle';

describe('changes during execution', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(actor) });
  const decided = (changeId: string, outcome: 'approve' | 'reject') => ({
    changeId,
    outcome,
    evidence: evidence('change meeting 2027-03'),
  });

  it('refuses what R12 keeps, then changes the PI and the milestones to come once staff approve', async () => {
    const { code, application, piId } = await toContract(t.app, t.h.as, t.h.client);
    const lead: Actor = { id: piId, role: 'projectLead' };
    const signed = await post(officer, `/projects/${code}/contract`, {
      milestones: [
        { id: 'M1', title: 'Prototype', dueAt: inMs(60_000), indicators: [] },
        { id: 'M2', title: 'Pilot line', dueAt: inMs(70_000), indicators: [] },
      ],
      contractEndsAt: inMs(120_000),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const total = application.budget.totalInvestment;

    // R12: the total investment and key indicators are not changed, and each such change is named.
    const bigger = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'more equipment',
      totalInvestment: total + wan(100),
    });
    expect(bigger.statusCode).toBe(422);
    expect(bigger.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['totalInvestment'] }] });
    const easier = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'target too hard',
      keyIndicators: [{ name: 'sampling rate', target: '≥ 0.5 GS/s' }],
    });
    expect(easier.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['keyIndicators'] }] });
    const lines = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'rebalance',
      budgetLines: [{ line: 'equipment', provincial: wan(100), selfRaised: wan(1) }],
    });
    expect(lines.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['budgetLines'] }] });
    const nothing = await post(lead, `/projects/${code}/change-requests`, { reason: 'nothing' });
    expect(nothing.statusCode).toBe(400);
    const withdrawn = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'drop the pilot line',
      milestones: [{ id: 'M1', title: 'Prototype', dueAt: inMs(60_000), indicators: [] }],
    });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().detail).toContain('M2');

    // A new PI from the same organisation, the prototype later and a milestone added.
    const successor = {
      ...application.team.principalInvestigator,
      id: `${piId}-successor`,
      name: 'Prof. Qian',
    };
    const asked = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'The PI moves to another institute; the prototype needs a second tape-out',
      principalInvestigator: successor,
      milestones: [
        { id: 'M1', title: 'Prototype (second tape-out)', dueAt: inMs(80_000), indicators: [] },
        { id: 'M2', title: 'Pilot line', dueAt: inMs(90_000), indicators: [] },
        { id: 'M3', title: 'Volume samples', dueAt: inMs(100_000), indicators: [] },
      ],
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'decideChange:change-1', ownerRole: 'programmeOfficer' }),
      ]),
    );
    const another = await post(lead, `/projects/${code}/change-requests`, {
      reason: 'also new partners',
      partnerOrganisations: [],
    });
    expect(another.statusCode).toBe(409);

    // Staff decide with evidence and their commitment (R18.1).
    const uncommitted = await post(officer, `/projects/${code}/change-decisions`, {
      changeId: 'change-1',
      outcome: 'approve',
      evidence: { ...evidence(), commitment: undefined },
    });
    expect(uncommitted.statusCode).toBe(422);
    expect(uncommitted.json().ruleIds).toContain('R18.1');
    const approved = await post(
      officer,
      `/projects/${code}/change-decisions`,
      decided('change-1', 'approve'),
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().recorded.at(-1)).toMatchObject({
      action: 'changeApproved',
      ruleIds: ['R12', 'R20'],
    });
    const s = await status(t.h.client, code);
    expect(s.milestones.map((m) => [m.id, m.title])).toEqual([
      ['M1', 'Prototype (second tape-out)'],
      ['M2', 'Pilot line'],
      ['M3', 'Volume samples'],
    ]);
    // The new PI owes the milestone's report and sees the project; the former PI no longer does.
    expect(s.pendingActions[0]).toMatchObject({ action: 'milestoneCheck:M1', ownerId: successor.id });
    const successorActor: Actor = { id: successor.id, role: 'projectLead' };
    const asSuccessor = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}?live=false`,
      headers: await t.h.as(successorActor),
    });
    expect(asSuccessor.statusCode, asSuccessor.body).toBe(200);
    expect(asSuccessor.json().principalInvestigatorId).toBe(successor.id);
    const asFormer = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}?live=false`,
      headers: await t.h.as(lead),
    });
    expect(asFormer.statusCode).toBe(403);

    // A change may be rejected; the project stays as it was.
    const rebalance = await post(successorActor, `/projects/${code}/change-requests`, {
      reason: 'more on labour',
      budgetLines: [
        { line: 'equipment', provincial: wan(60), selfRaised: total - wan(100) },
        { line: 'labour', provincial: wan(40), selfRaised: 0 },
      ],
    });
    expect(rebalance.statusCode, rebalance.body).toBe(200);
    const rejected = await post(officer, `/projects/${code}/change-decisions`, decided('change-2', 'reject'));
    expect(rejected.json().recorded.at(-1)).toMatchObject({ action: 'changeRejected' });
    const again = await post(officer, `/projects/${code}/change-decisions`, decided('change-2', 'approve'));
    expect(again.statusCode).toBe(409);
    await recordHistories(t.h.client, projectWorkflowId(code), 'change-requests');
  });
});
