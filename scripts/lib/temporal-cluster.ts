// Cluster mode: a real Temporal server persisted in PostgreSQL, as a province runs it. Builds the pinned
// server, schema tool and UI server into the cache, creates and migrates the two databases with the server's
// own schema tool, runs frontend, history, matching and worker as processes of their own (so a test can
// kill one), creates the namespace and the search attributes, and serves the read-only UI. One server config
// (config/temporal/cluster.yaml) serves this and docker-compose.yml.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import pg from 'pg';
import { databaseName, withDatabase } from '../../config/env';
import { ensureSearchAttributes } from '../../worker/search-attributes';
import { freePort, freePortBelow } from './free-port';
import { ensureGoBinary, type GoBinary } from './go-binaries';
import { answers, stopProcess } from './temporal-dev-server';

export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
export const TEMPORAL_UI_VERSION = 'v2.42.1';

const SERVER: GoBinary = {
  label: `the Temporal server ${TEMPORAL_SERVER_VERSION}`,
  module: `go.temporal.io/server/cmd/server@${TEMPORAL_SERVER_VERSION}`,
  folder: `temporal-server-${TEMPORAL_SERVER_VERSION}`,
  binary: 'server',
};
const SCHEMA_TOOL: GoBinary = {
  label: `the Temporal schema tool ${TEMPORAL_SERVER_VERSION}`,
  module: `go.temporal.io/server/cmd/tools/sql@${TEMPORAL_SERVER_VERSION}`,
  folder: `temporal-sql-tool-${TEMPORAL_SERVER_VERSION}`,
  binary: 'sql',
};
const UI_SERVER: GoBinary = {
  label: `the Temporal UI server ${TEMPORAL_UI_VERSION}`,
  module: `github.com/temporalio/ui-server/v2/cmd/server@${TEMPORAL_UI_VERSION}`,
  folder: `temporal-ui-server-${TEMPORAL_UI_VERSION}`,
  binary: 'server',
};

/** The server's config folder and environment name, relative to the repository (`--config`, `--env`). */
export const SERVER_CONFIG = { dir: 'config/temporal', env: 'cluster' } as const;
export const UI_CONFIG = { dir: 'config/temporal-ui', env: 'cluster' } as const;

/** Started in this order; the frontend answers only once history and matching have joined the ring. */
export const CLUSTER_SERVICES = ['history', 'matching', 'frontend', 'worker'] as const;
export type ClusterService = (typeof CLUSTER_SERVICES)[number];

/**
 * The schema tool's steps for each database after it exists, the connection given by the tool's `SQL_*`
 * variables. `setup-schema -v 0.0` only creates the version table; `update-schema` applies every versioned
 * migration the server ships, so a later server version migrates the same databases.
 */
export const SCHEMA_STEPS = [
  ['setup-schema', '-v', '0.0'],
  ['update-schema', '--schema-name', '<schema>'],
] as const;
export const SCHEMAS = { persistence: 'postgresql/v12/temporal', visibility: 'postgresql/v12/visibility' };

export interface ClusterOptions {
  cacheDir: string;
  /** gongguan's DATABASE_URL: the cluster's databases live on the same PostgreSQL, with the same user. */
  databaseUrl: string;
  /** The two databases' names (`temporal`, `temporal_visibility` unless a test or the bench asks). */
  databases: { persistence: string; visibility: string };
  /** Drop both databases first (tests and bench: a cluster of their own). */
  fresh?: boolean;
  namespace: string;
  ports: ClusterPorts;
  /** null runs no UI. */
  uiPort: number | null;
  /** Where the UI opens sealed payloads (the API's codec endpoint). */
  uiCodecEndpoint?: string;
  /** Each service serves Prometheus metrics on the port given for it (the bench reads the counters). */
  metricsPorts?: Record<ClusterService, number>;
  logDir: string;
  log: (line: string) => void;
}

export interface ClusterPorts {
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  /** Ringpop's membership port of each service. */
  membership: Record<ClusterService, number>;
}

/** The ports `scripts/start` uses: the server's own defaults, so `temporal` CLI commands find it. */
export const DEFAULT_CLUSTER_PORTS: ClusterPorts = {
  frontend: 7233,
  frontendHttp: 7243,
  history: 7234,
  matching: 7235,
  worker: 7239,
  membership: { frontend: 6933, history: 6934, matching: 6935, worker: 6939 },
};

/**
 * Ports nothing listens on, for a cluster beside others (tests, the bench). Membership ports are stored
 * as PostgreSQL smallints, so they come from below 32768, where the system hands out no ephemeral ports.
 */
