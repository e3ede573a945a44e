// Lifecycle throughput: gongguan over HTTP against a bare Temporal workflow of the same shape through the
// client. Rounds alternate the two, so drift on a shared machine (another tenant, the server's growing
// database) falls on both alike; each round's ratio is printed to show the spread.
import { NativeConnection, Worker } from '@temporalio/worker';
import { listEntryWorkflowId } from '../contract/list-entry';
import { projectWorkflowId } from '../contract/project';
import { baselineSignal, baselineUpdate, type BaselineShape } from './baseline-workflow';
import type { Driver, Lifecycle } from './driver';
import {
  averageProfile,
  profileWorkflows,
  shapeOf,
  typicalProfile,
  type HistoryProfile,
} from './history-profile';
import { counterDelta, largestDifferences, type Counters } from './server-metrics';
import { log, type BenchSettings } from './settings';
import {
  cpuSeconds,
  cpuSecondsOf,
  cpuSnapshot,
  pool as runPool,
  round,
  steadyWindow,
  type PoolTrace,
} from './support';
import type { BenchSystem } from './system';

const BASELINE_QUEUE = 'bench-baseline';

interface Side {
  seconds: number;
  steady: { finished: number; seconds: number };
  cpu: Record<string, number>;
  counters: Record<string, number>;
}

const newSide = (): Side => ({ seconds: 0, steady: { finished: 0, seconds: 0 }, cpu: {}, counters: {} });

