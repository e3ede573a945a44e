// The real API process (api/server.ts) as a child on a free port, so a test can SIGKILL it mid-burst.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { inject } from 'vitest';
import { freePort } from './global-setup';

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  kill(): Promise<void>;
}

export async function startApiProcess(
  taskQueue: string,
  port?: number,
  extraEnv: Record<string, string> = {},
): Promise<ApiProcess> {
  const apiPort = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      DATABASE_URL: inject('databaseUrl'),
      TEMPORAL_TASK_QUEUE: taskQueue,
      API_PORT: String(apiPort),
      LOG_LEVEL: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${apiPort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('API did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    kill: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
