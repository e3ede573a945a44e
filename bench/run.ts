// `npm run bench`: throughput, API overhead, scale and history size, measured on this machine against a
// Temporal it starts itself (the dev server, or a cluster on PostgreSQL). Prints a table and writes bench/results/<time>.json. Not part of the tests.
//   BENCH_PROJECTS (200)     lifecycles driven over HTTP per round, and as many baseline workflows
//   BENCH_OPEN (10000)       open projects held at once for the scale figures (0 skips the phase)
//   BENCH_CONCURRENCY (48)   lifecycles in flight: enough to saturate both sides on 2 cores
//   BENCH_ROUNDS (3)         product and baseline alternate, BENCH_PROJECTS each per round
//   BENCH_SAMPLES (200)      updates each way for the API overhead
//   BENCH_SETTLE_MS (35000)  pause before each round, so the last round's timeout timers fire outside it
//   BENCH_PHASES (throughput,api,scale)  which phases run; `scale` alone for the open-project figures
//   GONGGUAN_TEMPORAL (dev)  `cluster` measures a real Temporal cluster on PostgreSQL instead
// Each phase is a module of its own: throughput.ts, api-overhead.ts, scale.ts; report.ts prints them.
import { measureApiOverhead } from './api-overhead';
import { createDriver } from './driver';
import { report } from './report';
import { measureScale } from './scale';
import { benchSettings, log } from './settings';
import { startBenchSystem } from './system';
import { measureThroughput } from './throughput';

async function main(): Promise<void> {
  const settings = benchSettings();
  const system = await startBenchSystem();
  const driver = createDriver(system);
  log(`Temporal: ${system.mode === 'cluster' ? 'the cluster on PostgreSQL' : 'the dev server'}`);
  const { phases } = settings;
  const throughput = phases.has('throughput') ? await measureThroughput(system, driver, settings) : undefined;
  const apiOverhead = phases.has('api') ? await measureApiOverhead(system, driver, settings) : undefined;
  const scale = phases.has('scale') ? await measureScale(system, driver, settings) : undefined;
  report(settings, system.mode, { throughput, apiOverhead, scale });
  log(`reminders delivered to the bench's webhook: ${system.remindersDelivered()}`);
  await system.stop();
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
