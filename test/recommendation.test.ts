// R6.6 over HTTP against the real servers: a submitted application waits for the recommending authority
// (归口管理单位) of its lead organisation, which recommends it with its matching commitment or returns it with
// reasons, by the window's close plus the policy's grace; reminded like every deadline; not recommended by
// then, it is not admitted, with the reason recorded.
import { describe, expect, it } from 'vitest';
import {
  applicationBody,
  authorityOf,
  enterpriseApplication,
  recommendation,
} from '../examples/applications';
import { projectWorkflowId, type Actor } from '../contract/project';
import { eventually } from './support/harness';
import { events, publish, recordHistories, status, waitForStage, useTestApp } from './support/lifecycle';

describe('R6.6 recommending authority', () => {
  const t = useTestApp({ experts: 8 });

  /** Applies without a recommendation (the suite's `apply` recommends at once). */
  async function submit(deadline?: string) {
    const entry = await publish(t.app, t.h.as, deadline ? { applicationDeadline: deadline } : {});
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const res = await t.app.inject({
      method: 'POST',
      url: `/lists/${entry.id}/applications`,
      payload: applicationBody(application),
      headers: await t.h.as(lead),
    });
    expect(res.statusCode, res.body).toBe(201);
    const organisationId = application.leadOrganisation.id;
    const authority = authorityOf(organisationId);
    return {
      code: res.json<{ code: string }>().code,
      application,
      authority,
      headers: await t.h.as(authority, [organisationId]),
    };
  }
  const recommend = (code: string, headers: Record<string, string>, payload: object) =>
    t.app.inject({ method: 'POST', url: `/projects/${code}/recommendation`, payload, headers });

  it('admits an application its authority recommends with the matching it states, and only then', async () => {
    const { code, application, authority, headers } = await submit();
    const pending = (await status(t.h.client, code)).pendingActions;
    expect(pending).toEqual([
      expect.objectContaining({
        action: 'recommend',
        ownerRole: 'recommendingAuthority',
        ownerOrganisationId: application.leadOrganisation.id,
        deadline: expect.any(String),
      }),
    ]);
    // An authority acting for other organisations neither sees nor recommends it.
    const stranger = await t.h.as({ id: 'authority-elsewhere', role: 'recommendingAuthority' }, [
      'org-elsewhere',
    ]);
    expect((await recommend(code, stranger, recommendation(application))).statusCode).toBe(403);
    // A commitment below the matching the application states is refused under R6.6.
    const short = await recommend(code, headers, {
      ...recommendation(application),
      commitment: { localMatch: application.budget.localMatch - 1, institutionMatch: 0 },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({
      ruleIds: ['R6.6'],
      violations: [{ fields: ['commitment.localMatch'] }],
    });

    const done = await recommend(code, headers, recommendation(application));
    expect(done.statusCode, done.body).toBe(200);
    expect((await recommend(code, headers, recommendation(application))).statusCode).toBe(409);
    await waitForStage(t.h.client, code, 'review');
    await recordHistories(t.h.client, projectWorkflowId(code), 'r66-recommended');
    // The stage moves in the workflow before the activity that records the window's close has written it.
    const trail = await eventually(async () => {
      const recorded = await events(t.h.pool, code);
      return recorded.length >= 3 ? recorded : undefined;
    });
    expect(trail.slice(0, 3).map((e) => [e.action, e.actor_id])).toEqual([
      ['submitApplication', application.team.principalInvestigator.id],
      ['recommend', authority.id],
      ['applicationWindowClosed', 'system'],
    ]);
  });

  it('ends an application its authority returns, with the reasons', async () => {
    const { code, headers } = await submit('2099-12-31');
    const returned = await recommend(code, headers, {
      decision: 'return',
      reasons: 'The local match is not yet approved by the county finance bureau',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const s = await waitForStage(t.h.client, code, 'rejected');
    expect(s.timeline.at(-1)).toMatchObject({
      action: 'returnedByAuthority',
      ruleIds: ['R6.6'],
      basis: 'The local match is not yet approved by the county finance bureau',
    });
    await recordHistories(t.h.client, projectWorkflowId(code), 'r66-returned');
  });

  it('does not admit an application left without a recommendation, and reminds the authority first', async () => {
    const { code, authority, application } = await submit();
    const contact = await t.app.inject({
      method: 'PUT',
      url: '/me/contact',
      payload: { name: 'Binjiang S&T Bureau', email: 'kjj@binjiang.example' },
      headers: await t.h.as(authority, [application.leadOrganisation.id]),
    });
    expect(contact.statusCode, contact.body).toBe(200);
    const s = await waitForStage(t.h.client, code, 'rejected');
    expect(s.timeline.at(-1)).toMatchObject({ action: 'notRecommended', ruleIds: ['R6.6'] });
    await recordHistories(t.h.client, projectWorkflowId(code), 'r66-not-recommended');
    const reminded = await eventually(async () => {
      const { rows } = await t.h.pool.query(
        `SELECT kind FROM reminder_outbox WHERE project_code = $1 AND recipient_id = $2 AND action = 'recommend'`,
        [code, authority.id],
      );
      return rows.length ? rows.map((r) => r.kind as string) : undefined;
    });
    expect(reminded).toContain('before');
  });
});
