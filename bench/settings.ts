// The bench's knobs, from the environment (README, Performance), checked once before anything starts.
export interface BenchSettings {
  /** Lifecycles driven over HTTP per round, and as many baseline workflows. */
  projects: number;
  /** Open projects held at once for the scale figures; 0 skips the scale phase. */
  open: number;
  /** Lifecycles in flight: enough to saturate both sides on 2 cores. */
  concurrency: number;
  /** Product and baseline alternate, `projects` each per round. */
  rounds: number;
  /** Updates each way in the API-overhead phase; actions per checkpoint in the scale phase (up to 100). */
  samples: number;
  /**
   * Pause before each round. Every activity and workflow task leaves a timeout timer on the server, which
   * fires (and finds nothing to do) up to 30 s later, the activities' start-to-close timeout on both
   * sides: without a pause, each round paid for the tail of the round before it, the other side's.
   */
  settleMs: number;
  /** Which phases run (BENCH_PHASES, comma-separated): the scale phase may run on its own. */
  phases: Set<BenchPhase>;
}

export const BENCH_PHASES = ['throughput', 'api', 'scale'] as const;
export type BenchPhase = (typeof BENCH_PHASES)[number];

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const int = (name: string, fallback: number) => Number(env[name] ?? fallback);
  const settings: BenchSettings = {
    projects: int('BENCH_PROJECTS', 200),
    open: int('BENCH_OPEN', 10_000),
    concurrency: int('BENCH_CONCURRENCY', 48),
    rounds: int('BENCH_ROUNDS', 3),
    samples: int('BENCH_SAMPLES', 200),
    settleMs: int('BENCH_SETTLE_MS', 35_000),
    phases: new Set((env.BENCH_PHASES ?? BENCH_PHASES.join(',')).split(',') as BenchPhase[]),
  };
  const unknown = [...settings.phases].filter((p) => !BENCH_PHASES.includes(p));
  if (unknown.length || settings.phases.size === 0) {
    console.error(`BENCH_PHASES takes some of ${BENCH_PHASES.join(', ')} (got ${env.BENCH_PHASES})`);
    process.exit(2);
  }
  if (settings.phases.has('throughput') && settings.projects <= 2 * settings.concurrency) {
    // The pool is full from the first wave's last end to the last start, which comes when N - concurrency
    // lifecycles have ended: two waves or fewer leave no time to measure a rate in.
    console.error(
      `BENCH_PROJECTS (${settings.projects}) must be more than twice BENCH_CONCURRENCY (${settings.concurrency})`,
    );
    process.exit(2);
  }
  return settings;
}

export const log = (line: string): void => console.log(`[bench] ${line}`);
