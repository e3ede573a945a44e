// The worker process: `npm run worker`. Runs the Temporal worker, the reminder sender and the check for
// project workflows closed outside the API, and makes sure the daily digest Schedule exists; on
// SIGINT/SIGTERM it drains and exits.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { dataConverter } from '../codec/data-converter';
import { loadKeyring } from '../codec/keys';
import { loadConfigOrExit } from '../config/env';
import { createPool } from '../db/pool';
import { createWorker } from './create-worker';
import { ensureDigestSchedule } from './digest-schedule';
import { postWebhook, smtpDelivery, startReminderSender, type Delivery } from './reminder-sender';
import { startOutsideClosureWatch } from './outside-closures';
import { ensureSearchAttributes } from './search-attributes';

async function run(): Promise<void> {
  const config = loadConfigOrExit();
  const keyring = loadKeyring(config);
  const pool = createPool(config.DATABASE_URL, 10);
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const added = await ensureSearchAttributes(clientConnection, config.TEMPORAL_NAMESPACE);
  if (added.length) console.log(`Registered search attributes: ${added.join(', ')}`);
  const client = new Client({
    connection: clientConnection,
    namespace: config.TEMPORAL_NAMESPACE,
    dataConverter: dataConverter(keyring),
  });
  const schedule = await ensureDigestSchedule(client, config.TEMPORAL_TASK_QUEUE, config.DIGEST_CRON);
  console.log(`Daily digest schedule ${schedule} (${config.DIGEST_CRON} Asia/Shanghai)`);
  const stopWatch = startOutsideClosureWatch(
    { client, pool, taskQueue: config.TEMPORAL_TASK_QUEUE, log: (line) => console.warn(line) },
    config.OUTSIDE_CLOSURE_CHECK_MS,
  );

  const smtp = config.SMTP_URL ? smtpDelivery(config.SMTP_URL, config.REMINDER_FROM) : undefined;
  if (!smtp) console.log('SMTP_URL is not set: reminders go to webhooks and /me/reminders only');
  const delivery: Delivery = smtp ?? { webhook: postWebhook };
  const stopSender = startReminderSender({
    pool,
    scope: config.TEMPORAL_TASK_QUEUE,
    delivery,
    pollMs: config.REMINDER_POLL_MS,
    claimTimeoutMs: config.REMINDER_CLAIM_TIMEOUT_MS,
    log: (line) => console.warn(line),
  });

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const worker = await createWorker({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      pool,
      keyring,
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    });
    console.log(`Worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
    await worker.run();
  } finally {
    await stopWatch();
    await clientConnection.close();
    await stopSender();
    smtp?.close();
    await connection.close();
    await pool.end();
  }
}

run().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
