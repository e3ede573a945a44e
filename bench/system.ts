// The system under measurement, started by the bench itself: a headless dev server or a fresh cluster on
// PostgreSQL (GONGGUAN_TEMPORAL), a fresh database,
// the real worker process, the API in this process, and experts and staff who can be reached.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { buildApp } from '../api/app';
import { dataConverter } from '../codec/data-converter';
import { newKeySpec, parseKeyring } from '../codec/keys';
import { databaseName, parseConfig, withDatabase, type Config } from '../config/env';
import { insertExpert } from '../db/experts';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { upsertContact } from '../db/reminders';
import { DEFAULT_STRATEGIC_FIELDS, PolicyRegistry } from '../rules';
import { ensureTemporalCli } from '../scripts/lib/temporal-cli';
import {
  CLUSTER_SERVICES,
  freeClusterPorts,
  startCluster,
  type ClusterService,
} from '../scripts/lib/temporal-cluster';
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
  /** The kind of Temporal measured (GONGGUAN_TEMPORAL): the dev server or the cluster on PostgreSQL. */
  mode: 'dev' | 'cluster';
  /** The Temporal frontend's address. */
  address: string;
  /** The Temporal server's processes: one for the dev server, one per service for the cluster. */
  serverPids: number[];
  worker: ChildProcess;
  db: pg.Pool;
  /** The API's base URL. */
  api: string;
  serverCounters(): Promise<Counters>;
  /** Bytes on disk: gongguan's database, and Temporal's (the SQLite file, or the cluster's two databases). */
  storageBytes(): Promise<{ gongguan: number; temporal: number }>;
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
  const temporal = await startTemporal(config, dir, databaseUrl);
  // The server and the worker go with the bench, even when it fails or is interrupted.
  process.on('exit', () => {
    for (const pid of temporal.pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  });
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName(databaseUrl)}" WITH (FORCE)`);
  await migrate(databaseUrl);
  const db = createPool(databaseUrl, 20);
  const connection = await Connection.connect({ address: temporal.address });
  // A key of the bench's own: its payloads are sealed as in production, at the same cost.
  const codecKeys = newKeySpec('bench');
  const converter = dataConverter(parseKeyring(codecKeys));
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter: converter });
  const worker = await spawnWorker({
    address: temporal.address,
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
    mode: config.GONGGUAN_TEMPORAL,
    address: temporal.address,
    serverPids: temporal.pids,
    worker,
    db,
    api: `http://127.0.0.1:${port}`,
    serverCounters: () => scrapeCounters(temporal.metricsUrls),
    storageBytes: () => storageBytes(temporal, databaseUrl, db),
    remindersDelivered: () => inbox.received(),
    async stop() {
      await app.close();
      await inbox.close();
      await stopProcess(worker);
      await connection.close();
      await db.end();
      await temporal.stop();
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface BenchTemporal {
  address: string;
  pids: number[];
  metricsUrls: string[];
  sqliteFile?: string;
  databases?: string[];
  stop(): Promise<void>;
}

/** The Temporal the bench measures, of its own: a headless dev server, or a fresh cluster (GONGGUAN_TEMPORAL). */
async function startTemporal(config: Config, dir: string, databaseUrl: string): Promise<BenchTemporal> {
  if (config.GONGGUAN_TEMPORAL === 'cluster') {
    const metricsPorts = {} as Record<ClusterService, number>;
    for (const service of CLUSTER_SERVICES) metricsPorts[service] = await freePort();
    const databases = { persistence: 'temporal_bench', visibility: 'temporal_visibility_bench' };
    const cluster = await startCluster({
      cacheDir: config.GONGGUAN_CACHE_DIR,
      databaseUrl,
      databases,
      fresh: true,
      namespace: config.TEMPORAL_NAMESPACE,
      ports: await freeClusterPorts(),
      uiPort: null,
      metricsPorts,
      logDir: dir,
      log,
    });
    return {
      address: cluster.address,
      pids: Object.values(cluster.services).map((child) => child.pid!),
      metricsUrls: cluster.metricsUrls,
      databases: Object.values(databases),
      stop: () => cluster.stop(),
    };
  }
  const cliPath = await ensureTemporalCli({
    explicitPath: config.TEMPORAL_CLI,
    cacheDir: config.GONGGUAN_CACHE_DIR,
    log,
  });
  const metricsPort = await freePort();
  const sqliteFile = join(dir, 'temporal.db');
  const server = await startDevServer({
    cliPath,
    port: await freePort(),
    metricsPort,
    uiPort: null,
    dbFile: sqliteFile,
    namespace: config.TEMPORAL_NAMESPACE,
    logFile: join(dir, 'temporal.log'),
    log,
  });
  return {
    address: server.address,
    pids: [server.process.pid!],
    metricsUrls: [`http://127.0.0.1:${metricsPort}/metrics`],
    sqliteFile,
    stop: () => server.stop(),
  };
}

async function storageBytes(temporal: BenchTemporal, databaseUrl: string, db: pg.Pool) {
  const size = async (name: string) =>
    Number((await db.query<{ size: string }>('SELECT pg_database_size($1) AS size', [name])).rows[0]!.size);
  const fileSize = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const temporalBytes = temporal.sqliteFile
    ? fileSize(temporal.sqliteFile) + fileSize(`${temporal.sqliteFile}-wal`)
    : (await Promise.all((temporal.databases ?? []).map(size))).reduce((a, b) => a + b, 0);
  return { gongguan: await size(databaseName(databaseUrl)), temporal: temporalBytes };
}
