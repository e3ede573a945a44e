// The worker process is killed (SIGKILL) at several points of a lifecycle and restarted; every
// project finishes and its audit trail has exactly one row per transition.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wan } from '../rules';
import { type Harness } from './support/harness';
import {
  accept,
  apply,
  disburse,
  approve,
  events,
  passMilestone,
  publish,
  scoreAll,
  signContract,
  completePostEvaluation,
  waitForStage,
  startTestApp,
  stopTestApp,
} from './support/lifecycle';
import { enterpriseApplication } from '../examples/applications';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process';

describe('worker killed mid-lifecycle', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false, experts: 8 }));
  });
  afterAll(async () => {
    await worker?.kill();
    await stopTestApp({ h, app });
  });

  const crashAndRestart = async () => {
    await worker!.kill();
    worker = await startWorkerProcess(h.taskQueue);
  };

  it('every project completes and no transition is recorded twice', async () => {
    worker = await startWorkerProcess(h.taskQueue);
    const entry = await publish(app, h.as, { plannedApprovals: 3, id: `crash-${randomUUID().slice(0, 8)}` });
    const applications = [enterpriseApplication(), enterpriseApplication(), enterpriseApplication()];
    const codes: string[] = [];
    for (const a of applications) codes.push(await apply(app, h.as, entry.id, a));

    // Crash while the application window closes and the panels are drawn.
    await crashAndRestart();
    for (const code of codes) await scoreAll(h.client, code);
    for (const code of codes) await approve(h.client, code, { approvedSubsidy: wan(90) });

    // Crash between approval and contract, with continue-as-new at the next boundary.
    await crashAndRestart();
    for (const code of codes) await signContract(h.client, code, [30_000]);
    // Crash while finance's payments are written to the ledger: a key per entry, so each is there once.
    const payments = codes.map((code) => disburse(h.client, code, wan(90)));
    await crashAndRestart();
    await Promise.all(payments);
    for (const code of codes) await passMilestone(h.client, code, 'M1');

    // Crash while the projects move into acceptance.
    await crashAndRestart();
    for (const code of codes) await waitForStage(h.client, code, 'acceptance', 60_000);
    for (const code of codes) await accept(h.client, code);
    for (const [i, code] of codes.entries())
      await completePostEvaluation(h.client, code, applications[i]!.team.principalInvestigator.id);
    for (const code of codes) await waitForStage(h.client, code, 'closed', 60_000);

    for (const code of codes) {
      const trail = await events(h.pool, code);
      expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
      const once = [
        'submitApplication',
        'recommend',
        'applicationWindowClosed',
        'reviewPanelDrawn',
        'reviewCompleted',
        'approve',
        'signContract',
        'disbursement',
        'milestonePassed',
        'milestonesComplete',
        'accept',
        'close',
      ];
      for (const action of once)
        expect(
          trail.filter((e) => e.action === action),
          `${code} ${action}`,
        ).toHaveLength(1);
      expect(trail.filter((e) => e.action === 'postEvaluationReport')).toHaveLength(3);
      const row = await h.pool.query('SELECT stage, version FROM projects WHERE code = $1', [code]);
      expect(row.rows[0]).toEqual({ stage: 'closed', version: trail.length });
      const ledger = await h.pool.query<{ kind: string; amount: string }>(
        'SELECT kind, amount FROM ledger_entries WHERE project_code = $1 ORDER BY id',
        [code],
      );
      expect(ledger.rows).toEqual([
        { kind: 'approval', amount: String(wan(90)) },
        { kind: 'instalmentPlanned', amount: String(wan(90)) },
        { kind: 'disbursement', amount: String(wan(90)) },
      ]);
    }
    // Bounded by the server, not this code: after each crash the dead worker's sticky tasks wait out their
    // schedule-to-start timeout (10 s) before another worker takes them, and each restart takes ~5 s.
  }, 150_000);
});
