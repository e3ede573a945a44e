// Long-polling without polling: the transition activity NOTIFYs `project_changed` with `<code>:<version>`
// in its transaction, and one LISTENing connection of the API wakes the requests waiting on that project.
// A notification can be missed while the connection is down, so a waiter re-reads the record after every
// wake-up and at least every `recheckMs`; the notification only makes the answer prompt.
import type { Notification, Pool, PoolClient } from 'pg';
import { PROJECT_CHANGED_CHANNEL } from '../db/channels';

export interface ProjectChangeFeed {
  /**
   * Resolves once `readVersion()` is above `afterVersion` (true) or `timeoutMs` has passed (false).
   * Aborts early (false) when `signal` fires, e.g. the client went away.
   */
  waitForChange(
    code: string,
    afterVersion: number,
    timeoutMs: number,
    readVersion: () => Promise<number | undefined>,
    signal?: AbortSignal,
  ): Promise<boolean>;
  close(): Promise<void>;
}

export function createProjectChangeFeed(
  pool: Pool,
  opts: { recheckMs?: number; log?: (line: string) => void } = {},
): ProjectChangeFeed {
  const recheckMs = opts.recheckMs ?? 5_000;
  const log = opts.log ?? console.warn;
  const waiters = new Map<string, Set<() => void>>();
  let listener: PoolClient | undefined;
  let connecting: Promise<void> | undefined;
  /** Gives the listening connection back to the pool; set while one listens. */
  let retire: (() => Promise<void>) | undefined;
  let closed = false;

  const wakeAll = () => {
    for (const set of waiters.values()) for (const wake of set) wake();
  };

  const listen = (): Promise<void> =>
    (connecting ??= (async () => {
      let client: PoolClient | undefined;
      let lost = false;
      const detach = () => {
        client?.off('notification', onNotification);
        client?.off('error', onError);
        client?.off('end', onEnd);
      };
      const lose = (err?: Error) => {
        if (lost || !client) return;
        lost = true;
        detach();
        client.on('error', () => undefined); // a dying connection may report more than once
        if (listener === client) {
          listener = undefined;
          retire = undefined;
        }
        client.release(err ?? true);
        wakeAll();
      };
      const onError = (err: Error) => {
        log(`Project change feed lost its connection (waiters re-read meanwhile): ${err.message}`);
        lose(err);
      };
      const onEnd = () => lose();
      const onNotification = (msg: Notification) => {
        const code = msg.payload?.slice(0, msg.payload.lastIndexOf(':'));
        for (const wake of waiters.get(code ?? '') ?? []) wake();
      };
      try {
        client = await pool.connect();
        client.on('notification', onNotification);
        client.on('error', onError);
        client.on('end', onEnd);
        await client.query(`LISTEN ${PROJECT_CHANGED_CHANNEL}`);
        if (closed) {
          detach();
          client.release();
        } else if (!lost) {
          listener = client;
          retire = async () => {
            await client?.query(`UNLISTEN ${PROJECT_CHANGED_CHANNEL}`).catch(() => undefined);
            detach();
            client?.release();
          };
        }
      } catch (err) {
        log(`Project change feed cannot LISTEN yet: ${(err as Error).message}`);
        lose(err as Error);
      } finally {
        connecting = undefined;
      }
    })());

  /** Resolves at the next notification for `code`, after `ms`, or on abort; registered before it returns. */
  const nextWake = (code: string, ms: number, signal?: AbortSignal) => {
    let wake!: () => void;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    const set = waiters.get(code) ?? new Set();
    waiters.set(code, set.add(wake));
    const timer = setTimeout(wake, ms);
    signal?.addEventListener('abort', wake, { once: true });
    const done = woken.then(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', wake);
      set.delete(wake);
      if (set.size === 0 && waiters.get(code) === set) waiters.delete(code);
    });
    return { done, cancel: wake };
  };

  return {
    async waitForChange(code, afterVersion, timeoutMs, readVersion, signal) {
      const deadline = Date.now() + timeoutMs;
      if (!listener) await listen();
      for (;;) {
        // Registered before the read, so a change committed in between still wakes this request.
        const wake = nextWake(code, Math.min(recheckMs, Math.max(0, deadline - Date.now())), signal);
        const version = await readVersion().catch((err: unknown) => {
          wake.cancel();
          throw err;
        });
        if (version !== undefined && version > afterVersion) {
          wake.cancel();
          return true;
        }
        await wake.done;
        if (closed || signal?.aborted || Date.now() >= deadline) return false;
        if (!listener) await listen();
      }
    },
    async close() {
      closed = true;
      await connecting;
      wakeAll();
      if (listener) await retire?.();
      listener = undefined;
    },
  };
}
