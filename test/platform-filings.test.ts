// R17 over HTTP against the real servers: a provincial lab's project with ≥ ¥3,000,000 of provincial money
// is approved and managed by the platform; the province runs no review or milestone checks, and receives
// the platform's filings at approval, each year and at completion.
import { describe, expect, it } from 'vitest';
import { enterpriseApplication } from '../examples/applications';
import { projectWorkflowId, type Actor } from '../contract/project';
import { wan } from '../rules';
import {
  apply,
  evidence,
  events,
  officer,
  publish,
  recordHistories,
  status,
  useTestApp,
  waitForRecordedStage,
  waitForStage,
} from './support/lifecycle';

describe('R17 platform-managed projects', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(actor) });

  it('goes to its platform instead of review, and is filed at approval, yearly and at completion', async () => {
    const application = enterpriseApplication({
      budget: {
        totalInvestment: wan(5000),
        provincialSubsidy: wan(300),
        localMatch: wan(300),
        institutionMatch: 0,
        selfRaised: wan(4400),
        enterpriseContribution: wan(4400),
      },
    });
    application.leadOrganisation.majorInnovationPlatform = 'provincialLab';
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const entry = await publish(t.app, t.h.as);
    const code = await apply(t.app, t.h.as, entry.id, application);
    const inDecision = await waitForStage(t.h.client, code, 'decision');
    expect(inDecision.timeline.map((s) => s.action)).not.toContain('reviewPanelDrawn');
    expect(inDecision.timeline.at(-1)).toMatchObject({ action: 'platformManaged', ruleIds: ['R17'] });
    expect(inDecision.pendingActions).toEqual([
      expect.objectContaining({
        action: 'platformFiling:approval',
        ownerRole: 'projectLead',
        ownerId: lead.id,
      }),
    ]);
    await waitForRecordedStage(t.h.pool, code, 'decision');

    // The province does not decide it: the platform files its own approval.
    const provincial = await post(officer, `/projects/${code}/decision`, {
      outcome: 'approve',
      approvedSubsidy: wan(300),
      evidence: evidence(),
    });
    expect(provincial.statusCode).toBe(409);
    expect(provincial.json().detail).toContain('R17');
    const over = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'approval',
      approvedSubsidy: wan(301),
      reference: 'Lab approval 2026-07',
      evidence: evidence('lab academic committee'),
    });
    expect(over.json()).toMatchObject({ ruleIds: ['R12'] });
    const approval = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'approval',
      approvedSubsidy: wan(300),
      reference: 'Lab approval 2026-07',
      evidence: evidence('lab academic committee'),
    });
    expect(approval.statusCode, approval.body).toBe(200);
    expect(approval.json()).toMatchObject({
      stage: 'execution',
      provincialSubsidy: wan(300),
      milestones: [],
    });
    // The province's money goes through the ledger: finance owes the instalment the filing released.
    expect(approval.json().pendingActions).toEqual([
      expect.objectContaining({
        action: 'platformFiling:annual-1',
        ownerId: lead.id,
        deadline: expect.any(String),
      }),
      expect.objectContaining({ action: 'disburse:1', ownerRole: 'financeOfficer' }),
      expect.objectContaining({ action: 'spendingReport:1', ownerId: lead.id }),
    ]);

    const skipped = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'annual',
      year: 2,
      reference: 'Annual report 2027',
      summary: 'x',
    });
    expect(skipped.statusCode).toBe(409);
    const annual = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'annual',
      year: 1,
      reference: 'Annual report 2027',
      summary: 'Prototype line running; 2 patents filed',
    });
    expect(annual.statusCode, annual.body).toBe(200);
    const completion = await post(lead, `/projects/${code}/platform-filings`, {
      kind: 'completion',
      reference: 'Lab acceptance 2029-06',
      summary: 'Accepted by the lab with the demand side',
    });
    expect(completion.statusCode, completion.body).toBe(200);
    expect(completion.json().stage).toBe('postEvaluation');
    const trail = (await events(t.h.pool, code)).map((e) => e.action);
    expect(trail).toEqual(
      expect.arrayContaining(['platformApprovalFiled', 'platformAnnualFiling', 'platformCompletionFiled']),
    );
    expect(trail).not.toContain('signContract');
    expect((await status(t.h.client, code)).stage).toBe('postEvaluation');
    await recordHistories(t.h.client, projectWorkflowId(code), 'r17-platform-filings');
  });
});
