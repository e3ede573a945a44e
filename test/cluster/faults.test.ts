// Faults of a production-shaped system: a Temporal cluster on PostgreSQL (each service a process of its
// own), two worker processes, reminders by SMTP. The history service is SIGKILLed mid-lifecycle and
// restarted, then one of the two workers is SIGKILLed for good, then PostgreSQL itself restarts under
// everything. Every project completes, each transition is in the audit trail once, no reminder arrives
// twice. Runs alone (scripts/test), since the restart drops every connection on the machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../../config/env';
import { freeClusterPorts, startCluster, type Cluster } from '../../scripts/lib/temporal-cluster';
import { createHarness, eventually, type Harness } from '../support/harness';
import {
  accept,
  compressedPolicy,
  completePostEvaluation,
  expectCleanTrail,
  officer,
  passMilestone,
  seedExperts,
  signContract,
  supervisor,
  toContract,
  waitForStage,
} from '../support/lifecycle';
import { restartPostgres } from '../support/postgres-restart';
import { expectEachReminderOnce, startSmtpServer } from '../support/smtp';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

describe('faults on the Temporal cluster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongguan-cluster-faults-'));
  let cluster: Cluster | undefined;
  let h: Harness | undefined;
  let app: Awaited<ReturnType<Harness['buildApp']>> | undefined;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  const workers: WorkerProcess[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await app?.close();
    await h?.close();
    await cluster?.stop();
    await smtp?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'history killed, a worker killed, PostgreSQL restarted: every project completes once',
    { timeout: 420_000 },
    async () => {
      const config = parseConfig(process.env);
      cluster = await startCluster({
        cacheDir: config.GONGGUAN_CACHE_DIR,
        databaseUrl: inject('databaseUrl'),
        databases: { persistence: 'temporal_faults', visibility: 'temporal_visibility_faults' },
        fresh: true,
        namespace: inject('temporalNamespace'),
        ports: await freeClusterPorts(),
        uiPort: null,
        logDir: dir,
        log: () => undefined,
      });
      h = await createHarness({ temporalAddress: cluster.address });
      app = await h.buildApp([compressedPolicy()]);
      smtp = await startSmtpServer();
      const env = {
        TEMPORAL_ADDRESS: cluster.address,
        SMTP_URL: smtp.url,
        REMINDER_POLL_MS: '100',
        REMINDER_CLAIM_TIMEOUT_MS: '3000',
      };
      workers.push(await startWorkerProcess(h.taskQueue, env), await startWorkerProcess(h.taskQueue, env));
      await seedExperts(h.pool, 8);
      for (const actor of [officer, supervisor])
        await app.inject({
          method: 'PUT',
          url: '/me/contact',
          headers: await h.as(actor),
          payload: { name: actor.id, email: `${actor.id}@gongguan.test` },
        });

      const projects = [];
      for (let i = 0; i < 3; i++) {
        const started = await toContract(app, h.as, h.client);
        await app.inject({
          method: 'PUT',
          url: '/me/contact',
          headers: await h.as({ id: started.piId, role: 'projectLead' }),
          payload: { name: started.piId, email: `${started.piId}@gongguan.test` },
        });
        projects.push(started);
      }
      // Milestones fall due after the faults; their reminders go out across them.
      for (const { code } of projects) await signContract(h.client, code, [90_000]);

      await cluster.kill('history');
      await new Promise((r) => setTimeout(r, 3_000));
      await cluster.restart('history');
      await passMilestone(h.client, projects[0]!.code, 'M1');

      await workers[0]!.kill();
      await passMilestone(h.client, projects[1]!.code, 'M1');

      restartPostgres();
      await eventually(async () => ((await h!.pool.query('SELECT 1')).rowCount ? true : undefined), 60_000);
      await passMilestone(h.client, projects[2]!.code, 'M1');

      for (const { code, piId } of projects) {
        await waitForStage(h.client, code, 'acceptance', 120_000);
        await accept(h.client, code);
        await completePostEvaluation(h.client, code, piId);
        await waitForStage(h.client, code, 'closed', 120_000);
      }
      for (const { code } of projects) {
        await eventually(async () => {
          const { rows } = await h!.pool.query('SELECT stage FROM projects WHERE code = $1', [code]);
          return rows[0]?.stage === 'closed' ? true : undefined;
        }, 60_000);
        await expectCleanTrail(h.pool, code);
      }

      expect(await expectEachReminderOnce(h.pool, h.taskQueue, smtp.mails)).toBeGreaterThan(0);
    },
  );
});
