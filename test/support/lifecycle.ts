// Drives projects through their lifecycle against the real server with compressed durations: the same
// steps staff take, each through the workflow's own updates and signals.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { buildApp } from '../../api/app';
import { listEntryWorkflowId, listStatusQuery } from '../../contract/list-entry';
import {
  commitAsExpertUpdate,
  decideUpdate,
  projectWorkflowId,
  recordAcceptanceUpdate,
  recordMilestoneCheckUpdate,
  recordDisbursementUpdate,
  reportMilestoneProgressUpdate,
  applyForAcceptanceUpdate,
  recordOnSiteInspectionUpdate,
  signContractUpdate,
  statusQuery,
  submitPostEvaluationUpdate,
  ratePostEvaluationUpdate,
  submitReviewScoreUpdate,
  type AcceptanceRequest,
  type Actor,
  type DecisionRequest,
  type ProjectStage,
  type ProjectStatus,
} from '../../contract/project';
import { DEFAULT_STRATEGIC_FIELDS, wan, type Application, type ListEntry } from '../../rules';
import {
  applicationBody,
  enterpriseApplication,
  authorityOf,
  expertCommitment,
  listEntry,
  passingDemonstration,
  recommendation,
  staffCommitment,
} from '../../examples/applications';
import { createHarness, eventually, type Harness } from './harness';
import { compressedPolicy } from './policy';

type App = Awaited<ReturnType<typeof buildApp>>;

export { compressedPolicy } from './policy';

export const officer: Actor = { id: 'officer-wang', role: 'programmeOfficer' };
export const supervisor: Actor = { id: 'supervisor-li', role: 'supervisor' };

export const evidence = (basis = 'panel meeting 2026-11 minutes') => ({
  procedure: 'collectiveDecision' as const,
  basis,
  decidedBy: ['officer-wang', 'director-zhao'],
  vote: { for: 5, against: 0, abstain: 0 },
  publicised: true,
  commitment: staffCommitment,
});

/** Experts drawn for review; unique per call so tests never share a panel by accident. */
export async function seedExperts(pool: Pool, count = 8): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `expert-${randomUUID().slice(0, 8)}`;
    ids.push(id);
    // Every field is their specialty (R9), so any entry's draw can seat them.
    await pool.query(
      'INSERT INTO experts (id, name, organisation_id, from_enterprise, specialties) VALUES ($1, $2, $3, $4, $5)',
      [id, `Expert ${i}`, `inst-${randomUUID().slice(0, 6)}`, i % 3 === 0, [...DEFAULT_STRATEGIC_FIELDS]],
    );
  }
  return ids;
}

/** Requests as a given actor: each test's app paired with its harness's key maker. */
export type Caller = (actor: Actor, organisations?: string[]) => Promise<Record<string, string>>;

/** Drafts an entry, has it demonstrated (R3) and publishes it, as the programme office does. */
export async function publish(app: App, as: Caller, overrides: Partial<ListEntry> = {}): Promise<ListEntry> {
  const entry = listEntry(overrides);
  const headers = await as(officer);
  const drafted = await app.inject({ method: 'POST', url: '/lists', payload: entry, headers });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const demonstrated = await app.inject({
    method: 'POST',
    url: `/call-lists/${entry.callListYear}/demonstrations`,
    payload: passingDemonstration([entry.id]),
    headers,
  });
  expect(demonstrated.statusCode, demonstrated.body).toBe(201);
  const published = await app.inject({ method: 'POST', url: `/lists/${entry.id}/publication`, headers });
  expect(published.statusCode, published.body).toBe(200);
  return entry;
}

/** The PI applies as a project lead. */
export async function apply(
  app: App,
  as: Caller,
  entryId: string,
  application: Application = enterpriseApplication(),
): Promise<string> {
  const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
  const res = await app.inject({
    method: 'POST',
    url: `/lists/${entryId}/applications`,
    payload: applicationBody(application),
    headers: await as(lead),
  });
  expect(res.statusCode, res.body).toBe(201);
  const code = res.json<{ code: string }>().code;
  // R6.6: its recommending authority recommends it, committing to the matching it states.
  const organisationId = application.leadOrganisation.id;
  const recommended = await app.inject({
    method: 'POST',
    url: `/projects/${code}/recommendation`,
    payload: recommendation(application),
    headers: await as(authorityOf(organisationId), [organisationId]),
  });
  expect(recommended.statusCode, recommended.body).toBe(200);
  return code;
}