export async function freeClusterPorts(): Promise<ClusterPorts> {
  const membership = {} as Record<ClusterService, number>;
  for (const service of CLUSTER_SERVICES) membership[service] = await freePortBelow(32_768);
  return {
    frontend: await freePort(),
    frontendHttp: await freePort(),
    history: await freePort(),
    matching: await freePort(),
    worker: await freePort(),
    membership,
  };
}

export interface Cluster {
  address: string;
  uiUrl: string | null;
  /** The running process of each service. */
  services: Record<ClusterService, ChildProcess>;
  /** SIGKILL one service, as a crash: no shutdown hook runs. */
  kill(service: ClusterService): Promise<void>;
  /** Start a service again (after `kill`), on the same ports and databases. */
  restart(service: ClusterService): Promise<void>;
  metricsUrls: string[];
  stop(): Promise<void>;
}

const repoRoot = join(import.meta.dirname, '..', '..');

/** The three programs cluster mode runs, built into the cache when missing. */
export async function ensureClusterBinaries(opts: { cacheDir: string; log: (line: string) => void }) {
  return {
    server: await ensureGoBinary(SERVER, opts),
    schemaTool: await ensureGoBinary(SCHEMA_TOOL, opts),
    uiServer: await ensureGoBinary(UI_SERVER, opts),
  };
}

export async function startCluster(opts: ClusterOptions): Promise<Cluster> {
  const binaries = await ensureClusterBinaries(opts);
  mkdirSync(opts.logDir, { recursive: true });
  const db = new URL(opts.databaseUrl);
  await prepareDatabases(binaries.schemaTool, opts, db);

  const address = `127.0.0.1:${opts.ports.frontend}`;
  const serverEnv = (service: ClusterService): NodeJS.ProcessEnv => ({
    ...process.env,
    TEMPORAL_DB: opts.databases.persistence,
    TEMPORAL_VISIBILITY_DB: opts.databases.visibility,
    TEMPORAL_DB_HOST: db.hostname,
    TEMPORAL_DB_PORT: db.port || '5432',
    TEMPORAL_DB_USER: decodeURIComponent(db.username) || 'postgres',
    TEMPORAL_DB_PASSWORD: decodeURIComponent(db.password),
    TEMPORAL_FRONTEND_ADDRESS: address,
    TEMPORAL_FRONTEND_PORT: String(opts.ports.frontend),
    TEMPORAL_FRONTEND_HTTP_PORT: String(opts.ports.frontendHttp),
    TEMPORAL_HISTORY_PORT: String(opts.ports.history),
    TEMPORAL_MATCHING_PORT: String(opts.ports.matching),
    TEMPORAL_WORKER_PORT: String(opts.ports.worker),
    TEMPORAL_FRONTEND_MEMBERSHIP_PORT: String(opts.ports.membership.frontend),
    TEMPORAL_HISTORY_MEMBERSHIP_PORT: String(opts.ports.membership.history),
    TEMPORAL_MATCHING_MEMBERSHIP_PORT: String(opts.ports.membership.matching),
    TEMPORAL_WORKER_MEMBERSHIP_PORT: String(opts.ports.membership.worker),
    TEMPORAL_METRICS_PORT: opts.metricsPorts ? String(opts.metricsPorts[service]) : '',
  });
  const services = {} as Record<ClusterService, ChildProcess>;
  const launch = (service: ClusterService) => {
    const logFd = openSync(join(opts.logDir, `temporal-${service}.log`), 'a');
    services[service] = spawn(
      binaries.server,
      [
        '--config',
        SERVER_CONFIG.dir,
        '--env',
        SERVER_CONFIG.env,
        '--allow-no-auth',
        'start',
        '--service',
        service,
      ],
      { cwd: repoRoot, env: serverEnv(service), stdio: ['ignore', logFd, logFd] },
    );
  };
  let ui: ChildProcess | undefined;
  const stopAll = async () => {
    await Promise.all([...Object.values(services), ...(ui ? [ui] : [])].map((child) => stopProcess(child)));
  };
  try {
    // On fresh databases the first service writes the cluster's metadata; services starting beside it
    // would race it and exit, so the others start once it is there.
    launch(CLUSTER_SERVICES[0]);
    await waitForClusterMetadata(opts, services);
    for (const service of CLUSTER_SERVICES.slice(1)) launch(service);
    await waitForFrontend(address, services, opts);
    await ensureNamespace(address, opts.namespace);
    opts.log(
      `Temporal cluster on ${address} (PostgreSQL ${opts.databases.persistence}, ${opts.databases.visibility})`,
    );
    if (opts.uiPort !== null) ui = await startUi(binaries.uiServer, address, opts);
  } catch (err) {
    await stopAll();
    throw err;
  }

  return {
    address,
    uiUrl: opts.uiPort === null ? null : `http://127.0.0.1:${opts.uiPort}`,
    services,
    metricsUrls: opts.metricsPorts
      ? CLUSTER_SERVICES.map((s) => `http://127.0.0.1:${opts.metricsPorts![s]}/metrics`)
      : [],
    async kill(service) {
      const child = services[service];
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    async restart(service) {
      launch(service);
      await waitForFrontend(address, services, opts);
    },
    stop: stopAll,
  };
}

/** Creates the two databases when missing (or afresh) and brings both schemas up to this server's version. */
async function prepareDatabases(schemaTool: string, opts: ClusterOptions, db: URL): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(opts.databaseUrl, 'postgres') });
  await admin.connect();
  try {
    for (const [kind, name] of Object.entries(opts.databases) as Array<[keyof typeof SCHEMAS, string]>) {
      if (opts.fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
      for (const step of SCHEMA_STEPS) {
        const args = step.map((arg) => (arg === '<schema>' ? SCHEMAS[kind] : arg));
        await run(schemaTool, args, {
          SQL_PLUGIN: 'postgres12',
          SQL_HOST: db.hostname,
          SQL_PORT: db.port || '5432',
          SQL_USER: decodeURIComponent(db.username) || 'postgres',
          SQL_PASSWORD: decodeURIComponent(db.password),
          SQL_DATABASE: name,
        });
      }
    }
  } finally {
    await admin.end();
  }
  opts.log(
    `Temporal schemas up to date in ${Object.values(opts.databases).join(' and ')} (${databaseName(opts.databaseUrl)}'s server)`,
  );
}

