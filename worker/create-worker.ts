// Builds a worker from injected parts, so `worker/main.ts` and the tests run the same wiring.
import {
  NativeConnection,
  Worker,
  bundleWorkflowCode,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { Pool } from 'pg';
import { createActivities } from '../activities';
import { PAYLOAD_CONVERTER_PATH, dataConverter } from '../codec/data-converter';
import type { Keyring } from '../codec/keys';

export const WORKFLOWS_PATH = new URL('../workflows/index.ts', import.meta.url).pathname;

/** Bundling takes seconds: tests bundle once per file and share the bundle between workers. */
export const bundleWorkflows = (): Promise<WorkflowBundleWithSourceMap> =>
  bundleWorkflowCode({
    workflowsPath: WORKFLOWS_PATH,
    // Inside workflows, the converter marks the messages the codec found sealed.
    payloadConverterPath: PAYLOAD_CONVERTER_PATH,
    logger: quietBundlerLogger,
  });

const quietBundlerLogger = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message: string) => console.warn(message),
  error: (message: string) => console.error(message),
};

export interface WorkerParts {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  pool: Pool;
  /** The codec's keys: the worker seals what it writes and opens what the API sealed. */
  keyring: Keyring;
  workflowBundle?: WorkflowBundleWithSourceMap;
  maxCachedWorkflows?: number;
}

export async function createWorker(parts: WorkerParts): Promise<Worker> {
  return Worker.create({
    connection: parts.connection,
    namespace: parts.namespace,
    taskQueue: parts.taskQueue,
    workflowBundle: parts.workflowBundle ?? (await bundleWorkflows()),
    dataConverter: dataConverter(parts.keyring),
    activities: createActivities({ pool: parts.pool }),
    ...(parts.maxCachedWorkflows === undefined ? {} : { maxCachedWorkflows: parts.maxCachedWorkflows }),
  });
}