export const project = (client: Client, code: string) => client.workflow.getHandle(projectWorkflowId(code));

/**
 * How many updates and signals a project's workflow has taken in (its current run): what a refused request
 * must leave unchanged. Its whole history may still grow as its own reminder timers fire.
 */
export async function messagesTaken(client: Client, code: string): Promise<number> {
  const { events } = await project(client, code).fetchHistory();
  return events!.filter(
    (e) => e.workflowExecutionUpdateAcceptedEventAttributes || e.workflowExecutionSignaledEventAttributes,
  ).length;
}

/** Every run of a workflow ID, as visibility lists them, oldest first. */
async function runsOldestFirst(client: Client, workflowId: string) {
  const runs: Array<{ runId: string; startTime: Date }> = [];
  for await (const wf of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) runs.push(wf);
  return runs.sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
}

/**
 * What each run of a workflow (oldest first) told the server about itself: the patch markers it
 * recorded, and its search-attribute upserts, each as the values it changed (patches' own
 * TemporalChangeVersion upserts counted apart).
 */
export async function searchAttributeWrites(client: Client, workflowId: string) {
  const runs = await runsOldestFirst(client, workflowId);
  return Promise.all(
    runs.map(async ({ runId }) => {
      const { events } = await client.workflow.getHandle(workflowId, runId).fetchHistory();
      // An unset attribute and one upserted as null are the same to the Web UI.
      const decode = (fields: Record<string, { data?: Uint8Array | null }> | null | undefined) =>
        Object.entries(fields ?? {}).map(
          ([k, v]) => [k, Buffer.from(v.data ?? []).toString() || 'null'] as const,
        );
      const started = events![0]!.workflowExecutionStartedEventAttributes!.searchAttributes?.indexedFields;
      const current = new Map(decode(started));
      const run = { markers: 0, patchUpserts: 0, upserts: [] as Array<Record<string, string>> };
      for (const e of events!) {
        // Patches' markers only: a local activity's result is a marker too.
        if (e.markerRecordedEventAttributes?.markerName === 'core_patch') run.markers++;
        const upsert = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields;
        if (!upsert) continue;
        if ('TemporalChangeVersion' in upsert) {
          run.patchUpserts++;
          continue;
        }
        const changed = decode(upsert).filter(([k, v]) => (current.get(k) ?? 'null') !== v);
        for (const [k, v] of decode(upsert)) current.set(k, v);
        run.upserts.push(Object.fromEntries(changed));
      }
      return run;
    }),
  );
}

export const status = (client: Client, code: string): Promise<ProjectStatus> =>
  project(client, code).query(statusQuery);

export async function waitForStage(
  client: Client,
  code: string,
  stage: ProjectStage,
  timeoutMs = 30_000,
): Promise<ProjectStatus> {
  return eventually(async () => {
    const s = await status(client, code);
    return s.stage === stage ? s : undefined;
  }, timeoutMs);
}

export const waitForListClosed = (client: Client, entryId: string) =>
  eventually(async () => {
    const s = await client.workflow.getHandle(listEntryWorkflowId(entryId)).query(listStatusQuery);
    return s.windowOpen ? undefined : s;
  });

/** Every drawn expert scores; the project moves to decision. */
export async function scoreAll(client: Client, code: string, score = 85): Promise<void> {
  const s = await waitForStage(client, code, 'review');
  const experts = await eventually(async () => {
    const current = await status(client, code);
    const owners = current.pendingActions
      .filter((a) => a.action === 'submitReviewScore')
      .map((a) => a.ownerId!);
    return owners.length ? owners : undefined;
  });
  expect(s.stage).toBe('review');
  for (const expertId of experts) {
    await project(client, code).executeUpdate(commitAsExpertUpdate, {
      args: [{ expertId, ...expertCommitment, actor: { id: expertId, role: 'expert' } }],
    });
    await project(client, code).executeUpdate(submitReviewScoreUpdate, {
      args: [{ expertId, score, actor: { id: expertId, role: 'expert' } }],
    });
  }
  await waitForStage(client, code, 'decision');
}

