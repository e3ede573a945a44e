// Scale: open projects held at once, started over HTTP as PIs would apply, with staff actions on random
// ones at each checkpoint (1,000, 10,000, 20,000, 50,000, 100,000 up to the target, and the target), and
// what the worker holds in memory and the databases on disk.
import { readFileSync } from 'node:fs';
import { applicationBody, enterpriseApplication, listEntry } from '../examples/applications';
import type { Actor } from '../contract/project';
import { benchEvidence, officer, type Driver } from './driver';
import { log, type BenchSettings } from './settings';
import { percentile, pool as runPool, round } from './support';
import type { BenchSystem } from './system';

/**
 * Applications per call-list entry. An entry draws tens of applications, each of which tells the entry's
 * workflow it came; all of them on one entry would measure that one workflow, not the province.
 */
export const APPLICATIONS_PER_ENTRY = 100;

export async function measureScale(system: BenchSystem, driver: Driver, settings: BenchSettings) {
  const { open: target, concurrency, samples } = settings;
  log(`scale: up to ${target} open projects`);
  if (target === 0) log('  skipped (BENCH_OPEN=0)');
  const entries: string[] = [];
  const open: string[] = [];
  const checkpoints = [1_000, 10_000, 20_000, 50_000, 100_000].filter((c) => c <= target);
  if (target > 0 && !checkpoints.includes(target)) checkpoints.push(target);
  const rows: Array<Record<string, number>> = [];
  const retriedBefore = driver.spent.retried;
  const started = Date.now();
  for (const checkpoint of checkpoints) {
    const before = open.length;
    const needed = Math.ceil(checkpoint / APPLICATIONS_PER_ENTRY) - entries.length;
    entries.push(
      ...(await runPool(needed, concurrency, async () => {
        const entry = listEntry({ applicationDeadline: '2099-12-31' });
        await driver.publish(entry);
        return entry.id;
      })),
    );
    const batchStarted = Date.now();
    const codes = await runPool(checkpoint - open.length, concurrency * 2, async (i) => {
      const entryId = entries[Math.floor((before + i) / APPLICATIONS_PER_ENTRY)]!;
      const application = enterpriseApplication();
      const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
      // The driver retries a 503 with the same Idempotency-Key, so a retry never makes a second project.
      return (await driver.call(lead, 'POST', `/lists/${entryId}/applications`, applicationBody(application)))
        .code as string;
    });
    open.push(...codes);
    const startRate = (open.length - before) / ((Date.now() - batchStarted) / 1000);
    const latencies: number[] = [];
    for (let i = 0; i < Math.min(samples, 100); i++) {
      const code = open[Math.floor(Math.random() * open.length)]!;
      const sent = performance.now();
      const pool = (member: boolean) =>
        driver.call(officer, 'POST', `/projects/${code}/project-pool`, {
          member,
          basis: 'bench',
          recommendation: 'bench',
          evidence: benchEvidence,
        });
      await pool(true).catch(() => pool(false));
      latencies.push(performance.now() - sent);
    }
    const memory = workerMemory(system.worker.pid);
    const storage = await system.storageBytes();
    const row = {
      open: open.length,
      startRatePerS: round(startRate),
      actionP50Ms: round(percentile(latencies, 50)),
      actionP99Ms: round(percentile(latencies, 99)),
      workerRssMiB: memory.rss,
      workerPeakRssMiB: memory.peak,
      gongguanDbMiB: round(storage.gongguan / 2 ** 20),
      temporalStoreMiB: round(storage.temporal / 2 ** 20),
    };
    rows.push(row);
    log(
      `  ${row.open} open: ${row.startRatePerS} starts/s, action p50/p99 ${row.actionP50Ms}/${row.actionP99Ms} ms, worker RSS ${row.workerRssMiB} MiB, ` +
        `storage gongguan ${row.gongguanDbMiB} MiB, Temporal ${row.temporalStoreMiB} MiB`,
    );
  }
  return {
    rows,
    totalSeconds: round((Date.now() - started) / 1000),
    retried503: driver.spent.retried - retriedBefore,
  };
}

export type ScaleResults = Awaited<ReturnType<typeof measureScale>>;

function workerMemory(pid: number | undefined): { rss: number; peak: number } {
  if (!pid) return { rss: 0, peak: 0 };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}
