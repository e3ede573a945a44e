// Fault tests: the Temporal dev server restarted on its persisted database mid-lifecycle, and
// PostgreSQL refusing connections while activities run. Nothing is lost and nothing is written twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { withDatabase } from '../config/env';
import { migrate } from '../db/migrate';
import { startDevServer, type DevServer } from '../scripts/lib/temporal-dev-server';
import { freePort } from './support/global-setup';
import { createHarness, eventually, type Harness } from './support/harness';
import {
  accept,
  compressedPolicy,
  expectCleanTrail,
  passMilestone,
  seedExperts,
  signContract,
  completePostEvaluation,
  toContract,
  waitForStage,
} from './support/lifecycle';

const quiet = () => undefined;

describe('Temporal server restarted mid-lifecycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongguan-restart-'));
  let server: DevServer | undefined;
  let h: Harness | undefined;
  let app: Awaited<ReturnType<Harness['buildApp']>> | undefined;
  afterAll(async () => {
    await app?.close();
    await h?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'projects continue from where they were on the same persisted database',
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      const options = {
        cliPath: inject('temporalCliPath'),
        port,
        uiPort: null,
        dbFile: join(dir, 'temporal.db'),
        namespace: inject('temporalNamespace'),
        logFile: join(dir, 'temporal.log'),
        log: quiet,
      };
      server = await startDevServer(options);
      h = await createHarness({ temporalAddress: server.address });
      await h.startWorker();
      app = await h.buildApp([compressedPolicy()]);
      await seedExperts(h.pool, 8);

      const { code, piId } = await toContract(app, h.as, h.client);
      await signContract(h.client, code, [60_000]);

      // Stop the server between two steps and start it again on the same SQLite file.
      await server.stop();
      server = await startDevServer(options);

      await passMilestone(h.client, code, 'M1');
      await waitForStage(h.client, code, 'acceptance', 60_000);
      await accept(h.client, code);
      await completePostEvaluation(h.client, code, piId);
      await waitForStage(h.client, code, 'closed', 60_000);
      await expectCleanTrail(h.pool, code);
    },
  );
});

describe('PostgreSQL refusing connections during activities', () => {
  const databaseUrl = withDatabase(inject('databaseUrl'), `gongguan_fault_${process.pid}`);
  const admin = new pg.Pool({ connectionString: withDatabase(databaseUrl, 'postgres'), max: 2 });
  const database = new URL(databaseUrl).pathname.slice(1);
  let h: Harness | undefined;
  let app: Awaited<ReturnType<Harness['buildApp']>> | undefined;
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(quiet);
    await app?.close();
    await h?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(quiet);
    await admin.end();
  });

  it(
    'activities retry, the API answers 503 while it is down, and nothing is lost or doubled',
    { timeout: 180_000 },
    async () => {
      await migrate(databaseUrl);
      // Its own database but the suite's Temporal server: its project codes must not meet the suite's ids.
      const seq = new pg.Client({ connectionString: databaseUrl });
      await seq.connect();
      await seq.query("SELECT setval('project_code_seq', $1)", [
        9_000_000 + Math.floor(Math.random() * 900_000),
      ]);
      await seq.end();
      h = await createHarness({ databaseUrl });
      await h.startWorker();
      app = await h.buildApp([compressedPolicy()]);
      await seedExperts(h.pool, 8);
      const officerKey = await h.as({ id: 'officer-fault', role: 'programmeOfficer' });

      const { code, piId } = await toContract(app, h.as, h.client);
      await signContract(h.client, code, [60_000]);

      // Refuse new connections and drop the open ones: the next activity fails and keeps retrying.
      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [database],
      );
      // The update waits for its write, so it completes only once the database is back.
      const checked = passMilestone(h.client, code, 'M1');
      // The pool may still hold a connection the server is tearing down: ask until the outage shows.
      const down = await eventually(async () => {
        const res = await app!.inject({ method: 'GET', url: `/projects/${code}`, headers: officerKey });
        return res.statusCode === 503 ? res : undefined;
      }, 10_000);
      expect(down.json()).toMatchObject({ title: 'PostgreSQL is unavailable' });
      const health = await app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      await new Promise((r) => setTimeout(r, 2_000));

      await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
      await eventually(
        async () =>
          (await app!.inject({ method: 'GET', url: '/health' })).statusCode === 200 ? true : undefined,
        30_000,
      );
      await checked;
      await waitForStage(h.client, code, 'acceptance', 60_000);
      await accept(h.client, code);
      await completePostEvaluation(h.client, code, piId);
      await waitForStage(h.client, code, 'closed', 60_000);
      // The read model caught up with every step written while the database was away.
      await eventually(async () => {
        const { rows } = await h!.pool.query('SELECT stage FROM projects WHERE code = $1', [code]);
        return rows[0]?.stage === 'closed' ? true : undefined;
      }, 30_000);
      await expectCleanTrail(h.pool, code);
    },
  );
});
