// A TCP port on 127.0.0.1 nothing listens on now: for servers a test or the bench starts beside others.
import { createServer } from 'node:net';

export const freePort = (): Promise<number> => listenOnce(0);

/** A free port under `limit`, tried at random from 20000 up (where nothing hands out ports by itself). */
export async function freePortBelow(limit: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * (limit - 20_000));
    if (
      await listenOnce(port).then(
        () => true,
        () => false,
      )
    )
      return port;
  }
  throw new Error(`no free port between 20000 and ${limit}`);
}

const listenOnce = (port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
