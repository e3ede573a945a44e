// The bench's report: a table of the figures against their goals, and every figure in
// bench/results/<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { ApiOverheadResults } from './api-overhead';
import type { ScaleResults } from './scale';
import { log, type BenchSettings } from './settings';
import type { ThroughputResults } from './throughput';

export interface BenchResults extends ThroughputResults {
  apiOverhead: ApiOverheadResults;
  scale: ScaleResults;
}

export function report(settings: BenchSettings, results: BenchResults): void {
  const at = new Date().toISOString();
  const document = {
    at,
    machine: { cores: cpus().length, node: process.version },
    parameters: {
      projects: settings.projects,
      rounds: settings.rounds,
      open: settings.open,
      concurrency: settings.concurrency,
      samples: settings.samples,
    },
    throughput: results.throughput,
    apiOverhead: results.apiOverhead,
    scale: results.scale,
    history: results.history,
  };
  printTable(results);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const file = join(import.meta.dirname, 'results', `${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  log(`results written to ${file}`);
}

function printTable({ throughput, apiOverhead, scale, history }: BenchResults): void {
  const rows: Array<[string, string, string]> = [
    ['lifecycle throughput (gongguan, HTTP)', `${throughput.gongguanProjectsPerS} projects/s`, ''],
    ['lifecycle throughput (bare Temporal)', `${throughput.baselineWorkflowsPerS} workflows/s`, ''],
    [
      'throughput ratio',
      `${throughput.ratio} (rounds: ${throughput.rounds.map((x) => x.ratio).join(', ')})`,
      'goal ≥ 0.8 (0.9 later)',
    ],
    [
      'CPU per lifecycle, all processes',
      `${throughput.cpuPerLifecycle.gongguanS} s vs ${throughput.cpuPerLifecycle.baselineS} s (ratio ${throughput.cpuPerLifecycle.ratio})`,
      '',
    ],
    ['update via HTTP p50 / p99', `${apiOverhead.httpP50Ms} / ${apiOverhead.httpP99Ms} ms`, ''],
    ['update via client p50 / p99', `${apiOverhead.clientP50Ms} / ${apiOverhead.clientP99Ms} ms`, ''],
    ['API p99 ratio', `${apiOverhead.p99Ratio}`, 'goal ≤ 1.3'],
    ...scale.rows.map((s): [string, string, string] => [
      `${s.open} open projects`,
      `${s.startRatePerS} starts/s, action p50/p99 ${s.actionP50Ms}/${s.actionP99Ms} ms, worker RSS ${s.workerRssMiB} MiB (peak ${s.workerPeakRssMiB})`,
      (s.open ?? 0) >= 10_000 ? 'goal p99 < 200 ms' : '',
    ]),
    [
      'history events per lifecycle',
      `${history.eventsPerLifecycle} in ${history.runsPerLifecycle} runs (largest run ${history.largestRunEvents})`,
      'limit 51,200 per run',
    ],
  ];
  const widths = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  console.log('');
  for (const [what, figure, goal] of rows)
    console.log(`${what.padEnd(widths[0]!)}  ${figure.padEnd(widths[1]!)}  ${goal}`);
  console.log('');
}
