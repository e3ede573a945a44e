// The worker process: `npm run worker`. Runs the Temporal worker, the reminder sender and makes sure the
// daily digest Schedule exists; on SIGINT/SIGTERM it drains and exits.
import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { loadConfigOrExit } from '../config/env';
import { createPool } from '../db/pool';
import { createWorker } from './create-worker';
import { ensureDigestSchedule } from './digest-schedule';
import { postWebhook, smtpDelivery, startReminderSender, type Delivery } from './reminder-sender';
import { ensureSearchAttributes } from './search-attributes';

async function run(): Promise<void> {
  const config = loadConfigOrExit();
  const pool = createPool(config.DATABASE_URL, 10);
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    const added = await ensureSearchAttributes(clientConnection, config.TEMPORAL_NAMESPACE);
    if (added.length) console.log(`Registered search attributes: ${added.join(', ')}`);
    const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
    const schedule = await ensureDigestSchedule(client, config.TEMPORAL_TASK_QUEUE, config.DIGEST_CRON);
    console.log(`Daily digest schedule ${schedule} (${config.DIGEST_CRON} Asia/Shanghai)`);
  } finally {
    await clientConnection.close();
  }

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
      maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS,
    });
    console.log(`Worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
    await worker.run();
  } finally {
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
