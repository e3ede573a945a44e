// What a test file needs to talk to the real server and database: connections, a worker on its own task
// queue (bundled once per file), and the API app built from the same parts.
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, type Worker } from '@temporalio/worker';
import type pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../api/app';
import { createPool } from '../../db/pool';
import { createApiKey } from '../../api/auth';
import type { Actor } from '../../contract/project';
import { PolicyRegistry, type PolicyVersion, DEFAULT_POLICY } from '../../rules';
import { bundleWorkflows, createWorker } from '../../worker/create-worker';
import { startReminderSender, type Delivery } from '../../worker/reminder-sender';
import { dataConverter } from '../../codec/data-converter';
import { testKeyring } from './codec';

export interface Harness {
  pool: pg.Pool;
  client: Client;
  taskQueue: string;
  namespace: string;
  startWorker(): Promise<{ worker: Worker; stop(): Promise<void> }>;
  /**
   * The API app. Its projects begin a new run at every phase boundary unless `continueAsNewAfterEvents`
   * says otherwise (undefined: the product's default), so the suite crosses continue-as-new everywhere.
   */
  buildApp(
    policies?: PolicyVersion[],
    opts?: { continueAsNewAfterEvents?: number | undefined; codecOrigins?: string[] },
  ): ReturnType<typeof buildApp>;
  /** The reminder sender of the worker process, for this harness's task queue. */
  startSender: (delivery: Delivery, pollMs?: number) => () => Promise<void>;
  /** Headers of an API key acting as `actor` (one per actor), for `organisations` (R7) when given. */
  as: (actor: Actor, organisations?: string[]) => Promise<Record<string, string>>;
  close(): Promise<void>;
}

// Worker state changes at INFO drown the test output; warnings and errors still show.
Runtime.install({ logger: new DefaultLogger('WARN') });

let bundle: Awaited<ReturnType<typeof bundleWorkflows>> | undefined;

/** The suite's server and database, unless a fault test brings its own. */
export async function createHarness(
  over: { temporalAddress?: string; databaseUrl?: string } = {},
): Promise<Harness> {
  const namespace = inject('temporalNamespace');
  const address = over.temporalAddress ?? inject('temporalAddress');
  const pool = createPool(over.databaseUrl ?? inject('databaseUrl'), 10, () => undefined);
  const connection = await Connection.connect({ address });
  const keyring = testKeyring();
  // The suite's own client acts as the API does: its messages are sealed.
  const client = new Client({ connection, namespace, dataConverter: dataConverter(keyring) });
  const taskQueue = `test-${randomUUID()}`;
  const nativeConnections: NativeConnection[] = [];
  const running: Array<Promise<void>> = [];
  const workers: Worker[] = [];
  const keys = new Map<string, string>();
  const senders: Array<() => Promise<void>> = [];

  return {
    pool,
    client,
    taskQueue,
    namespace,
    async startWorker() {
      bundle ??= await bundleWorkflows();
      const native = await NativeConnection.connect({ address });
      nativeConnections.push(native);
      const worker = await createWorker({
        connection: native,
        namespace,
        taskQueue,
        pool,
        keyring,
        workflowBundle: bundle,
      });
      workers.push(worker);
      const run = worker.run();
      running.push(run);
      return {
        worker,
        async stop() {
          if (worker.getState() === 'RUNNING') worker.shutdown();
          await run;
        },
      };
    },
    buildApp(policies = [DEFAULT_POLICY], opts = { continueAsNewAfterEvents: 0 }) {
      return buildApp({
        pool,
        temporal: client,
        taskQueue,
        policies: new PolicyRegistry(policies, policies[0]!.id),
        keyring,
        codecOrigins: opts.codecOrigins ?? ['http://127.0.0.1:8233'],
        continueAsNewAfterEvents: opts.continueAsNewAfterEvents,
      });
    },
    startSender(delivery, pollMs = 200) {
      const stop = startReminderSender({ pool, scope: taskQueue, delivery, pollMs });
      senders.push(stop);
      return stop;
    },
    async as(actor, organisations = []) {
      const id = `${actor.id}/${actor.role}/${organisations.join(',')}`;
      let key = keys.get(id);
      if (!key) {
        key = await createApiKey(pool, { userId: actor.id, role: actor.role, name: actor.id, organisations });
        keys.set(id, key);
      }
      return { authorization: `Bearer ${key}` };
    },
    async close() {
      await Promise.all(senders.map((stop) => stop()));
      for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
      await Promise.allSettled(running);
      await Promise.all(nativeConnections.map((c) => c.close()));
      await connection.close();
      await pool.end();
    },
  };
}

/** Polls until check returns a value (visibility and read models are eventually consistent). */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline)
      throw new Error(
        `condition not met within ${timeoutMs} ms: ${lastError instanceof Error ? lastError.message : 'no value yet'}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

export const uniqueId = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;
