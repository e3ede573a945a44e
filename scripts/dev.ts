// `scripts/start`: the whole system on this machine. Starts the Temporal dev server unless one answers
// at TEMPORAL_ADDRESS, migrates the database, starts worker and API, prints the URLs, and on Ctrl-C
// stops everything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadConfigOrExit } from '../config/env';
import { migrate } from '../db/migrate';
import { ensureTemporalCli } from './lib/temporal-cli';
import { answers, startDevServer, stopProcess, type DevServer } from './lib/temporal-dev-server';

const config = loadConfigOrExit();
const log = (line: string) => console.log(`[gongguan] ${line}`);
const children: Array<{ name: string; process: ChildProcess }> = [];
let devServer: DevServer | undefined;
let stopping = false;

async function main(): Promise<void> {
  const address = config.TEMPORAL_ADDRESS;
  let uiUrl: string | null = null;
  if (await answers(address, config.TEMPORAL_NAMESPACE)) {
    log(`Using the Temporal server already answering at ${address}`);
  } else if (process.env.TEMPORAL_ADDRESS) {
    throw new Error(
      `TEMPORAL_ADDRESS=${address} does not answer (or lacks namespace ${config.TEMPORAL_NAMESPACE})`,
    );
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
    });
    uiUrl = devServer.uiUrl;
  }

  await migrate(config.DATABASE_URL, log);
  start('worker', 'worker/main.ts');
  start('api', 'api/server.ts');

  const apiUrl = `http://${config.API_HOST}:${config.API_PORT}`;
  await waitForHealth(`${apiUrl}/health`);
  log('Ready.');
  log(`  API            ${apiUrl}`);
  log(`  API docs       ${apiUrl}/docs`);
  log(`  Temporal UI    ${uiUrl ?? '(the UI of your Temporal cluster)'}`);
  log('Press Ctrl-C to stop.');
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
  log('Stopped.');
  process.exit(code);
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

main().catch(async (err: unknown) => {
  console.error(`[gongguan] ${err instanceof Error ? err.message : String(err)}`);
  await shutdown(1);
});
