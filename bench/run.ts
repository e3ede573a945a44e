// `npm run bench`: throughput, API overhead, scale and history size, measured on this machine against a
// dev server it starts itself. Prints a table and writes bench/results/<time>.json. Not part of the tests.
//   BENCH_PROJECTS (200)  lifecycles driven over HTTP per round, and as many baseline workflows
//   BENCH_OPEN (10000)    open projects held at once for the scale figures
//   BENCH_CONCURRENCY (48)  lifecycles in flight: enough to saturate both sides on 2 cores
//   BENCH_ROUNDS (3)        product and baseline alternate, BENCH_PROJECTS each per round
//   BENCH_SAMPLES (200)
//   BENCH_SETTLE_MS (35000)  pause before each round, so the last round's timeout timers fire outside it
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import pg from 'pg';
import { buildApp } from '../api/app';
import { createApiKey } from '../api/auth';
import { databaseName, parseConfig, withDatabase } from '../config/env';
import { listEntryWorkflowId } from '../contract/list-entry';
import { projectWorkflowId, setProjectPoolUpdate, type Actor } from '../contract/project';
import { migrate } from '../db/migrate';
import { createPool } from '../db/pool';
import { PolicyRegistry, wan } from '../rules';
import { ensureTemporalCli } from '../scripts/lib/temporal-cli';
import { startDevServer, stopProcess } from '../scripts/lib/temporal-dev-server';
import { applicationBody, enterpriseApplication, listEntry } from '../test/support/fixtures';
import { baselineSignal, baselineUpdate, type BaselineShape } from './baseline-workflow';
import { benchMilestoneDueAt, benchPolicy, BENCH_POLICY_ID } from './policy';
import { counterDelta, largestDifferences, scrapeCounters, type Counters } from './server-metrics';
import {
  averageProfile,
  profileWorkflows,
  shapeOf,
  typicalProfile,
  type HistoryProfile,
} from './history-profile';
import {
  cpuSeconds,
  cpuSecondsOf,
  cpuSnapshot,
  freePort,
  httpJson,
  percentile,
  pool as runPool,
  round,
  startReminderInbox,
  steadyWindow,
  type PoolTrace,
  spawnWorker,
} from './support';

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const N = int('BENCH_PROJECTS', 200);
const OPEN = int('BENCH_OPEN', 10_000);
const CONCURRENCY = int('BENCH_CONCURRENCY', 48);
const ROUNDS = int('BENCH_ROUNDS', 3);
const SAMPLES = int('BENCH_SAMPLES', 200);
// Every activity and workflow task leaves a timeout timer on the server, which fires (and finds nothing to
// do) up to 30 s later, the activities' start-to-close timeout on both sides. Without a pause, each round
// paid for the tail of the round before it, the other side's.
const SETTLE_MS = int('BENCH_SETTLE_MS', 35_000);
const log = (line: string) => console.log(`[bench] ${line}`);
if (N <= 2 * CONCURRENCY) {
  // The pool is full from the first wave's last end to the last start, which comes when N - concurrency
  // lifecycles have ended: two waves or fewer leave no time to measure a rate in.
  console.error(`BENCH_PROJECTS (${N}) must be more than twice BENCH_CONCURRENCY (${CONCURRENCY})`);
  process.exit(2);
}

