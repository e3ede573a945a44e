// The real API process (api/server.ts) as a child on a free port, so a test can SIGKILL it mid-burst.
import type { ChildProcess } from 'node:child_process';
import { killProcess, spawnProductProcess } from './product-process';
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
  const child = spawnProductProcess(
    'api/server.ts',
    taskQueue,
    { API_PORT: String(apiPort), LOG_LEVEL: 'warn', ...extraEnv },
    ['ignore', 'ignore', 'inherit'],
  );
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
    kill: () => killProcess(child),
  };
}
