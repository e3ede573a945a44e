// The API process: `npm run api`. Builds the app, listens, and closes cleanly on SIGINT/SIGTERM.
import { Client, Connection } from '@temporalio/client';
import { dataConverter } from '../codec/data-converter';
import { loadKeyring } from '../codec/keys';
import { codecOrigins, loadConfigOrExit } from '../config/env';
import { createPool } from '../db/pool';
import { defaultPolicyRegistry } from '../rules';
import { buildApp } from './app';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const pool = createPool(config.DATABASE_URL, 20);
  // Lazy: the API starts (and reports 503 from /health) even while Temporal is still coming up.
  const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS });
  // Every message the API sends is sealed: only those count in the workflows (contract/sealed-payloads.ts).
  const keyring = loadKeyring(config);
  const temporal = new Client({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: dataConverter(keyring),
  });
  const app = await buildApp({
    pool,
    temporal,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    policies: defaultPolicyRegistry(),
    keyring,
    codecOrigins: codecOrigins(config),
    idempotencyStaleMs: config.IDEMPOTENCY_STALE_MS,
    authCacheMs: config.AUTH_CACHE_MS,
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
    },
  });

  const shutdown = async (signal: string) => {
    app.log.info(`${signal}: closing`);
    await app.close();
    await connection.close().catch(() => undefined);
    await pool.end();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ host: config.API_HOST, port: config.API_PORT });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