export async function measureThroughput(system: BenchSystem, driver: Driver, settings: BenchSettings) {
  const { client } = system;
  const { projects: perRound, rounds: roundCount, concurrency } = settings;
  log(`lifecycle throughput: ${roundCount} rounds of ${perRound} projects, concurrency ${concurrency}`);
  // CPU per part of the system: on 2 cores, whichever part burns the most bounds the throughput.
  const cpuParts = {
    temporalServer: () => system.serverPids.reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    worker: () => cpuSeconds(system.worker.pid),
    benchProcess: () => cpuSeconds(process.pid),
    postgres: () => cpuSecondsOf('postgres'),
  };
  const product = newSide();
  const baseline = newSide();
  const lifecycles: Lifecycle[] = [];
  const baselineIds: string[] = [];
  let lifecycleMs = 0;
  let baselineMs = 0;
  /** What a lifecycle asked of Temporal: its project workflow (all runs) and its list entry's. */
  const profileLifecycle = (l: Lifecycle) =>
    profileWorkflows(client, [projectWorkflowId(l.code), listEntryWorkflowId(l.entryId)]);
  let shape: BaselineShape | undefined;
  let productProfiles: HistoryProfile[] = [];
  let projectOnly: HistoryProfile[] = [];
  // The baseline's worker runs in this process, as its client does; created once the shape is known.
  const baselineConnection = await NativeConnection.connect({ address: system.address });
  const baselineRuns: Array<Promise<void>> = [];
  let baselineWorker: Worker | undefined;
  const rounds: Array<{ gongguanProjectsPerS: number; baselineWorkflowsPerS: number; ratio: number }> = [];
  /** One side's round: its rate with the pool full and its CPU, both also added to the side's totals. */
  const measureRound = async <T>(side: Side, job: (i: number) => Promise<T>) => {
    await new Promise((resolve) => setTimeout(resolve, settings.settleMs));
    const countersBefore = await system.serverCounters();
    const cpu = cpuSnapshot(cpuParts);
    const started = Date.now();
    const trace: PoolTrace = { starts: [], ends: [] };
    const results = await runPool(perRound, concurrency, job, trace);
    side.seconds += (Date.now() - started) / 1000;
    const steady = steadyWindow(trace, concurrency);
    addTo(side.steady, steady);
    const roundCpu = cpu();
    addTo(side.cpu, roundCpu);
    const counters = counterDelta(countersBefore, await system.serverCounters());
    addTo(side.counters, Object.fromEntries(counters));
    return { results, rate: steady.finished / steady.seconds, cpu: roundCpu, counters };
  };
  let previousProductCounters: Counters | undefined;
  for (let r = 0; r < roundCount; r++) {
    const productRound = await measureRound(product, async () => {
      const started = performance.now();
      const done = await driver.lifecycle();
      lifecycleMs += performance.now() - started;
      return done;
    });
    lifecycles.push(...productRound.results);

    if (!shape) {
      const sample = lifecycles.slice(0, 10);
      productProfiles = await Promise.all(sample.map(profileLifecycle));
      projectOnly = await Promise.all(
        sample.map((l) => profileWorkflows(client, [projectWorkflowId(l.code)])),
      );
      shape = shapeOf(typicalProfile(productProfiles));
      log(`  per lifecycle, Temporal did: ${JSON.stringify(averageProfile(productProfiles))}`);
      log(`  baseline workflows shaped ${JSON.stringify(shape)}`);
      baselineWorker = await Worker.create({
        connection: baselineConnection,
        taskQueue: BASELINE_QUEUE,
        workflowsPath: new URL('./workflows.ts', import.meta.url).pathname,
        activities: { noop: async (x: number) => x },
        // Sealed like gongguan's payloads, so both sides pay for the codec.
        dataConverter: system.dataConverter,
      });
      baselineRuns.push(baselineWorker.run());
    }

    const roundShape = shape;
    const roundId = `${r}-${Date.now()}`;
    const baselineRound = await measureRound(baseline, async (i) => {
      const started = performance.now();
      const handle = await client.workflow.start('baselineWorkflow', {
        taskQueue: BASELINE_QUEUE,
        workflowId: `baseline-${roundId}-${i}`,
        args: [roundShape],
      });
      for (let u = 0; u < roundShape.updates; u++) await handle.executeUpdate(baselineUpdate, { args: [u] });
      for (let x = 0; x < roundShape.signals; x++) await handle.signal(baselineSignal, x);
      await handle.result();
      baselineMs += performance.now() - started;
      return handle.workflowId;
    });
    baselineIds.push(...baselineRound.results);
    rounds.push({
      gongguanProjectsPerS: round(productRound.rate, 2),
      baselineWorkflowsPerS: round(baselineRound.rate, 2),
      ratio: round(productRound.rate / baselineRound.rate, 3),
    });
    log(`  round ${r + 1}: ${JSON.stringify(rounds.at(-1))}`);
    log(
      `    CPU seconds: gongguan ${JSON.stringify(productRound.cpu)}, baseline ${JSON.stringify(baselineRound.cpu)}`,
    );
    // Where the server's work differs, per lifecycle; against the previous round, where it moved.
    log(
      `    server counters per lifecycle, gongguan vs baseline: ${largestDifferences(productRound.counters, baselineRound.counters, perRound).join('; ')}`,
    );
    if (previousProductCounters)
      log(
        `    gongguan's server counters per lifecycle, this round vs the last: ${largestDifferences(productRound.counters, previousProductCounters, perRound).join('; ')}`,
      );
    previousProductCounters = productRound.counters;
  }
  baselineWorker?.shutdown();
  await Promise.all(baselineRuns);
  await baselineConnection.close();

  const total = perRound * roundCount;
  const productRate = product.steady.finished / product.steady.seconds;
  const baselineRate = baseline.steady.finished / baseline.steady.seconds;
  const throughputRatio = round(productRate / baselineRate, 3);
  log(
    `  gongguan: ${round(productRate, 2)} projects/s with the pool full (${round(total / product.seconds, 2)} over all ${total}, ` +
      `ramp and drain included); a lifecycle took ${round(lifecycleMs / total / 1000, 2)} s, ` +
      `${round(driver.spent.waiting / total / 1000, 2)} s of it waiting for the workflow to move on (${round(driver.spent.polls / total)} polls)`,
  );
  log(`  CPU seconds (API and client in the bench process): ${JSON.stringify(product.cpu)}`);
  log(
    `  baseline: ${round(baselineRate, 2)} workflows/s with the pool full (${round(total / baseline.seconds, 2)} over all), ` +
      `${round(baselineMs / total / 1000, 2)} s each; ratio ${throughputRatio}`,
  );
  // The baseline is shaped from the first lifecycles; the last ones show whether load changed the work
  // (a deadline that passes while a project waits its turn adds reminders, escalations and timers).
  const lastProfiles = await Promise.all(lifecycles.slice(-10).map(profileLifecycle));
  log(
    `  per lifecycle at the end of the last round, Temporal did: ${JSON.stringify(averageProfile(lastProfiles))}`,
  );
  const baselineProfile = averageProfile(
    await Promise.all(baselineIds.slice(0, 10).map((id) => profileWorkflows(client, [id]))),
  );
  log(`  per baseline workflow, Temporal did: ${JSON.stringify(baselineProfile)}`);
  log(`  CPU seconds (baseline worker and client in the bench process): ${JSON.stringify(baseline.cpu)}`);
  // Every process's CPU per lifecycle: steadier from run to run than the rates on a shared machine, and
  // the capacity ratio the rates tend to once both sides are CPU-bound.
  const perLifecycle = (cpu: Record<string, number>) => Object.values(cpu).reduce((a, b) => a + b, 0) / total;
  const cpuPerLifecycle = {
    gongguanS: round(perLifecycle(product.cpu), 3),
    baselineS: round(perLifecycle(baseline.cpu), 3),
    ratio: round(perLifecycle(baseline.cpu) / perLifecycle(product.cpu), 3),
  };
  log(`  CPU per lifecycle, all processes: ${JSON.stringify(cpuPerLifecycle)}`);
  const projectHistory = averageProfile(projectOnly);
  return {
    throughput: {
      gongguanProjectsPerS: round(productRate, 2),
      baselineWorkflowsPerS: round(baselineRate, 2),
      ratio: throughputRatio,
      overAll: {
        gongguanProjectsPerS: round(total / product.seconds, 2),
        baselineWorkflowsPerS: round(total / baseline.seconds, 2),
      },
      rounds,
      shape,
      perLifecycle: averageProfile(productProfiles),
      perLifecycleAtEnd: averageProfile(lastProfiles),
      perBaselineWorkflow: baselineProfile,
      cpuSeconds: { gongguan: product.cpu, baseline: baseline.cpu },
      serverCountersPerLifecycle: {
        gongguan: perLifecycleCounters(product.counters, total),
        baseline: perLifecycleCounters(baseline.counters, total),
      },
      cpuPerLifecycle,
      /** Requests answered 503 (or 409 in flight) and retried with their key, as a client would. */
      retriedRequests: driver.spent.retried,
    },
    history: {
      eventsPerLifecycle: projectHistory.events!,
      runsPerLifecycle: projectHistory.runs!,
      largestRunEvents: projectHistory.largestRunEvents!,
      temporalLimitEvents: 51_200,
    },
  };
}

export type ThroughputResults = Awaited<ReturnType<typeof measureThroughput>>;

const perLifecycleCounters = (counters: Record<string, number>, lifecycles: number) =>
  Object.fromEntries(Object.entries(counters).map(([k, v]) => [k, round(v / lifecycles, 2)]));

function addTo(total: Record<string, number>, part: Record<string, number>): void {
  for (const [k, v] of Object.entries(part)) total[k] = round((total[k] ?? 0) + v);
}