async function main() {
  const config = parseConfig(process.env);
  const databaseUrl = withDatabase(config.DATABASE_URL, `${databaseName(config.DATABASE_URL)}_bench`);
  // One bench at a time: a second one would drop this one's database from under its worker, and the two
  // would share the cores either measures. The lock is the admin session's, held until the bench exits.
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  const { rows } = await admin.query<{ locked: boolean }>(
    "SELECT pg_try_advisory_lock(hashtext('gongguan bench')) AS locked",
  );
  if (!rows[0]!.locked) {
    console.error('Another bench is running against this PostgreSQL; run one at a time.');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'gongguan-bench-'));
  const cliPath = await ensureTemporalCli({
    explicitPath: config.TEMPORAL_CLI,
    cacheDir: config.GONGGUAN_CACHE_DIR,
    log,
  });
  const metricsPort = await freePort();
  const serverCounters = () => scrapeCounters(`http://127.0.0.1:${metricsPort}/metrics`);
  const server = await startDevServer({
    cliPath,
    port: await freePort(),
    metricsPort,
    uiPort: null,
    dbFile: join(dir, 'temporal.db'),
    namespace: config.TEMPORAL_NAMESPACE,
    logFile: join(dir, 'temporal.log'),
    log,
  });
  // The server and the worker go with the bench, even when it fails or is interrupted.
  process.on('exit', () => server.process.kill('SIGKILL'));
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName(databaseUrl)}" WITH (FORCE)`);
  await migrate(databaseUrl);
  const db = createPool(databaseUrl, 20);
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const productQueue = 'bench-product';
  const worker = await spawnWorker({ address: server.address, databaseUrl, taskQueue: productQueue });
  process.on('exit', () => worker.kill('SIGKILL'));
  const app = await buildApp({
    pool: db,
    temporal: client,
    taskQueue: productQueue,
    policies: new PolicyRegistry([benchPolicy()], BENCH_POLICY_ID),
  });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  const api = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 12; i++) {
    await db.query('INSERT INTO experts (id, name, organisation_id, from_enterprise) VALUES ($1,$2,$3,$4)', [
      `bx-${i}`,
      `Expert ${i}`,
      `inst-${i}`,
      i % 3 === 0,
    ]);
  }
  // Staff and experts can be reached, as in practice: their reminders go to a webhook here rather than
  // into the sender's retries for a missing contact.
  const inbox = await startReminderInbox();
  const reachable: Array<[string, string]> = [
    ['bench-officer', 'programmeOfficer'],
    ...Array.from({ length: 12 }, (_, i): [string, string] => [`bx-${i}`, 'expert']),
  ];
  for (const [id, role] of reachable)
    await db.query('INSERT INTO contacts (user_id, role, name, webhook_url) VALUES ($1,$2,$3,$4)', [
      id,
      role,
      id,
      inbox.url,
    ]);
  const keys = new Map<string, string>();
  const auth = async (actor: Actor) => {
    const id = `${actor.id}/${actor.role}`;
    if (!keys.has(id))
      keys.set(id, await createApiKey(db, { userId: actor.id, role: actor.role, name: actor.id }));
    return { authorization: `Bearer ${keys.get(id)}`, 'content-type': 'application/json' };
  };
  const officer: Actor = { id: 'bench-officer', role: 'programmeOfficer' };
  const call = async (
    actor: Actor,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await httpJson(`${api}${path}`, {
      method,
      headers: { ...(await auth(actor)), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 400)
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
    return res.json;
  };
  type ProjectRecord = { stage: string; pendingActions: Array<{ action: string; ownerId?: string }> };
  // Where a lifecycle's time goes: waiting for the workflow to move on, versus the HTTP calls themselves.
  const spent = { lifecycles: 0, waiting: 0, polls: 0 };
  /**
   * Waits for the project to reach a state, long-polling its record as a staff client would: stage and
   * pending actions are in the record, so the client leaves out the live status (one query less each).
   */
  const until = async <T>(code: string, check: (record: ProjectRecord) => T | undefined): Promise<T> => {
    const t = performance.now();
    try {
      for (let query = ''; ;) {
        spent.polls++;
        const project = await call(officer, 'GET', `/projects/${code}?live=false${query}`);
        const v = check(project as unknown as ProjectRecord);
        if (v !== undefined) return v;
        query = `&afterVersion=${project.version as number}&waitMs=10000`;
      }
    } finally {
      spent.waiting += performance.now() - t;
    }
  };
  const evidence = { procedure: 'collectiveDecision', basis: 'bench', decidedBy: ['bench-officer'] };

  /** One whole lifecycle over HTTP, as staff, experts and the PI would drive it. */
  async function lifecycle(): Promise<Lifecycle> {
    const entry = listEntry();
    await call(officer, 'POST', '/lists', entry);
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const { code } = (await call(
      lead,
      'POST',
      `/lists/${entry.id}/applications`,
      applicationBody(application),
    )) as { code: string };
    const experts = await until(code, (p) => {
      const ids = p.pendingActions.filter((a) => a.action === 'submitReviewScore').map((a) => a.ownerId!);
      return ids.length ? ids : undefined;
    });
    for (const expertId of experts)
      await call({ id: expertId, role: 'expert' }, 'POST', `/projects/${code}/review-scores`, {
        expertId,
        score: 80,
      });
    await until(code, (p) => (p.stage === 'decision' ? true : undefined));
    await call(officer, 'POST', `/projects/${code}/decision`, {
      outcome: 'approve',
      approvedSubsidy: wan(80),
      evidence,
    });
    const due = benchMilestoneDueAt();
    await call(officer, 'POST', `/projects/${code}/contract`, {
      milestones: [{ id: 'M1', title: 'M1', dueAt: due }],
      contractEndsAt: due,
    });
    await call(officer, 'POST', `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'ok',
    });
    await until(code, (p) => (p.stage === 'acceptance' ? true : undefined));
    await call(officer, 'POST', `/projects/${code}/acceptance`, {
      passed: true,
      financialFinalAccount: 'FA',
      evidence,
    });
    for (const year of [1, 2, 3]) {
      await call(lead, 'POST', `/projects/${code}/post-evaluation-reports`, {
        year,
        representativeResults: 'r',
        economicAndSocialBenefits: 'b',
      });
    }
    await until(code, (p) => (p.stage === 'closed' ? true : undefined));
    return { code, entryId: entry.id };
  }

  // ---- 1. Lifecycle throughput: gongguan over HTTP vs the bare baseline through the client.
  // Rounds alternate the two, so drift on a shared machine (another tenant, the server's growing
  // database) falls on both alike; each round's ratio is printed to show the spread.
  log(`lifecycle throughput: ${ROUNDS} rounds of ${N} projects, concurrency ${CONCURRENCY}`);
  // CPU per part of the system: on 2 cores, whichever part burns the most bounds the throughput.
  const cpuParts = {
    temporalServer: () => cpuSeconds(server.process.pid),
    worker: () => cpuSeconds(worker.pid),
    benchProcess: () => cpuSeconds(process.pid),
    postgres: () => cpuSecondsOf('postgres'),
  };
  const product = {
    seconds: 0,
    steady: { finished: 0, seconds: 0 },
    cpu: {} as Record<string, number>,
    counters: {} as Record<string, number>,
    lifecycles: [] as Lifecycle[],
  };
  const baseline = {
    seconds: 0,
    steady: { finished: 0, seconds: 0 },
    cpu: {} as Record<string, number>,
    counters: {} as Record<string, number>,
    ids: [] as string[],
    ms: 0,
  };
  /** What a lifecycle asked of Temporal: its project workflow (all runs) and its list entry's. */
  const profileLifecycle = (l: Lifecycle) =>
    profileWorkflows(client, [projectWorkflowId(l.code), listEntryWorkflowId(l.entryId)]);
  let shape: BaselineShape | undefined;
  let productProfiles: HistoryProfile[] = [];
  let projectOnly: HistoryProfile[] = [];
  // The baseline's worker runs in this process, as its client does; created once the shape is known.
  const baselineConnection = await NativeConnection.connect({ address: server.address });
  const baselineRuns: Array<Promise<void>> = [];
  let baselineWorker: Worker | undefined;
  const rounds: Array<{ gongguanProjectsPerS: number; baselineWorkflowsPerS: number; ratio: number }> = [];
  /** One side's round: its rate with the pool full and its CPU, both also added to the side's totals. */
  const measureRound = async <T>(side: typeof product | typeof baseline, job: (i: number) => Promise<T>) => {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const countersBefore = await serverCounters();
    const cpu = cpuSnapshot(cpuParts);
    const t = Date.now();
    const trace: PoolTrace = { starts: [], ends: [] };
    const results = await runPool(N, CONCURRENCY, job, trace);
    side.seconds += (Date.now() - t) / 1000;
    const steady = steadyWindow(trace, CONCURRENCY);
    addTo(side.steady, steady);
    const roundCpu = cpu();
    addTo(side.cpu, roundCpu);
    const counters = counterDelta(countersBefore, await serverCounters());
    addTo(side.counters, Object.fromEntries(counters));
    return { results, rate: steady.finished / steady.seconds, cpu: roundCpu, counters };
  };
  let previousProductCounters: Counters | undefined;
  for (let r = 0; r < ROUNDS; r++) {
    const productRound = await measureRound(product, async () => {
      const started = performance.now();
      const done = await lifecycle();
      spent.lifecycles += performance.now() - started;
      return done;
    });
    product.lifecycles.push(...productRound.results);

    if (!shape) {
      const sample = product.lifecycles.slice(0, 10);
      productProfiles = await Promise.all(sample.map(profileLifecycle));
      projectOnly = await Promise.all(
        sample.map((l) => profileWorkflows(client, [projectWorkflowId(l.code)])),
      );
      shape = shapeOf(typicalProfile(productProfiles));
      log(`  per lifecycle, Temporal did: ${JSON.stringify(averageProfile(productProfiles))}`);
      log(`  baseline workflows shaped ${JSON.stringify(shape)}`);
      baselineWorker = await Worker.create({
        connection: baselineConnection,
        taskQueue: 'bench-baseline',
        workflowsPath: new URL('./workflows.ts', import.meta.url).pathname,
        activities: { noop: async (x: number) => x },
      });
      baselineRuns.push(baselineWorker.run());
    }

    const roundShape = shape;
    const roundId = `${r}-${Date.now()}`;
    const baselineRound = await measureRound(baseline, async (i) => {
      const started = performance.now();
      const handle = await client.workflow.start('baselineWorkflow', {
        taskQueue: 'bench-baseline',
        workflowId: `baseline-${roundId}-${i}`,
        args: [roundShape],
      });
      for (let u = 0; u < roundShape.updates; u++) await handle.executeUpdate(baselineUpdate, { args: [u] });
      for (let x = 0; x < roundShape.signals; x++) await handle.signal(baselineSignal, x);
      await handle.result();
      baseline.ms += performance.now() - started;
      return handle.workflowId;
    });
    baseline.ids.push(...baselineRound.results);
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
      `    server counters per lifecycle, gongguan vs baseline: ${largestDifferences(productRound.counters, baselineRound.counters, N).join('; ')}`,
    );
    if (previousProductCounters)
      log(
        `    gongguan's server counters per lifecycle, this round vs the last: ${largestDifferences(productRound.counters, previousProductCounters, N).join('; ')}`,
      );
    previousProductCounters = productRound.counters;
  }
  baselineWorker?.shutdown();
  await Promise.all(baselineRuns);
  await baselineConnection.close();
  const total = N * ROUNDS;
  const productRate = product.steady.finished / product.steady.seconds;
  const baselineRate = baseline.steady.finished / baseline.steady.seconds;
  const throughputRatio = round(productRate / baselineRate, 3);
  log(
    `  gongguan: ${round(productRate, 2)} projects/s with the pool full (${round(total / product.seconds, 2)} over all ${total}, ` +
      `ramp and drain included); a lifecycle took ${round(spent.lifecycles / total / 1000, 2)} s, ` +
      `${round(spent.waiting / total / 1000, 2)} s of it waiting for the workflow to move on (${round(spent.polls / total)} polls)`,
  );
  log(`  CPU seconds (API and client in the bench process): ${JSON.stringify(product.cpu)}`);
  log(
    `  baseline: ${round(baselineRate, 2)} workflows/s with the pool full (${round(total / baseline.seconds, 2)} over all), ` +
      `${round(baseline.ms / total / 1000, 2)} s each; ratio ${throughputRatio}`,
  );
  // The baseline is shaped from the first lifecycles; the last ones show whether load changed the work
  // (a deadline that passes while a project waits its turn adds reminders, escalations and timers).
  const lastProfiles = await Promise.all(product.lifecycles.slice(-10).map(profileLifecycle));
  log(
    `  per lifecycle at the end of the last round, Temporal did: ${JSON.stringify(averageProfile(lastProfiles))}`,
  );
  const baselineProfile = averageProfile(
    await Promise.all(baseline.ids.slice(0, 10).map((id) => profileWorkflows(client, [id]))),
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
  const history = {
    eventsPerLifecycle: projectHistory.events!,
    runsPerLifecycle: projectHistory.runs!,
    largestRunEvents: projectHistory.largestRunEvents!,
    temporalLimitEvents: 51_200,
  };

  // ---- 2. API overhead: the same update through HTTP and through the client directly.
  log(`API overhead: ${SAMPLES} updates each way`);
  const overheadCode = await openProject(call, '2099-12-31');
  const viaHttp: number[] = [];
  const viaClient: number[] = [];
  const handle = client.workflow.getHandle(projectWorkflowId(overheadCode));
  let member = false;
  for (let i = 0; i < SAMPLES; i++) {
    let t = performance.now();
    await call(officer, 'POST', `/projects/${overheadCode}/project-pool`, {
      member: (member = !member),
      basis: 'bench',
    });
    viaHttp.push(performance.now() - t);
    t = performance.now();
    await handle.executeUpdate(setProjectPoolUpdate, {
      args: [{ member: (member = !member), basis: 'bench', actor: officer }],
    });
    viaClient.push(performance.now() - t);
  }

  log(
    `  update p50/p99 via HTTP ${round(percentile(viaHttp, 50))}/${round(percentile(viaHttp, 99))} ms, via client ${round(percentile(viaClient, 50))}/${round(percentile(viaClient, 99))} ms`,
  );

  // ---- 3. Scale: open projects held at once, with actions on random ones at checkpoints.
  log(`scale: up to ${OPEN} open projects`);
  if (OPEN === 0) log('  skipped (BENCH_OPEN=0)');
  const scaleEntry = listEntry({ applicationDeadline: '2099-12-31' });
  await call(officer, 'POST', '/lists', scaleEntry);
  const open: string[] = [];
  const checkpoints = [1_000, 5_000, 10_000].filter((c) => c <= OPEN);
  if (OPEN > 0 && !checkpoints.includes(OPEN)) checkpoints.push(OPEN);
  const scale: Array<Record<string, number>> = [];
  let retried503 = 0;
  const tScale = Date.now();
  for (const target of checkpoints) {
    const tBatch = Date.now();
    const before = open.length;
    const started = await runPool(target - open.length, CONCURRENCY * 2, async () => {
      const application = enterpriseApplication();
      const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
      // A client retries a 503 (the server shedding load) as the API asks, with an Idempotency-Key so a
      // retry never makes a second project; 409 means the first attempt is still in flight.
      const body = applicationBody(application);
      const key = { 'idempotency-key': `scale-${application.team.principalInvestigator.id}` };
      for (let attempt = 1; ; attempt++) {
        try {
          return (
            (await call(lead, 'POST', `/lists/${scaleEntry.id}/applications`, body, key)) as { code: string }
          ).code;
        } catch (err) {
          if (attempt >= 5 || !/: (503|409) /.test(String(err))) throw err;
          retried503++;
          await new Promise((r) => setTimeout(r, 1_000 * attempt));
        }
      }
    });
    open.push(...started);
    const startRate = (open.length - before) / ((Date.now() - tBatch) / 1000);
    const latencies: number[] = [];
    for (let i = 0; i < Math.min(SAMPLES, 100); i++) {
      const code = open[Math.floor(Math.random() * open.length)]!;
      const t = performance.now();
      await call(officer, 'POST', `/projects/${code}/project-pool`, { member: true, basis: 'bench' }).catch(
        () => call(officer, 'POST', `/projects/${code}/project-pool`, { member: false, basis: 'bench' }),
      );
      latencies.push(performance.now() - t);
    }
    const mem = workerMemory(worker.pid);
    scale.push({
      open: open.length,
      startRatePerS: round(startRate),
      actionP50Ms: round(percentile(latencies, 50)),
      actionP99Ms: round(percentile(latencies, 99)),
      workerRssMiB: mem.rss,
      workerPeakRssMiB: mem.peak,
    });
    log(
      `  ${open.length} open: ${round(startRate)} starts/s, action p99 ${round(percentile(latencies, 99))} ms, worker RSS ${mem.rss} MiB`,
    );
  }

  const results = {
    at: new Date().toISOString(),
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    parameters: { projects: N, rounds: ROUNDS, open: OPEN, concurrency: CONCURRENCY, samples: SAMPLES },
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
    },
    apiOverhead: {
      httpP50Ms: round(percentile(viaHttp, 50)),
      httpP99Ms: round(percentile(viaHttp, 99)),
      clientP50Ms: round(percentile(viaClient, 50)),
      clientP99Ms: round(percentile(viaClient, 99)),
      p99Ratio: round(percentile(viaHttp, 99) / percentile(viaClient, 99), 3),
    },
    scale: { rows: scale, totalSeconds: round((Date.now() - tScale) / 1000), retried503 },
    history,
  };
  printTable(results);
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
  const file = join(import.meta.dirname, 'results', `${results.at.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(results, null, 2));
  log(`results written to ${file}`);

  log(`reminders delivered to the bench's webhook: ${inbox.received()}`);
  await app.close();
  await inbox.close();
  await stopProcess(worker);
  await connection.close();
  await db.end();
  await server.stop();
  await admin.end();
  rmSync(dir, { recursive: true, force: true });
}

interface Lifecycle {
  code: string;
  entryId: string;
}

async function openProject(
  call: (a: Actor, m: string, p: string, b?: unknown) => Promise<Record<string, unknown>>,
  deadline: string,
) {
  const entry = listEntry({ applicationDeadline: deadline });
  await call({ id: 'bench-officer', role: 'programmeOfficer' }, 'POST', '/lists', entry);
  const application = enterpriseApplication();
  const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
  return (
    (await call(lead, 'POST', `/lists/${entry.id}/applications`, applicationBody(application))) as {
      code: string;
    }
  ).code;
}

function workerMemory(pid: number | undefined): { rss: number; peak: number } {
  if (!pid) return { rss: 0, peak: 0 };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

const perLifecycleCounters = (counters: Record<string, number>, lifecycles: number) =>
  Object.fromEntries(Object.entries(counters).map(([k, v]) => [k, round(v / lifecycles, 2)]));

function addTo(total: Record<string, number>, part: Record<string, number>): void {
  for (const [k, v] of Object.entries(part)) total[k] = round((total[k] ?? 0) + v);
}

function printTable(r: {
  throughput: {
    gongguanProjectsPerS: number;
    baselineWorkflowsPerS: number;
    ratio: number;
    rounds: Array<{ ratio: number }>;
    cpuPerLifecycle: { gongguanS: number; baselineS: number; ratio: number };
  };
  apiOverhead: {
    httpP50Ms: number;
    httpP99Ms: number;
    clientP50Ms: number;
    clientP99Ms: number;
    p99Ratio: number;
  };
  scale: { rows: Array<Record<string, number>> };
  history: { eventsPerLifecycle: number; runsPerLifecycle: number; largestRunEvents: number };
}) {
  const rows: Array<[string, string, string]> = [
    ['lifecycle throughput (gongguan, HTTP)', `${r.throughput.gongguanProjectsPerS} projects/s`, ''],
    ['lifecycle throughput (bare Temporal)', `${r.throughput.baselineWorkflowsPerS} workflows/s`, ''],
    [
      'throughput ratio',
      `${r.throughput.ratio} (rounds: ${r.throughput.rounds.map((x) => x.ratio).join(', ')})`,
      'goal ≥ 0.8 (0.9 later)',
    ],
    [
      'CPU per lifecycle, all processes',
      `${r.throughput.cpuPerLifecycle.gongguanS} s vs ${r.throughput.cpuPerLifecycle.baselineS} s (ratio ${r.throughput.cpuPerLifecycle.ratio})`,
      '',
    ],
    ['update via HTTP p50 / p99', `${r.apiOverhead.httpP50Ms} / ${r.apiOverhead.httpP99Ms} ms`, ''],
    ['update via client p50 / p99', `${r.apiOverhead.clientP50Ms} / ${r.apiOverhead.clientP99Ms} ms`, ''],
    ['API p99 ratio', `${r.apiOverhead.p99Ratio}`, 'goal ≤ 1.3'],
    ...r.scale.rows.map((s): [string, string, string] => [
      `${s.open} open projects`,
      `${s.startRatePerS} starts/s, action p50/p99 ${s.actionP50Ms}/${s.actionP99Ms} ms, worker RSS ${s.workerRssMiB} MiB (peak ${s.workerPeakRssMiB})`,
      (s.open ?? 0) >= 10_000 ? 'goal p99 < 200 ms' : '',
    ]),
    [
      'history events per lifecycle',
      `${r.history.eventsPerLifecycle} in ${r.history.runsPerLifecycle} runs (largest run ${r.history.largestRunEvents})`,
      'limit 51,200 per run',
    ],
  ];
  const w = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length))];
  console.log('');
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w[0]!)}  ${b.padEnd(w[1]!)}  ${c}`);
  console.log('');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