/** Approves; once its publicity period (R18.3) has passed without objection, the project is in contract. */
export async function approve(
  client: Client,
  code: string,
  overrides: Partial<Extract<DecisionRequest, { outcome: 'approve' }>> = {},
) {
  // R13: a horse-race candidate is inspected on site before its decision.
  if (overrides.horseRace) await inspectOnSite(client, code);
  const answer = await project(client, code).executeUpdate(decideUpdate, {
    args: [
      {
        outcome: 'approve',
        approvedSubsidy: wan(100),
        fundingMode: 'standard',
        militaryOrder: false,
        horseRace: false,
        evidence: evidence(),
        actor: officer,
        ...overrides,
      },
    ],
  });
  if (answer.stage === 'publicity') await waitForStage(client, code, 'contract');
  return answer;
}

/** R13: the on-site inspection of a horse-race candidate. */
export async function inspectOnSite(client: Client, code: string) {
  return project(client, code).executeUpdate(recordOnSiteInspectionUpdate, {
    args: [
      {
        findings: 'Team and facilities of comparable level',
        comparableLevel: true,
        inspectedOn: '2026-11-20',
        inspectors: ['officer-wang'],
        actor: officer,
      },
    ],
  });
}

export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

export async function signContract(
  client: Client,
  code: string,
  milestoneDueInMs: number[],
  militaryOrder = false,
) {
  return project(client, code).executeUpdate(signContractUpdate, {
    args: [
      {
        milestones: milestoneDueInMs.map((ms, i) => ({
          id: `M${i + 1}`,
          title: `Milestone ${i + 1}`,
          dueAt: inMs(ms),
          indicators: [],
        })),
        contractEndsAt: inMs(Math.max(...milestoneDueInMs) + 1_000),
        // R13: a horse-race team's stage goals (harmless for any other project).
        stageGoals: [{ name: 'stage goal', target: 'prototype working' }],
        ...(militaryOrder
          ? {
              militaryOrderTerms: {
                milestoneIds: milestoneDueInMs.map((_, i) => `M${i + 1}`),
                indicators: [{ name: 'prototype yield', target: '≥ 90%' }],
                rewards: ['priority in talent recommendation and science awards (R14.1)'],
                penalties: ['the PI barred from provincial programmes for 2 years (R14.2)'],
              },
            }
          : {}),
        actor: officer,
      },
    ],
  });
}

export const financeOfficer: Actor = { id: 'finance-zhao', role: 'financeOfficer' };

/** Finance pays an instalment (the whole subsidy of the default schedule unless told otherwise). */
export async function disburse(client: Client, code: string, amount = wan(100), instalment = 1) {
  return project(client, code).executeUpdate(recordDisbursementUpdate, {
    args: [
      {
        instalment,
        amount,
        paidOn: '2026-12-01',
        voucher: `PAY-${code}-${instalment}`,
        actor: financeOfficer,
      },
    ],
  });
}

/** The project's reclamation demands in the ledger (R13), amounts in fen. */
export async function reclamationDemands(
  pool: Pool,
  codes: string[],
): Promise<Array<{ code: string; amount: number }>> {
  const { rows } = await pool.query<{ code: string; amount: string }>(
    `SELECT project_code AS code, amount FROM ledger_entries
     WHERE kind = 'reclamationDemand' AND project_code = ANY($1) ORDER BY project_code`,
    [codes],
  );
  return rows.map((row) => ({ code: row.code, amount: Number(row.amount) }));
}

