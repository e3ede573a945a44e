// R18.1 commitments over HTTP against the real servers: the applicant's integrity commitment at submission,
// and staff's commitment on the decisions they sign; each missing one refuses the step naming R18.1 and
// changes nothing. (The expert's commitment before seeing or scoring is in api.test.ts's lifecycle.)
import { describe, expect, it } from 'vitest';
import { applicationBody, enterpriseApplication } from '../examples/applications';
import {
  apply,
  evidence,
  messagesTaken,
  officer,
  publish,
  scoreAll,
  waitForRecordedStage,
  useTestApp,
} from './support/lifecycle';
import { wan } from '../rules';

describe('R18.1 commitments', () => {
  const t = useTestApp({ experts: 8 });

  it('refuses an application without the applicant’s integrity commitment, and records the one given', async () => {
    const entry = await publish(t.app, t.h.as);
    const application = enterpriseApplication();
    const lead = { id: application.team.principalInvestigator.id, role: 'projectLead' as const };
    const { integrityCommitment: _given, ...without } = applicationBody(application);
    const headers = await t.h.as(lead);
    const url = `/lists/${entry.id}/applications`;
    const missing = await t.app.inject({ method: 'POST', url, payload: without, headers });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toMatchObject({
      ruleIds: ['R18.1'],
      violations: [{ fields: ['integrityCommitment'] }],
    });
    const unsigned = await t.app.inject({
      method: 'POST',
      url,
      payload: { ...without, integrityCommitment: { integrity: false, signatory: 'Chen Wei' } },
      headers: { ...headers, 'accept-language': 'zh-CN' },
    });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().detail).toContain('承诺');
    const none = await t.h.pool.query('SELECT 1 FROM projects WHERE list_entry_id = $1', [entry.id]);
    expect(none.rowCount).toBe(0);

    const code = await apply(t.app, t.h.as, entry.id, application);
    const { rows } = await t.h.pool.query('SELECT application FROM projects WHERE code = $1', [code]);
    expect(rows[0].application.integrityCommitment).toMatchObject({
      integrity: true,
      signatory: 'Chen Wei',
      committedBy: lead.id,
      committedAt: expect.any(String),
    });
  });

  it('refuses a decision whose signing staff gave no commitment, and records the one given', async () => {
    const entry = await publish(t.app, t.h.as);
    const code = await apply(t.app, t.h.as, entry.id);
    await scoreAll(t.h.client, code);
    await waitForRecordedStage(t.h.pool, code, 'decision');
    const headers = await t.h.as(officer);
    const decision = { outcome: 'approve', approvedSubsidy: wan(90), fundingMode: 'standard' };
    const { commitment: _signed, ...unsigned } = evidence();
    const before = await messagesTaken(t.h.client, code);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/projects/${code}/decision`,
      payload: { ...decision, evidence: unsigned },
      headers,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      ruleIds: ['R18.1'],
      violations: [{ fields: ['evidence.commitment'] }],
    });
    expect(await messagesTaken(t.h.client, code)).toBe(before);

    const approved = await t.app.inject({
      method: 'POST',
      url: `/projects/${code}/decision`,
      payload: { ...decision, evidence: evidence() },
      headers,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const { rows } = await t.h.pool.query(
      `SELECT actor_id, payload FROM project_events WHERE project_code = $1 AND action = 'approve'`,
      [code],
    );
    expect(rows[0]).toMatchObject({
      actor_id: officer.id,
      payload: { evidence: { commitment: { noConflict: true, noSelfInterest: true } } },
    });
  });
});
