// The system under measurement, started by the bench itself: a headless dev server, a fresh database,
// the real worker process, the API in this process, and experts and staff who can be reached.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { buildApp } from '../api/app';
import { dataConverter } from '../codec/data-converter';
import { newKeySpec, parseKeyring } from '../codec/keys';
import { databaseName, parseConfig, withDatabase } from '../config/env';
import { insertExpert } from '../db/experts';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { upsertContact } from '../db/reminders';
import { DEFAULT_STRATEGIC_FIELDS, PolicyRegistry } from '../rules';
import { ensureTemporalCli } from '../scripts/lib/temporal-cli';
import { startDevServer, stopProcess } from '../scripts/lib/temporal-dev-server';
import { BENCH_POLICY_ID, benchPolicy } from './policy';
import { scrapeCounters, type Counters } from './server-metrics';
import { freePort, spawnWorker, startReminderInbox } from './support';
import { log } from './settings';

export const PRODUCT_QUEUE = 'bench-product';
export const BENCH_OFFICER = 'bench-officer';
const EXPERTS = 12;

export interface BenchSystem {
  client: Client;
  /** The codec both sides' workers and clients seal with. */
  dataConverter: DataConverter;
  /** The dev server's frontend address. */
  address: string;
  serverProcess: ChildProcess;
  worker: ChildProcess;
  db: pg.Pool;
  /** The API's base URL. */
  api: string;
  serverCounters(): Promise<Counters>;
  remindersDelivered(): number;
  stop(): Promise<void>;
}

export async function startBenchSystem(): Promise<BenchSystem> {
  const config = parseConfig(process.env);
  const databaseUrl = withDatabase(config.DATABASE_URL, `${databaseName(config.DATABASE_URL)}_bench`);
  // One bench at a time: a second one would drop this one's database from under its worker, and the two
  // would share the cores either measures. The lock is the admin session's, held until the bench exits.
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  const { rows } = await admin.query<{ locked: boolean }>(
    "SELECT pg_try_advisory_lock(hashtext('gongguan bench')) AS locked",
  );
  if (!rows[0]!.locked) {
    console.error('Another bench is running against this PostgreSQL; run one at a time.');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongguan-bench-'));
  const cliPath = await ensureTemporalCli({
    explicitPath: config.TEMPORAL_CLI,
    cacheDir: config.GONGGUAN_CACHE_DIR,
    log,
  });
  const metricsPort = await freePort();
  const server = await startDevServer({
    cliPath,
    port: await freePort(),
    metricsPort,
    uiPort: null,
    dbFile: join(dir, 'temporal.db'),
    namespace: config.TEMPORAL_NAMESPACE,
    logFile: join(dir, 'temporal.log'),
    log,
  });
  // The server and the worker go with the bench, even when it fails or is interrupted.
  process.on('exit', () => server.process.kill('SIGKILL'));
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName(databaseUrl)}" WITH (FORCE)`);
  await migrate(databaseUrl);
  const db = createPool(databaseUrl, 20);
  const connection = await Connection.connect({ address: server.address });
  // A key of the bench's own: its payloads are sealed as in production, at the same cost.
  const codecKeys = newKeySpec('bench');
  const converter = dataConverter(parseKeyring(codecKeys));
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: converter });
  const worker = await spawnWorker({
    address: server.address,
    databaseUrl,
    taskQueue: PRODUCT_QUEUE,
    codecKeys,
  });
  process.on('exit', () => worker.kill('SIGKILL'));
  const app = await buildApp({
    pool: db,
    temporal: client,
    taskQueue: PRODUCT_QUEUE,
    policies: new PolicyRegistry([benchPolicy()], BENCH_POLICY_ID),
    keyring: parseKeyring(codecKeys),
  });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  const experts = Array.from({ length: EXPERTS }, (_, i) => `bx-${i}`);
  for (const [i, id] of experts.entries()) {
    await insertExpert(db, {
      id,
      name: `Expert ${i}`,
      organisationId: `inst-${i}`,
      fromEnterprise: i % 3 === 0,
      specialties: [...DEFAULT_STRATEGIC_FIELDS],
      declaredConflicts: [],
    });
  }
  // Staff and experts can be reached, as in practice: their reminders go to a webhook here rather than
  // into the sender's retries for a missing contact.
  const inbox = await startReminderInbox();
  const reachable: Array<[string, string]> = [
    [BENCH_OFFICER, 'programmeOfficer'],
    ...experts.map((id): [string, string] => [id, 'expert']),
  ];
  for (const [id, role] of reachable)
    await upsertContact(db, { id, role }, { name: id, webhookUrl: inbox.url, language: 'zh-CN' });

  return {
    client,
    dataConverter: converter,
    address: server.address,
    serverProcess: server.process,
    worker,
    db,
    api: `http://127.0.0.1:${port}`,
    serverCounters: () => scrapeCounters(`http://127.0.0.1:${metricsPort}/metrics`),
    remindersDelivered: () => inbox.received(),
    async stop() {
      await app.close();
      await inbox.close();
      await stopProcess(worker);
      await connection.close();
      await db.end();
      await server.stop();
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
