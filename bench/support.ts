// Small helpers of the benchmark: percentiles, a bounded pool of async jobs, the worker process.
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer as createHttpServer, request } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export { freePort } from '../scripts/lib/free-port';

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

// The bench's staff client: node:http on kept-alive sockets. fetch would do, but costs this machine
// ~200 µs more CPU per request, which would be charged to gongguan's side of the comparison.
const keepAlive = new Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request with a JSON answer. */
export function httpJson(
  url: string,
  opts: { method: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method, headers: opts.headers, agent: keepAlive }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> });
        } catch (err) {
          reject(new Error(`${opts.method} ${url}: ${res.statusCode} answered non-JSON: ${String(err)}`));
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** When each job of a pool started and ended (ms, performance.now()). */
export interface PoolTrace {
  starts: number[];
  ends: number[];
}

/**
 * Runs `count` jobs, at most `concurrency` at a time; results in job order. Prints progress, and
 * records when each job started and ended in `trace`, if given.
 */
export async function pool<T>(
  count: number,
  concurrency: number,
  job: (i: number) => Promise<T>,
  trace?: PoolTrace,
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  let done = 0;
  const step = Math.max(1, Math.floor(count / 10));
  const lane = async () => {
    while (next < count) {
      const i = next++;
      trace?.starts.push(performance.now());
      results[i] = await job(i);
      trace?.ends.push(performance.now());
      if (++done % step === 0) console.log(`[bench]   ${done}/${count}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return results;
}

/**
 * The jobs that finished while the pool was full, and how long that was. The window opens when as many
 * jobs have ended as there are lanes (the first wave, all started together, is over) and closes at the
 * last job's start (from then on lanes fall idle). Ramp-up and drain are left out: the drain lasts as
 * long as one job, so counting it would charge a longer job twice, in its rate and again as an idle tail.
 */
export function steadyWindow(
  { starts, ends }: PoolTrace,
  lanes: number,
): { finished: number; seconds: number } {
  const from = ends[lanes - 1];
  const to = Math.max(...starts);
  if (from === undefined || to <= from) return { finished: 0, seconds: 0 };
  return { finished: ends.filter((t) => t > from && t <= to).length, seconds: (to - from) / 1000 };
}

/** The real worker process (worker/main.ts), so its memory is measured on its own. */
export async function spawnWorker(opts: {
  address: string;
  databaseUrl: string;
  taskQueue: string;
  codecKeys: string;
}): Promise<ChildProcess> {
  // BENCH_WORKER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the worker.
  const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'worker/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: {
      ...process.env,
      TEMPORAL_ADDRESS: opts.address,
      DATABASE_URL: opts.databaseUrl,
      TEMPORAL_TASK_QUEUE: opts.taskQueue,
      GONGGUAN_CODEC_KEYS: opts.codecKeys,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Worker polling')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
  child.stdout.resume();
  return child;
}

/**
 * CPU seconds (user + system) used so far by a process, from /proc; with `reapedChildren`, also by its
 * children that have exited.
 */
export function cpuSeconds(pid: number | undefined, reapedChildren = false): number {
  if (!pid) return 0;
  try {
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (reapedChildren ? own + Number(fields[13]) + Number(fields[14]) : own) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by every process with this command name. PostgreSQL backends come and go
 * with connections: the postmaster's count of its exited children keeps their share in the total.
 */
export function cpuSecondsOf(command: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === command)
        total += cpuSeconds(Number(pid), true);
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

const CLOCK_TICKS = 100;

/** CPU seconds each part of the system spent between two snapshots. */
export function cpuSnapshot(parts: Record<string, () => number>): () => Record<string, number> {
  const before = Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, f()]));
  return () =>
    Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, Math.round((f() - before[k]!) * 10) / 10]));
}

/** A webhook that takes reminders as a person's endpoint would (204), counting them. */
export async function startReminderInbox(): Promise<{
  url: string;
  received(): number;
  close(): Promise<void>;
}> {
  let received = 0;
  const server = createHttpServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/reminders`,
    received: () => received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
