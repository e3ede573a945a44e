// Brings up the real parts the suite needs, once per run: a Temporal dev server, or with
// GONGGUAN_TEMPORAL=cluster a real cluster on PostgreSQL (built on first use, cached outside the clone),
// and a fresh test database with every migration applied. Leaves nothing running: the server is stopped
// and its files removed in teardown.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseName, parseConfig, withDatabase } from '../../config/env';
import { migrate } from '../../db/migrate';
import { ensureTemporalCli } from '../../scripts/lib/temporal-cli';
import { freePort } from '../../scripts/lib/free-port';
import { freeClusterPorts, startCluster, type Cluster } from '../../scripts/lib/temporal-cluster';
import { startDevServer, type DevServer } from '../../scripts/lib/temporal-dev-server';

declare module 'vitest' {
  export interface ProvidedContext {
    temporalAddress: string;
    temporalNamespace: string;
    databaseUrl: string;
    temporalCliPath: string;
    /** The kind of Temporal the suite runs on (GONGGUAN_TEMPORAL). */
    temporalMode: 'dev' | 'cluster';
  }
}

const log = (line: string) => console.log(`[test setup] ${line}`);

/** The suite's own cluster databases, made afresh each run beside the test database. */
const TEST_CLUSTER_DATABASES = { persistence: 'temporal_test', visibility: 'temporal_visibility_test' };

export { freePort };

async function recreateDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject) {
  const config = parseConfig(process.env);
  const testDatabaseUrl = withDatabase(config.DATABASE_URL, `${databaseName(config.DATABASE_URL)}_test`);
  await recreateDatabase(testDatabaseUrl);
  await migrate(testDatabaseUrl, log);

  const cliPath = await ensureTemporalCli({
    explicitPath: config.TEMPORAL_CLI,
    cacheDir: config.GONGGUAN_CACHE_DIR,
    log,
  });
  let server: DevServer | Cluster | undefined;
  let dataDir: string | undefined;
  let address: string;
  if (process.env.TEMPORAL_ADDRESS) {
    address = config.TEMPORAL_ADDRESS;
    log(`Using the Temporal server at ${address}`);
  } else if (config.GONGGUAN_TEMPORAL === 'cluster') {
    dataDir = mkdtempSync(join(tmpdir(), 'gongguan-test-'));
    server = await startCluster({
      cacheDir: config.GONGGUAN_CACHE_DIR,
      databaseUrl: testDatabaseUrl,
      databases: TEST_CLUSTER_DATABASES,
      fresh: true,
      namespace: config.TEMPORAL_NAMESPACE,
      ports: await freeClusterPorts(),
      uiPort: null,
      logDir: dataDir,
      log,
    });
    address = server.address;
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'gongguan-test-'));
    server = await startDevServer({
      cliPath,
      port: await freePort(),
      uiPort: null,
      dbFile: join(dataDir, 'temporal.db'),
      namespace: config.TEMPORAL_NAMESPACE,
      logFile: join(dataDir, 'temporal.log'),
      log,
    });
    address = server.address;
  }

  project.provide('temporalAddress', address);
  project.provide('temporalNamespace', config.TEMPORAL_NAMESPACE);
  project.provide('databaseUrl', testDatabaseUrl);
  project.provide('temporalCliPath', cliPath);
  project.provide('temporalMode', config.GONGGUAN_TEMPORAL);

  return async () => {
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
