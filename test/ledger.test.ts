// The funds ledger over HTTP against the real servers (R11, R12, R13, R21): the contract's schedule,
// finance's disbursements behind their gates, the team's spending reports, reclamation of the unspent and
// misused at termination, receipts, a post-hoc subsidy set by the acceptance, Ningbo's ¥0, and the
// portfolio's totals as JSON and CSV.
import { describe, expect, it } from 'vitest';
import { createLifecycleActivities } from '../activities/lifecycle';
import { enterpriseApplication } from '../examples/applications';
import { projectWorkflowId, type Actor } from '../contract/project';
import { wan } from '../rules';
import {
  acceptancePanel,
  apply,
  applyForAcceptance,
  reportProgress,
  evidence,
  publish,
  scoreAll,
  financeOfficer,
  inMs,
  officer,
  recordHistories,
  status,
  supervisor,
  toContract,
  useTestApp,
  waitForStage,
} from './support/lifecycle';
import { eventually } from './support/harness';
import { digestScheduleId, ensureDigestSchedule } from '../worker/digest-schedule';

describe('the funds ledger', () => {
  const t = useTestApp({ experts: 8 });
  const post = async (actor: Actor, url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: { ...(await t.h.as(actor)), ...headers },
    });
  const get = async (actor: Actor, url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { ...(await t.h.as(actor)), ...headers } });
  const ledger = async (code: string) => (await get(officer, `/projects/${code}/ledger`)).json();
  const contract = (instalments?: unknown[]) => ({
    milestones: [{ id: 'M1', title: 'Prototype', dueAt: inMs(60_000), indicators: [] }],
    contractEndsAt: inMs(61_000),
    ...(instalments && { instalments }),
  });
  const payment = (instalment: number, amount: number) => ({
    instalment,
    amount,
    paidOn: '2026-12-01',
    voucher: `PAY-${instalment}-${amount}`,
  });

  it('pays instalments behind their gates, takes spending reports, reclaims the unspent and misused, and receives repayments', async () => {
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const { code } = await toContract(t.app, t.h.as, t.h.client, { application });

    // The schedule adds up to the approved subsidy (R12), and a gate is one the contract has.
    const short = await post(
      officer,
      `/projects/${code}/contract`,
      contract([{ amount: wan(40), dueAt: inMs(5_000) }]),
    );
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['instalments'] }] });
    const unknownGate = await post(
      officer,
      `/projects/${code}/contract`,
      contract([
        { amount: wan(40), dueAt: inMs(5_000) },
        { amount: wan(60), dueAt: inMs(70_000), gate: 'milestone:M9' },
      ]),
    );
    expect(unknownGate.json()).toMatchObject({ violations: [{ fields: ['instalments.1.gate'] }] });
    const signed = await post(
      officer,
      `/projects/${code}/contract`,
      contract([
        { amount: wan(40), dueAt: inMs(5_000) },
        { amount: wan(60), dueAt: inMs(70_000), gate: 'milestone:M1' },
      ]),
    );
    expect(signed.statusCode, signed.body).toBe(200);
    // Finance owes the first instalment (released by the contract); the second waits for M1.
    expect(signed.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'disburse:1', ownerRole: 'financeOfficer' }),
        expect.objectContaining({ action: 'spendingReport:1', ownerRole: 'projectLead', ownerId: lead.id }),
      ]),
    );
    expect(signed.json().pendingActions.map((a: { action: string }) => a.action)).not.toContain('disburse:2');
    expect(await ledger(code)).toMatchObject({
      balances: { approved: wan(100), planned: wan(100), paid: 0, outstanding: 0 },
      entries: [
        { kind: 'approval', amount: wan(100), entryKey: `${code}:1:approval:1` },
        { kind: 'instalmentPlanned', instalment: 1, amount: wan(40), gate: 'contract' },
        { kind: 'instalmentPlanned', instalment: 2, amount: wan(60), gate: 'milestone:M1' },
      ],
    });

    // Only finance pays; nothing before its gate; never more than the schedule.
    expect((await post(officer, `/projects/${code}/disbursements`, payment(1, wan(40)))).statusCode).toBe(
      403,
    );
    const early = await post(financeOfficer, `/projects/${code}/disbursements`, payment(2, wan(60)));
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('milestone M1');
    const over = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(41)));
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ ruleIds: ['R12'], violations: [{ fields: ['amount'] }] });
    const once = { 'idempotency-key': `pay-${code}-1` };
    const paid = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(40)), once);
    expect(paid.statusCode, paid.body).toBe(200);
    const again = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(40)), once);
    expect(again.json()).toEqual(paid.json());

    // The team reports its spending; not twice for a year, never more provincial money than was paid.
    const report = (year: number, provincial: number) => ({
      year,
      lines: [
        { line: 'equipment', provincial, selfRaised: wan(50) },
        { line: 'labour', provincial: 0, selfRaised: wan(20) },
      ],
    });
    expect((await post(lead, `/projects/${code}/spending-reports`, report(2027, wan(41)))).statusCode).toBe(
      422,
    );
    const filed = await post(lead, `/projects/${code}/spending-reports`, report(2027, wan(30)));
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().pendingActions).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'spendingReport:2' })]),
    );
    expect((await post(lead, `/projects/${code}/spending-reports`, report(2027, 0))).statusCode).toBe(409);

    // M1 passes: the second instalment is released and paid.
    await reportProgress(t.h.client, code, 'M1');
    const check = await post(officer, `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'on-site check report',
    });
    expect(check.statusCode, check.body).toBe(200);
    await waitForStage(t.h.client, code, 'acceptance');
    const second = await post(financeOfficer, `/projects/${code}/disbursements`, payment(2, wan(60)));
    expect(second.statusCode, second.body).toBe(200);
    expect(await ledger(code)).toMatchObject({
      balances: { paid: wan(100), spent: wan(30), selfRaisedSpent: wan(70), unspent: wan(70) },
    });

    // Terminated before acceptance with ¥100,000 found misused: the unspent ¥700,000 plus it (R13).
    const ended = await post(supervisor, `/projects/${code}/termination`, {
      reason: 'Major risk: the core supplier left the consortium',
      basis: 'R15 supervision meeting 2026-12',
      misusedFunds: { amount: wan(10), finding: 'audit 2026-12: equipment bought for another project' },
      evidence: evidence('supervision meeting 2026-12'),
    });
    expect(ended.statusCode, ended.body).toBe(202);
    await waitForStage(t.h.client, code, 'terminated');
    const demanded = await eventually(async () => {
      const view = await ledger(code);
      return view.balances.reclaimed > 0 ? view : undefined;
    });
    expect(demanded.balances).toMatchObject({ reclaimed: wan(80), outstanding: wan(80) });
    expect(demanded.entries.at(-1)).toMatchObject({
      kind: 'reclamationDemand',
      entryKey: `${code}:1:reclamationDemand:1`,
      details: { unspent: wan(70), misused: wan(10) },
      ruleIds: expect.arrayContaining(['R13', 'R15']),
    });
    expect(demanded.entries.at(-1).dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // Repayments: never beyond what is outstanding; a retried receipt is recorded once.
    const tooMuch = await post(financeOfficer, `/projects/${code}/receipts`, {
      amount: wan(81),
      receivedOn: '2027-01-10',
      voucher: 'REC-1',
    });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json()).toMatchObject({ ruleIds: ['R13'], violations: [{ fields: ['amount'] }] });
    const receipt = { amount: wan(50), receivedOn: '2027-01-10', voucher: 'REC-1' };
    const key = { 'idempotency-key': `receipt-${code}-1` };
    const received = await post(financeOfficer, `/projects/${code}/receipts`, receipt, key);
    expect(received.statusCode, received.body).toBe(201);
    expect(received.json()).toMatchObject({ outstanding: wan(30) });
    await post(financeOfficer, `/projects/${code}/receipts`, receipt, key);
    const final = await ledger(code);
    expect(final.balances).toMatchObject({ reclaimed: wan(80), received: wan(50), outstanding: wan(30) });
    expect(final.entries.filter((e: { kind: string }) => e.kind === 'receipt')).toHaveLength(1);
    expect(final.entries.filter((e: { kind: string }) => e.kind === 'disbursement')).toHaveLength(2);

    // Past due and not repaid in full: the daily digest reminds the PI and finance (the workflow has ended).
    const contact = await t.app.inject({
      method: 'PUT',
      url: '/me/contact',
      headers: await t.h.as(financeOfficer),
      payload: { name: 'Zhao', email: 'finance.zhao@gongguan.test' },
    });
    expect(contact.statusCode).toBe(200);
    expect(await ensureDigestSchedule(t.h.client, t.h.taskQueue, '0 9 * * *')).toBe('created');
    const schedule = t.h.client.schedule.getHandle(digestScheduleId(t.h.taskQueue));
    await schedule.trigger('ALLOW_ALL');
    const chased = await eventually(async () => {
      const { rows } = await t.h.pool.query<{ recipient_id: string }>(
        `SELECT recipient_id FROM reminder_outbox WHERE project_code = $1 AND action = 'repayReclamation'
         ORDER BY recipient_id`,
        [code],
      );
      return rows.length >= 2 ? rows.map((r) => r.recipient_id) : undefined;
    }, 45_000);
    expect(chased).toEqual([financeOfficer.id, lead.id].sort());
    await schedule.delete();

    // The lead sees their ledger; the account cannot be rewritten.
    expect((await get(lead, `/projects/${code}/ledger`)).statusCode).toBe(200);
    await expect(
      t.h.pool.query('UPDATE ledger_entries SET amount = 0 WHERE project_code = $1', [code]),
    ).rejects.toThrow(/append-only/);

    // Portfolio totals by county, as JSON and CSV.
    const county = application.leadOrganisation.region.county;
    const totals = await get(officer, '/ledger/totals?by=county');
    expect(totals.statusCode, totals.body).toBe(200);
    const group = totals.json().items.find((i: { group: string }) => i.group === county);
    expect(group).toMatchObject({ projects: expect.any(Number) });
    expect(group.paid).toBeGreaterThanOrEqual(wan(100));
    const csv = await get(officer, '/ledger/totals?by=county', { accept: 'text/csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, ...rows] = csv.body.trim().split('\r\n');
    expect(header).toBe(
      'group,projects,approved,planned,paid,spent,selfRaisedSpent,unspent,reclaimed,received,outstanding',
    );
    expect(rows.some((row) => row.startsWith(`${county},`))).toBe(true);
    expect((await get(lead, '/ledger/totals')).statusCode).toBe(403);
    await recordHistories(t.h.client, projectWorkflowId(code), 'instalments-reclaimed');
  });

  it('sets a post-hoc subsidy at acceptance, at most its approval, and pays it only then (R11)', async () => {
    const { code } = await toContract(t.app, t.h.as, t.h.client, {
      decision: { fundingMode: 'postHocSubsidy', approvedSubsidy: wan(100) },
    });
    const scheduled = await post(
      officer,
      `/projects/${code}/contract`,
      contract([{ amount: wan(100), dueAt: inMs(5_000) }]),
    );
    expect(scheduled.json()).toMatchObject({ ruleIds: ['R11'], violations: [{ fields: ['instalments'] }] });
    expect((await post(officer, `/projects/${code}/contract`, contract())).statusCode).toBe(200);
    const early = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(10)));
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toContain('R11');
    await reportProgress(t.h.client, code, 'M1');
    await post(officer, `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'on-site check report',
    });
    await waitForStage(t.h.client, code, 'acceptance');
    const acceptance = {
      passed: true,
      panel: acceptancePanel,
      demandSideEvaluation: 'meets our PLC line requirements',
      evidence: evidence('acceptance meeting'),
    };
    await applyForAcceptance(t.h.client, code);
    const unset = await post(officer, `/projects/${code}/acceptance`, acceptance);
    expect(unset.json()).toMatchObject({ ruleIds: ['R11'], violations: [{ fields: ['postHocSubsidy'] }] });
    const above = await post(officer, `/projects/${code}/acceptance`, {
      ...acceptance,
      postHocSubsidy: wan(101),
    });
    expect(above.statusCode).toBe(422);
    const accepted = await post(officer, `/projects/${code}/acceptance`, {
      ...acceptance,
      postHocSubsidy: wan(80),
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().pendingActions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'disburse:1', ownerRole: 'financeOfficer' }),
      ]),
    );
    const paid = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(80)));
    expect(paid.statusCode, paid.body).toBe(200);
    expect((await ledger(code)).balances).toMatchObject({
      approved: wan(80),
      planned: wan(80),
      paid: wan(80),
    });
    expect((await status(t.h.client, code)).pendingActions.map((a) => a.action)).not.toContain('disburse:1');
    await recordHistories(t.h.client, projectWorkflowId(code), 'post-hoc-subsidy');
  });

  it('pays a Ningbo project nothing, rolling support included (R11)', async () => {
    const application = enterpriseApplication();
    application.leadOrganisation.region = { county: 'Yinzhou', mountainOrIslandCounty: false, ningbo: true };
    const entry = await publish(t.app, t.h.as);
    const code = await apply(t.app, t.h.as, entry.id, application);
    await scoreAll(t.h.client, code);
    const decided = await post(officer, `/projects/${code}/decision`, {
      outcome: 'approve',
      fundingMode: 'approvedWithoutFunding',
      approvedSubsidy: 0,
      evidence: evidence(),
    });
    expect(decided.statusCode, decided.body).toBe(200);
    await waitForStage(t.h.client, code, 'execution');
    const paid = await post(financeOfficer, `/projects/${code}/disbursements`, payment(1, wan(10)));
    expect(paid.statusCode).toBe(422);
    expect(paid.json()).toMatchObject({ ruleIds: ['R11'] });
    const rolling = await post(officer, `/projects/${code}/rolling-support`, {
      phaseTitle: 'Phase 2',
      additionalSubsidy: wan(50),
      milestones: [{ id: 'P2M1', title: 'Scale-up', dueAt: inMs(60_000), indicators: [] }],
      contractEndsAt: inMs(61_000),
      basis: 'breakthrough shown',
      evidence: evidence(),
    });
    expect(rolling.statusCode).toBe(422);
    expect(rolling.json()).toMatchObject({
      ruleIds: ['R11'],
      violations: [{ fields: ['additionalSubsidy'] }],
    });
    expect((await ledger(code)).entries).toEqual([]);
  });

  it('writes an entry once however often its step is retried', async () => {
    const { code } = await toContract(t.app, t.h.as, t.h.client);
    const activities = createLifecycleActivities({ pool: t.h.pool });
    const entry = {
      entryKey: `${code}:1:approval:1`,
      code,
      phase: 1,
      kind: 'approval' as const,
      amount: wan(100),
      occurredOn: '2026-12-01',
      actor: officer,
      basis: 'retried',
      ruleIds: ['R12'],
    };
    await activities.recordLedgerEntries([entry]);
    await activities.recordLedgerEntries([{ ...entry, amount: wan(1) }]);
    expect((await ledger(code)).entries).toMatchObject([{ amount: wan(100) }]);
  });
});
