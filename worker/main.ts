// The worker process: `npm run worker`. Runs until SIGINT/SIGTERM, then drains and exits.
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import pg from 'pg';
import { loadConfigOrExit } from '../config/env';
import { createWorker } from './create-worker';
import { ensureSearchAttributes } from './search-attributes';

async function run(): Promise<void> {
  const config = loadConfigOrExit();
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL, max: 10 });
  const client = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const added = await ensureSearchAttributes(client, config.TEMPORAL_NAMESPACE).finally(() => client.close());
  if (added.length) console.log(`Registered search attributes: ${added.join(', ')}`);

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const worker = await createWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      pool,
    });
    console.log(`Worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
    await worker.run();
  } finally {
    await connection.close();
    await pool.end();
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