/** The PI who owes the project's pending step, as its status names them. */
async function piOwing(client: Client, code: string, action: string): Promise<Actor | undefined> {
  const owed = (await status(client, code)).pendingActions.find((a) => a.action === action);
  return owed?.ownerId ? { id: owed.ownerId, role: 'projectLead' } : undefined;
}

/** The PI reports a milestone's progress (R15), unless they have already. */
export async function reportProgress(client: Client, code: string, milestoneId: string) {
  const pi = await piOwing(client, code, `milestoneCheck:${milestoneId}`);
  if (!pi) return;
  await project(client, code).executeUpdate(reportMilestoneProgressUpdate, {
    args: [{ milestoneId, summary: `${milestoneId} reached`, achievements: [], actor: pi }],
  });
}

/** The PI applies for acceptance (R16), on the simplified path (R16.1) when asked to. */
export async function applyForAcceptance(client: Client, code: string, simplified = false) {
  const pi = await piOwing(client, code, 'applyForAcceptance');
  if (!pi) return;
  await project(client, code).executeUpdate(applyForAcceptanceUpdate, {
    args: [
      {
        finalReport: 'Final report: every indicator met',
        simplified,
        ...(simplified && { financialFinalAccount: 'FA-2029-0042' }),
        actor: pi,
      },
    ],
  });
}

/** The PI reports the milestone's progress, then staff record its check as passed. */
export async function passMilestone(client: Client, code: string, milestoneId: string, outstanding = false) {
  await reportProgress(client, code, milestoneId);
  return project(client, code).executeUpdate(recordMilestoneCheckUpdate, {
    args: [{ milestoneId, passed: true, outstanding, evidence: 'on-site check report', actor: officer }],
  });
}

/** An R16 acceptance panel: the demand side, who rates the project (the core indicator), and an expert. */
export const acceptancePanel: AcceptanceRequest['panel'] = [
  {
    personId: 'buyer-1',
    organisationId: 'plc-maker',
    role: 'demandSide',
    rating: { completion: 'good', applicationProspects: 'excellent', promotionOpinion: 'will buy in volume' },
  },
  { personId: 'prof-2', organisationId: 'zju', role: 'technicalExpert' },
];

/**
 * The PI's application (simplified when asked), then acceptance with what every path needs: an R16 panel
 * with the demand side, R16.1 account, R17 filing.
 */
export async function accept(client: Client, code: string, opts: { simplified?: boolean } = {}) {
  await applyForAcceptance(client, code, opts.simplified);
  return project(client, code).executeUpdate(recordAcceptanceUpdate, {
    args: [
      {
        passed: true,
        panel: acceptancePanel,
        demandSideEvaluation: 'meets our PLC line requirements; will buy in volume',
        financialFinalAccount: 'FA-2029-0042',
        filing: 'FILING-2029-007',
        evidence: evidence('acceptance meeting'),
        actor: officer,
      },
    ],
  });
}

export async function submitPostEvaluation(client: Client, code: string, year: number, piId: string) {
  return project(client, code).executeUpdate(submitPostEvaluationUpdate, {
    args: [
      {
        year,
        representativeResults: `year ${year}: chip in volume production`,
        economicAndSocialBenefits: 'import substitution at three PLC makers',
        actor: { id: piId, role: 'projectLead' },
      },
    ],
  });
}

/** R23: the department's rating of a reported post-evaluation year. */
export async function ratePostEvaluation(client: Client, code: string, year: number, grade = 'good') {
  return project(client, code).executeUpdate(ratePostEvaluationUpdate, {
    args: [
      {
        year,
        grade: grade as 'good',
        basis: `year ${year}: results as reported, benefits confirmed with the users`,
        evidence: evidence('post-evaluation review'),
        actor: officer,
      },
    ],
  });
}

/** Every post-evaluation year reported by the PI and rated by the department (R23): the project closes. */
export async function completePostEvaluation(client: Client, code: string, piId: string, grade = 'good') {
  for (const year of [1, 2, 3]) {
    await submitPostEvaluation(client, code, year, piId);
    await ratePostEvaluation(client, code, year, grade);
  }
}

