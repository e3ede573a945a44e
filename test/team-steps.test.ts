// The project team's own steps over HTTP against the real servers: the PI reports each milestone's
// progress before the staff check (R14, R15), and applies for acceptance with the final report, choosing
// the R16.1 simplified path only where it is open, with the final account statement.
import { describe, expect, it } from 'vitest';
import { projectWorkflowId, type Actor } from '../contract/project';
import { wan } from '../rules';
import {
  acceptancePanel,
  evidence,
  inMs,
  officer,
  recordHistories,
  toContract,
  useTestApp,
  waitForStage,
} from './support/lifecycle';

describe('the project team’s own steps', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(actor) });
  const panel = acceptancePanel;

  /** A project in acceptance whose milestone the PI reported and staff checked. */
  async function inAcceptance(approvedSubsidy: number) {
    const { code, piId } = await toContract(t.app, t.h.as, t.h.client, { decision: { approvedSubsidy } });
    const lead: Actor = { id: piId, role: 'projectLead' };
    const signed = await post(officer, `/projects/${code}/contract`, {
      milestones: [
        {
          id: 'M1',
          title: 'Prototype',
          dueAt: inMs(60_000),
          indicators: [{ name: 'yield', target: '≥ 90%' }],
        },
      ],
      contractEndsAt: inMs(61_000),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().pendingActions[0]).toMatchObject({
      action: 'milestoneCheck:M1',
      ownerRole: 'projectLead',
      ownerId: piId,
    });

    // Staff check only what the PI reported; only the PI reports, against every indicator.
    const check = { milestoneId: 'M1', passed: true, evidence: 'on-site check' };
    const early = await post(officer, `/projects/${code}/milestone-checks`, check);
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('milestone-reports');
    const report = {
      milestoneId: 'M1',
      summary: 'Prototype line running',
      achievements: [{ indicator: 'yield', achieved: '92% over 3 lots', met: true }],
    };
    const stranger: Actor = { id: 'someone-else', role: 'projectLead' };
    expect((await post(stranger, `/projects/${code}/milestone-reports`, report)).statusCode).toBe(403);
    const reported = await post(lead, `/projects/${code}/milestone-reports`, report);
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json().milestones[0].report).toMatchObject({ by: piId });
    expect(reported.json().pendingActions[0]).toMatchObject({
      action: 'recordMilestoneCheck:M1',
      ownerRole: 'programmeOfficer',
    });
    expect((await post(officer, `/projects/${code}/milestone-checks`, check)).statusCode).toBe(200);
    const accepting = await waitForStage(t.h.client, code, 'acceptance');
    expect(accepting.pendingActions).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'applyForAcceptance', ownerId: piId })]),
    );
    expect(accepting.pendingActions.map((a) => a.action)).not.toContain('recordAcceptance');
    return { code, lead };
  }

  it('takes the standard acceptance after the PI’s application; the simplified path is not open at ¥1,000,000', async () => {
    const { code, lead } = await inAcceptance(wan(100));
    const acceptance = { passed: true, panel, demandSideEvaluation: 'will buy', evidence: evidence() };
    const before = await post(officer, `/projects/${code}/acceptance`, acceptance);
    expect(before.statusCode).toBe(409);
    expect(before.json().detail).toContain('acceptance-applications');
    const simplified = await post(lead, `/projects/${code}/acceptance-applications`, {
      finalReport: 'Final report',
      simplified: true,
      financialFinalAccount: 'FA-1',
    });
    expect(simplified.statusCode).toBe(422);
    expect(simplified.json()).toMatchObject({ ruleIds: ['R16.1'], violations: [{ fields: ['simplified'] }] });
    const applied = await post(lead, `/projects/${code}/acceptance-applications`, {
      finalReport: 'Final report',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'recordAcceptance', ownerRole: 'programmeOfficer' }),
      ]),
    );
    expect(applied.json().pendingActions.map((a: { action: string }) => a.action)).not.toContain(
      'applyForAcceptance',
    );
    const twice = await post(lead, `/projects/${code}/acceptance-applications`, { finalReport: 'again' });
    expect(twice.statusCode).toBe(409);
    // R16: the demand side's rating is the core indicator: unrated or failing, it cannot pass.
    const unrated = await post(officer, `/projects/${code}/acceptance`, {
      ...acceptance,
      panel: [{ personId: 'buyer-1', organisationId: 'plc-maker', role: 'demandSide' }, panel[1]],
    });
    expect(unrated.json()).toMatchObject({ ruleIds: ['R16'], violations: [{ fields: ['panel.0.rating'] }] });
    const failing = await post(officer, `/projects/${code}/acceptance`, {
      ...acceptance,
      panel: [
        {
          ...panel[0],
          rating: { completion: 'fail', applicationProspects: 'pass', promotionOpinion: 'would not buy' },
        },
        panel[1],
      ],
    });
    expect(failing.statusCode).toBe(422);
    expect(failing.json().violations[0].fields).toContain('passed');
    const accepted = await post(officer, `/projects/${code}/acceptance`, acceptance);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().recorded.at(-1)).toMatchObject({ action: 'accept', ruleIds: ['R16'] });
  });

  it('leaves the simplified path to the team below ¥1,000,000: taken with the final account, or not at all', async () => {
    const simple = await inAcceptance(wan(80));
    const bare = await post(simple.lead, `/projects/${simple.code}/acceptance-applications`, {
      finalReport: 'Final report',
      simplified: true,
    });
    expect(bare.json()).toMatchObject({
      ruleIds: ['R16.1'],
      violations: [{ fields: ['financialFinalAccount'] }],
    });
    const applied = await post(simple.lead, `/projects/${simple.code}/acceptance-applications`, {
      finalReport: 'Final report',
      simplified: true,
      financialFinalAccount: 'FA-2029-0042',
    });
    expect(applied.statusCode, applied.body).toBe(200);
    // The final account the team applied with is what R16.1 asks for.
    const accepted = await post(officer, `/projects/${simple.code}/acceptance`, {
      passed: true,
      evidence: evidence(),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().recorded.at(-1)).toMatchObject({ action: 'accept', ruleIds: ['R16.1'] });
    await recordHistories(t.h.client, projectWorkflowId(simple.code), 'team-steps-simplified');

    // The team may keep the full acceptance: then the demand side's panel is held (R16).
    const full = await inAcceptance(wan(80));
    await post(full.lead, `/projects/${full.code}/acceptance-applications`, { finalReport: 'Final report' });
    const withoutPanel = await post(officer, `/projects/${full.code}/acceptance`, {
      passed: true,
      financialFinalAccount: 'FA-1',
      evidence: evidence(),
    });
    expect(withoutPanel.statusCode).toBe(422);
    expect(withoutPanel.json().ruleIds).toContain('R16');
  });
});
