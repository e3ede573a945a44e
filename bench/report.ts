// The bench's report: a table of the figures against their goals, and every figure in
// bench/results/<time>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { ApiOverheadResults } from './api-overhead';
import type { ScaleResults } from './scale';
import { log, type BenchSettings } from './settings';
import type { ThroughputResults } from './throughput';

export interface BenchResults {
  throughput?: ThroughputResults;
  apiOverhead?: ApiOverheadResults;
  scale?: ScaleResults;
}

type Row = [string, string, string];

export function report(settings: BenchSettings, mode: 'dev' | 'cluster', results: BenchResults): void {
  const at = new Date().toISOString();
  const document = {
    at,
    temporal: mode,
    machine: { cores: cpus().length, node: process.version },
    parameters: {
      phases: [...settings.phases],
      projects: settings.projects,
      rounds: settings.rounds,
      open: settings.open,
      concurrency: settings.concurrency,
      samples: settings.samples,
    },
    throughput: results.throughput?.throughput,
    apiOverhead: results.apiOverhead,
    scale: results.scale,
    history: results.throughput?.history,
  };
  printTable(mode, results);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const file = join(import.meta.dirname, 'results', `${at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  log(`results written to ${file}`);
}

function printTable(mode: 'dev' | 'cluster', { throughput: t, apiOverhead, scale }: BenchResults): void {
  const rows: Row[] = [
    [
      'Temporal',
      mode === 'cluster' ? 'cluster on PostgreSQL (4 service processes)' : 'dev server (SQLite)',
      '',
    ],
  ];
  if (t) {
    const { throughput, history } = t;
    rows.push(
      ['lifecycle throughput (gongguan, HTTP)', `${throughput.gongguanProjectsPerS} projects/s`, ''],
      ['lifecycle throughput (bare Temporal)', `${throughput.baselineWorkflowsPerS} workflows/s`, ''],
      [
        'throughput ratio',
        `${throughput.ratio} (rounds: ${throughput.rounds.map((x) => x.ratio).join(', ')})`,
        'goal ≥ 0.9',
      ],
      ['requests retried after a 503', `${throughput.retriedRequests}`, ''],
      [
        'CPU per lifecycle, all processes',
        `${throughput.cpuPerLifecycle.gongguanS} s vs ${throughput.cpuPerLifecycle.baselineS} s (ratio ${throughput.cpuPerLifecycle.ratio})`,
        '',
      ],
      [
        'history events per lifecycle',
        `${history.eventsPerLifecycle} in ${history.runsPerLifecycle} runs (largest run ${history.largestRunEvents})`,
        'limit 51,200 per run',
      ],
    );
  }
  if (apiOverhead)
    rows.push(
      ['update via HTTP p50 / p99', `${apiOverhead.httpP50Ms} / ${apiOverhead.httpP99Ms} ms`, ''],
      ['update via client p50 / p99', `${apiOverhead.clientP50Ms} / ${apiOverhead.clientP99Ms} ms`, ''],
      ['API p99 ratio', `${apiOverhead.p99Ratio}`, 'goal ≤ 1.2'],
    );
  for (const s of scale?.rows ?? [])
    rows.push([
      `${s.open} open projects`,
      `${s.startRatePerS} starts/s, action p50/p99 ${s.actionP50Ms}/${s.actionP99Ms} ms, worker RSS ${s.workerRssMiB} MiB (peak ${s.workerPeakRssMiB}), ` +
        `on disk gongguan ${s.gongguanDbMiB} MiB, Temporal ${s.temporalStoreMiB} MiB`,
      '',
    ]);
  const widths = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  console.log('');
  for (const [what, figure, goal] of rows)
    console.log(`${what.padEnd(widths[0]!)}  ${figure.padEnd(widths[1]!)}  ${goal}`);
  console.log('');
}