/**
 * Waits until the read model has the project in `stage`. A workflow query sees a stage the moment the
 * workflow enters it; the search attributes show it once the step that entered it is recorded,
 * so a test that checks what the Web UI saw acts only after that.
 */
export const waitForRecordedStage = (pool: Pool, code: string, stage: ProjectStage) =>
  eventually(async () => {
    const { rows } = await pool.query('SELECT 1 FROM projects WHERE code = $1 AND stage = $2', [code, stage]);
    return rows.length ? true : undefined;
  });

/** Publish, apply, let the window close, score, approve: a project in contract. */
export async function toContract(
  app: App,
  as: Caller,
  client: Client,
  opts: {
    application?: Application;
    decision?: Partial<Extract<DecisionRequest, { outcome: 'approve' }>>;
    /** Given: the decision waits until the read model has the project in decision. */
    pool?: Pool;
  } = {},
) {
  const entry = await publish(app, as);
  const application = opts.application ?? enterpriseApplication();
  const code = await apply(app, as, entry.id, application);
  await scoreAll(client, code);
  if (opts.pool) await waitForRecordedStage(opts.pool, code, 'decision');
  await approve(client, code, opts.decision);
  return { entry, code, application, piId: application.team.principalInvestigator.id };
}

/** The audit trail of a project, in order. */
export async function events(pool: Pool, code: string) {
  const { rows } = await pool.query<{ seq: number; action: string; actor_id: string; rule_ids: string[] }>(
    'SELECT seq, action, actor_id, rule_ids FROM project_events WHERE project_code = $1 ORDER BY seq',
    [code],
  );
  return rows;
}

/**
 * With RECORD_HISTORIES=1, stores every run of a workflow under test/histories/ for the replay test
 * (`RECORD_HISTORIES=1 npx vitest run test/lifecycle` refreshes them after an intended change).
 * RECORD_HISTORIES_PREFIX keeps the histories of the code before a patch beside the new ones.
 */
/** The audit trail has one row per transition: contiguous sequence numbers and no repeated once-only step. */
export async function expectCleanTrail(pool: Pool, code: string): Promise<void> {
  const trail = await events(pool, code);
  expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
  for (const action of [
    'submitApplication',
    'recommend',
    'applicationWindowClosed',
    'approve',
    'signContract',
    'accept',
    'close',
  ]) {
    expect(
      trail.filter((e) => e.action === action),
      action,
    ).toHaveLength(1);
  }
}

export async function recordHistories(client: Client, workflowId: string, name: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const runs = await runsOldestFirst(client, workflowId);
  for (const [i, run] of runs.entries()) {
    // The CLI's JSON is the canonical history format that historyFromJSON reads back.
    const json = execFileSync(
      inject('temporalCliPath'),
      [
        'workflow',
        'show',
        '--workflow-id',
        workflowId,
        '--run-id',
        run.runId,
        '--output',
        'json',
        '--address',
        inject('temporalAddress'),
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const prefix = process.env.RECORD_HISTORIES_PREFIX ?? '';
    writeFileSync(join(HISTORIES_DIR, `${prefix}${name}.run${i + 1}.json`), json);
  }
}

export const HISTORIES_DIR = join(import.meta.dirname, '..', 'histories');

export interface TestApp {
  h: Harness;
  app: App;
}

/** A harness with a worker on its own task queue, the API app under the compressed policy, and experts. */
export async function startTestApp(opts: { worker?: boolean; experts?: number } = {}): Promise<TestApp> {
  const h = await createHarness();
  if (opts.worker !== false) await h.startWorker();
  const app = await h.buildApp([compressedPolicy()]);
  if (opts.experts) await seedExperts(h.pool, opts.experts);
  return { h, app };
}

export async function stopTestApp(t: Partial<TestApp>): Promise<void> {
  await t.app?.close();
  await t.h?.close();
}

/** The suite's app for one describe block: `h` and `app` are there from its first test to its last. */
export function useTestApp(opts: Parameters<typeof startTestApp>[0] = {}): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => Object.assign(t, await startTestApp(opts)));
  afterAll(() => stopTestApp(t));
  return t;
}
