// `scripts/start`: the whole system on this machine. Starts the Temporal dev server (or, with
// GONGGUAN_TEMPORAL=cluster, a real cluster on PostgreSQL) unless one answers at TEMPORAL_ADDRESS,
// migrates the database, starts worker and API, prints the URLs, and on Ctrl-C stops everything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApiKey, hashKey } from '../api/auth';
import { ensureDevKeyFile } from '../codec/keys';
import { findActiveKeyOwner } from '../db/api-keys';
import { createPool } from '../db/pool';
import { loadConfigOrExit } from '../config/env';
import { migrate } from '../db/migrate';
import { ensureTemporalCli } from './lib/temporal-cli';
import { DEFAULT_CLUSTER_PORTS, startCluster, type Cluster } from './lib/temporal-cluster';
import { answers, startDevServer, stopProcess, type DevServer } from './lib/temporal-dev-server';

const config = loadConfigOrExit();
const log = (line: string) => console.log(`[gongguan] ${line}`);
const children: Array<{ name: string; process: ChildProcess }> = [];
let devServer: DevServer | undefined;
let cluster: Cluster | undefined;
let stopping = false;

async function main(): Promise<void> {
  const address = config.TEMPORAL_ADDRESS;
  let uiUrl: string | null = null;
  await migrate(config.DATABASE_URL, log);
  // A dev machine keeps its codec key in its data folder; production sets GONGGUAN_CODEC_KEYS.
  if (!config.GONGGUAN_CODEC_KEYS) ensureDevKeyFile(config.GONGGUAN_DATA_DIR);
  const apiUrl = `http://${config.API_HOST}:${config.API_PORT}`;
  if (await answers(address, config.TEMPORAL_NAMESPACE)) {
    log(`Using the Temporal server already answering at ${address}`);
  } else if (process.env.TEMPORAL_ADDRESS) {
    throw new Error(
      `TEMPORAL_ADDRESS=${address} does not answer (or lacks namespace ${config.TEMPORAL_NAMESPACE})`,
    );
  } else if (config.GONGGUAN_TEMPORAL === 'cluster') {
    cluster = await startCluster({
      cacheDir: config.GONGGUAN_CACHE_DIR,
      databaseUrl: config.DATABASE_URL,
      databases: { persistence: 'temporal', visibility: 'temporal_visibility' },
      namespace: config.TEMPORAL_NAMESPACE,
      ports: { ...DEFAULT_CLUSTER_PORTS, frontend: Number(address.split(':')[1]) },
      uiPort: config.TEMPORAL_UI_PORT,
      uiCodecEndpoint: `${apiUrl}/codec/${await uiCodecKey()}`,
      logDir: config.GONGGUAN_DATA_DIR,
      log,
    });
    uiUrl = cluster.uiUrl;
  } else {
    const cliPath = await ensureTemporalCli({
      explicitPath: config.TEMPORAL_CLI,
      cacheDir: config.GONGGUAN_CACHE_DIR,
      log,
    });
    const port = Number(address.split(':')[1]);
    devServer = await startDevServer({
      cliPath,
      port,
      uiPort: config.TEMPORAL_UI_PORT,
      dbFile: join(config.GONGGUAN_DATA_DIR, 'temporal.db'),
      namespace: config.TEMPORAL_NAMESPACE,
      logFile: join(config.GONGGUAN_DATA_DIR, 'temporal-server.log'),
      log,
      // The local UI reads histories as the auditor `temporal-ui` (its key is in the endpoint's path,
      // since the dev UI sends no credentials of its own); every decode is recorded.
      uiCodecEndpoint: `${apiUrl}/codec/${await uiCodecKey()}`,
    });
    uiUrl = devServer.uiUrl;
  }

  start('worker', 'worker/main.ts');
  start('api', 'api/server.ts');

  await waitForHealth(`${apiUrl}/health`);
  log('Ready.');
  log(`  API            ${apiUrl}`);
  log(`  API docs       ${apiUrl}/docs`);
  log(`  Temporal UI    ${uiUrl ?? '(the UI of your Temporal cluster)'}`);
  log('Press Ctrl-C to stop.');
}

/** The local UI's API key (an auditor's), made once and kept in the data folder while it stays valid. */
async function uiCodecKey(): Promise<string> {
  const file = join(config.GONGGUAN_DATA_DIR, 'ui-codec-key');
  const pool = createPool(config.DATABASE_URL, 1);
  try {
    if (existsSync(file)) {
      const kept = readFileSync(file, 'utf8').trim();
      if (await findActiveKeyOwner(pool, hashKey(kept))) return kept;
    }
    const key = await createApiKey(pool, {
      userId: 'temporal-ui',
      role: 'auditor',
      name: 'Temporal UI (dev)',
    });
    writeFileSync(file, key, { mode: 0o600 });
    return key;
  } finally {
    await pool.end();
  }
}

function start(name: string, entry: string): void {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TEMPORAL_ADDRESS: config.TEMPORAL_ADDRESS },
  });
  children.push({ name, process: child });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`${name} exited (${signal ?? `code ${code}`}); stopping everything`);
    void shutdown(1);
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not report healthy within 120 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('Stopping...');
  await Promise.all(children.map((c) => stopProcess(c.process)));
  await devServer?.stop();
  await cluster?.stop();
  log('Stopped.');
  process.exit(code);
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

main().catch(async (err: unknown) => {
  console.error(`[gongguan] ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
