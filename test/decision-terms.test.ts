// R11 funding modes and R12 immutable terms over HTTP against the real servers: an immediate approval is
// decided at once, under a military order; a Ningbo project approved without funding gets what the decision
// sets, ¥0; a decision or contract that would change the total investment or key indicators is refused.
import { describe, expect, it } from 'vitest';
import { enterpriseApplication } from '../examples/applications';
import { projectWorkflowId, type Actor } from '../contract/project';
import { wan } from '../rules';
import { eventually } from './support/harness';
import {
  apply,
  evidence,
  inMs,
  inspectOnSite,
  recordHistories,
  officer,
  publish,
  scoreAll,
  status,
  useTestApp,
  waitForRecordedStage,
  waitForStage,
} from './support/lifecycle';

describe('R11 funding modes and R12 terms', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(actor) });

  async function inDecision(application = enterpriseApplication()) {
    const entry = await publish(t.app, t.h.as);
    const code = await apply(t.app, t.h.as, entry.id, application);
    await scoreAll(t.h.client, code);
    await waitForRecordedStage(t.h.pool, code, 'decision');
    return code;
  }

  it('approves an urgent task at once, without waiting for the window, only under a military order (R11, R14)', async () => {
    const entry = await publish(t.app, t.h.as, { urgent: true, applicationDeadline: '2099-12-31' });
    const code = await apply(t.app, t.h.as, entry.id);
    const decision = {
      outcome: 'approve',
      fundingMode: 'immediateApproval',
      approvedSubsidy: wan(100),
      evidence: evidence('emergency meeting on the chip supply'),
    };
    const noOrder = await post(officer, `/projects/${code}/decision`, decision);
    expect(noOrder.statusCode).toBe(422);
    expect(noOrder.json()).toMatchObject({ ruleIds: ['R14'] });
    const approved = await post(officer, `/projects/${code}/decision`, { ...decision, militaryOrder: true });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ stage: 'publicity', militaryOrder: true });
    await waitForStage(t.h.client, code, 'contract');
    await recordHistories(t.h.client, projectWorkflowId(code), 'r11-immediate-approval');

    // A task that is not urgent is not approved immediately: it waits for its window and review.
    const ordinary = await publish(t.app, t.h.as, { applicationDeadline: '2099-12-31' });
    const waiting = await apply(t.app, t.h.as, ordinary.id);
    const refused = await post(officer, `/projects/${waiting}/decision`, {
      ...decision,
      militaryOrder: true,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ ruleIds: ['R11'] });
    const standard = await post(officer, `/projects/${waiting}/decision`, {
      ...decision,
      fundingMode: 'standard',
    });
    expect(standard.statusCode).toBe(409);
  });

  it('approves a Ningbo project without provincial funding: the decision’s ¥0 counts, not the request (R11)', async () => {
    const application = enterpriseApplication();
    application.leadOrganisation.region = { county: 'Yinzhou', mountainOrIslandCounty: false, ningbo: true };
    const code = await inDecision(application);
    const decision = { outcome: 'approve', fundingMode: 'approvedWithoutFunding', evidence: evidence() };
    const funded = await post(officer, `/projects/${code}/decision`, {
      ...decision,
      approvedSubsidy: wan(50),
    });
    expect(funded.statusCode).toBe(422);
    expect(funded.json()).toMatchObject({ ruleIds: ['R11'], violations: [{ fields: ['approvedSubsidy'] }] });
    const unfunded = await post(officer, `/projects/${code}/decision`, { ...decision, approvedSubsidy: 0 });
    expect(unfunded.statusCode, unfunded.body).toBe(200);
    expect(unfunded.json()).toMatchObject({ provincialSubsidy: 0 });
    // Ningbo manages it: no contract or milestone checks of the province's, only filings.
    const managed = await waitForStage(t.h.client, code, 'execution');
    expect(managed.timeline.at(-1)).toMatchObject({
      action: 'managedByNingbo',
      ruleIds: ['R11', 'R18.3', 'R20'],
    });
    expect(managed.pendingActions).toEqual([
      expect.objectContaining({ action: 'platformFiling:annual-1', ownerRole: 'projectLead' }),
    ]);
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const completion = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'completion',
      reference: 'Ningbo S&T Bureau acceptance 2028-03',
      summary: 'Accepted by Ningbo',
    });
    expect(completion.statusCode, completion.body).toBe(200);
    expect(completion.json().stage).toBe('postEvaluation');
    await recordHistories(t.h.client, projectWorkflowId(code), 'r11-ningbo-managed');
  });

  it('refuses a decision or contract that would change the total investment or key indicators (R12)', async () => {
    const application = enterpriseApplication();
    const code = await inDecision(application);
    const decision = { outcome: 'approve', approvedSubsidy: wan(90), evidence: evidence() };
    const bigger = await post(officer, `/projects/${code}/decision`, {
      ...decision,
      totalInvestment: application.budget.totalInvestment + wan(100),
    });
    expect(bigger.statusCode).toBe(422);
    expect(bigger.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['totalInvestment'] }] });
    // A field the decision does not know is refused, never silently ignored.
    const unknown = await post(officer, `/projects/${code}/decision`, { ...decision, provincialMatch: 1 });
    expect(unknown.statusCode).toBe(400);
    const same = await post(officer, `/projects/${code}/decision`, {
      ...decision,
      totalInvestment: application.budget.totalInvestment,
      keyIndicators: application.keyIndicators,
    });
    expect(same.statusCode, same.body).toBe(200);
    await waitForStage(t.h.client, code, 'contract');

    const contract = {
      milestones: [{ id: 'M1', title: 'Tape-out', dueAt: inMs(60_000) }],
      contractEndsAt: inMs(120_000),
    };
    const changed = await post(officer, `/projects/${code}/contract`, {
      ...contract,
      keyIndicators: [{ name: 'sampling rate', target: '≥ 500 MS/s' }],
    });
    expect(changed.statusCode).toBe(422);
    expect(changed.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['keyIndicators'] }] });
    expect((await status(t.h.client, code)).stage).toBe('contract');
    const signed = await post(officer, `/projects/${code}/contract`, {
      ...contract,
      keyIndicators: application.keyIndicators,
    });
    expect(signed.statusCode, signed.body).toBe(200);
  });

  it('funds a horse race only on different routes, with stage goals, of two or more teams (R13)', async () => {
    const entry = await publish(t.app, t.h.as, { plannedApprovals: 2 });
    const codes: string[] = [];
    for (const technicalRoute of ['Photonic interconnect', ' photonic  INTERCONNECT '])
      codes.push(await apply(t.app, t.h.as, entry.id, enterpriseApplication({ technicalRoute })));
    const decision = { outcome: 'approve', approvedSubsidy: wan(100), horseRace: true, evidence: evidence() };
    for (const code of codes) {
      await scoreAll(t.h.client, code);
      await waitForRecordedStage(t.h.pool, code, 'decision');
      await inspectOnSite(t.h.client, code);
    }
    const [first, second] = codes as [string, string];
    expect((await post(officer, `/projects/${first}/decision`, decision)).statusCode).toBe(200);
    const sameRoute = await post(officer, `/projects/${second}/decision`, decision);
    expect(sameRoute.statusCode).toBe(422);
    expect(sameRoute.json()).toMatchObject({
      ruleIds: ['R13'],
      violations: [{ fields: ['technicalRoute'] }],
    });

    await waitForStage(t.h.client, first, 'contract');
    const contract = {
      milestones: [{ id: 'M1', title: 'Link demo', dueAt: inMs(60_000) }],
      contractEndsAt: inMs(120_000),
    };
    const noGoals = await post(officer, `/projects/${first}/contract`, contract);
    expect(noGoals.json()).toMatchObject({ ruleIds: ['R13'], violations: [{ fields: ['stageGoals'] }] });
    const signed = await post(officer, `/projects/${first}/contract`, {
      ...contract,
      stageGoals: [{ name: 'link rate', target: '≥ 400 Gb/s' }],
    });
    expect(signed.statusCode, signed.body).toBe(200);
    // A race of one is no race: its gate is refused.
    const gate = await eventually(async () => {
      const res = await post(officer, `/lists/${entry.id}/stage-gate`, {
        passed: [first],
        assessments: [{ code: first, goalsMet: true, basis: 'link rate 410 Gb/s' }],
        evidence: evidence(),
      });
      return res.statusCode === 422 ? res : undefined;
    });
    expect(gate.json()).toMatchObject({ ruleIds: ['R13'] });
    await recordHistories(t.h.client, projectWorkflowId(first), 'r13-inspected-race-member');
  });
});
