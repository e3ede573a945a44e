// The real worker process (worker/main.ts) as a child, so a test can SIGKILL it like a crash would.
import type { ChildProcess } from 'node:child_process';
import { killProcess, spawnProductProcess } from './product-process';

export interface WorkerProcess {
  child: ChildProcess;
  kill(): Promise<void>;
}

export async function startWorkerProcess(
  taskQueue: string,
  extraEnv: Record<string, string> = {},
): Promise<WorkerProcess> {
  const child = spawnProductProcess('worker/main.ts', taskQueue, extraEnv, ['ignore', 'pipe', 'pipe']);
  // Piped above, so both streams exist.
  const stdout = child.stdout!;
  const stderr = child.stderr!;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Worker polling')) {
        clearTimeout(timer);
        resolve();
      }
    };
    stdout.on('data', onData);
    stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before polling:\n${output}`));
    });
  });
  stdout.resume();
  stderr.resume();
  return {
    child,
    kill: () => killProcess(child),
  };
}
