// The workflow code's CPU per lifecycle, without a server: replays a stored history (by default a whole
// lifecycle in one run) n times and prints milliseconds per replay. Seconds per try, where the full bench
// takes minutes and moves ±0.1 from run to run; `node --cpu-prof` on it shows where the time goes.
//   node --import tsx bench/replay-cost.ts [history file in test/histories] [n]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { bundleWorkflows } from '../worker/create-worker';

const file = process.argv[2] ?? 'own-window-project-one-run-lifecycle.run1.json';
const n = Number(process.argv[3] ?? 100);
const history: unknown = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'test', 'histories', file), 'utf8'),
);
const workflowBundle = await bundleWorkflows();

async function replay(count: number): Promise<{ wallMs: number; cpuMs: number }> {
  const histories = Array.from({ length: count }, (_, i) => ({ workflowId: `replay-${i}`, history }));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for await (const result of Worker.runReplayHistories({ workflowBundle }, histories))
    if (result.error) throw result.error;
  const used = process.cpuUsage(cpu);
  return {
    wallMs: Math.round(((performance.now() - started) / count) * 10) / 10,
    cpuMs: Math.round(((used.user + used.system) / 1000 / count) * 10) / 10,
  };
}

await replay(10); // warm-up: the first replays compile the bundle's code
console.log(`${file}: ${JSON.stringify(await replay(n))} per replay (${n} replays)`);