function run(program: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(program, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} ${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

async function waitForClusterMetadata(
  opts: ClusterOptions,
  services: Partial<Record<ClusterService, ChildProcess>>,
): Promise<void> {
  const client = new pg.Client({
    connectionString: withDatabase(opts.databaseUrl, opts.databases.persistence),
  });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      exitedService(services, opts);
      const { rowCount } = await client.query('SELECT 1 FROM cluster_metadata_info LIMIT 1');
      if (rowCount) return;
      if (Date.now() > deadline)
        throw new Error(`the Temporal cluster wrote no metadata within 60 s; see ${opts.logDir}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await client.end();
  }
}

function exitedService(services: Partial<Record<ClusterService, ChildProcess>>, opts: ClusterOptions): void {
  for (const [service, child] of Object.entries(services)) {
    if (child.exitCode !== null)
      throw new Error(
        `the Temporal ${service} service exited with code ${child.exitCode}; see ${join(opts.logDir, `temporal-${service}.log`)}`,
      );
  }
}

async function waitForFrontend(
  address: string,
  services: Record<ClusterService, ChildProcess>,
  opts: ClusterOptions,
): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    exitedService(services, opts);
    if (await answers(address, 'temporal-system')) return;
    if (Date.now() > deadline)
      throw new Error(`the Temporal cluster did not answer on ${address} within 120 s; see ${opts.logDir}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * Unlike the dev server, a cluster starts with no namespace: register it (three days' retention of closed
 * projects' histories, the audit trail itself being gongguan's), add the search attributes, and wait until
 * the frontend's namespace cache and visibility answer a list query by them.
 */
async function ensureNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    if (!(await answers(address, namespace))) {
      await connection.workflowService
        .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs('3 days') })
        .catch((err: { code?: number }) => {
          // ALREADY_EXISTS: another process registered it first.
          if (err.code !== 6) throw err;
        });
    }
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await ensureSearchAttributes(connection, namespace);
        await connection.workflowService.listWorkflowExecutions({
          namespace,
          pageSize: 1,
          query: "GgStage = 'applying' AND GgOverdue = false",
        });
        return;
      } catch (err) {
        if (Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  } finally {
    await connection.close();
  }
}

async function startUi(uiServer: string, address: string, opts: ClusterOptions): Promise<ChildProcess> {
  const logFd = openSync(join(opts.logDir, 'temporal-ui.log'), 'a');
  const child = spawn(uiServer, ['--config', UI_CONFIG.dir, '--env', UI_CONFIG.env, 'start'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: address,
      TEMPORAL_UI_PORT: String(opts.uiPort),
      TEMPORAL_DEFAULT_NAMESPACE: opts.namespace,
      TEMPORAL_CODEC_ENDPOINT: opts.uiCodecEndpoint ?? '',
    },
    stdio: ['ignore', logFd, logFd],
  });
  const url = `http://127.0.0.1:${opts.uiPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the Temporal UI server exited with code ${child.exitCode}; see ${opts.logDir}`);
    try {
      if ((await fetch(url)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the Temporal UI did not answer on ${url} within 60 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
