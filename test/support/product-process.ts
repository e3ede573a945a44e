// Starts one of the product's own entry points as a child process against the suite's servers, and kills
// it the way a crash would. Shared by the worker and API crash tests.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { TEST_CODEC_KEYS } from './codec';

export function spawnProductProcess(
  entry: 'worker/main.ts' | 'api/server.ts',
  taskQueue: string,
  env: Record<string, string>,
  stdio: StdioOptions,
): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      GONGGUAN_CODEC_KEYS: TEST_CODEC_KEYS,
      ...env,
    },
    stdio,
  });
}

/** SIGKILL, as a crash: no shutdown hook runs. Resolves once the process is gone. */
export function killProcess(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
