// Whole lifecycles against the real dev server and PostgreSQL, with compressed durations.
import { ApplicationFailure, WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignCommissionerUpdate,
  CONTINUE_AS_NEW_AFTER_EVENTS,
  PROJECT_STAGES,
  projectWorkflowId,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  setProjectPoolUpdate,
  submitReviewScoreUpdate,
} from '../contract/project';
import { wan } from '../rules';
import { eventually, type Harness } from './support/harness';
import {
  accept,
  apply,
  approve,
  compressedPolicy,
  events,
  messagesTaken,
  officer,
  passMilestone,
  project,
  recordHistories,
  searchAttributeWrites,
  publish,
  scoreAll,
  signContract,
  status,
  completePostEvaluation,
  toContract,
  waitForRecordedStage,
  waitForStage,
  startTestApp,
  stopTestApp,
  disburse,
  evidence,
} from './support/lifecycle';

/** The stages a whole lifecycle without examination publishes to the Web UI after its first, in order. */
const STAGES_OF_A_LIFECYCLE = PROJECT_STAGES.slice(
  PROJECT_STAGES.indexOf('review'),
  PROJECT_STAGES.indexOf('closed') + 1,
).map((stage) => JSON.stringify(stage));
const stagesUpserted = (upserts: Array<Record<string, string>>) =>
  upserts.map((c) => c.GgStage).filter(Boolean);

describe('project lifecycle', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 10 }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  it('runs a military-order project from application to CLOSED after three post-evaluation years', async () => {
    const { code, piId } = await toContract(app, h.as, h.client, {
      pool: h.pool,
      // R12: the subsidy is cut from ¥1,000,000 to ¥800,000, which also makes acceptance simplified (R16.1).
      decision: { approvedSubsidy: wan(80), militaryOrder: true },
    });
    let s = await status(h.client, code);
    expect(s).toMatchObject({ stage: 'contract', provincialSubsidy: wan(80), militaryOrder: true });

    await signContract(h.client, code, [2_000, 3_000], true);
    await waitForStage(h.client, code, 'execution');
    await disburse(h.client, code, wan(80));
    await passMilestone(h.client, code, 'M1');
    await passMilestone(h.client, code, 'M2', true);
    s = await waitForStage(h.client, code, 'acceptance');
    await waitForRecordedStage(h.pool, code, 'acceptance');
    expect(s.milestones.map((m) => [m.id, m.status, m.metOnTime])).toEqual([
      ['M1', 'passed', true],
      ['M2', 'passed', true],
    ]);

    // R16.1: below ¥1,000,000 the team chooses the simplified path in its application.
    await accept(h.client, code, { simplified: true });
    await waitForStage(h.client, code, 'postEvaluation');
    await completePostEvaluation(h.client, code, piId);
    s = await waitForStage(h.client, code, 'closed');
    await project(h.client, code).result();

    const trail = await events(h.pool, code);
    expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
    expect(trail.map((e) => e.action)).toEqual([
      'submitApplication',
      // R6.6: the lead organisation's recommending authority recommends it.
      'recommend',
      'applicationWindowClosed',
      'reviewPanelDrawn',
      // R18.1: each expert commits, then scores.
      ...Array.from({ length: 7 }, () => ['commitAsExpert', 'submitReviewScore']).flat(),
      'reviewCompleted',
      'approve',
      // R18.3: publicised, and in effect once the period passed without objection.
      'approvalTakesEffect',
      'signContract',
      'disbursement',
      'milestoneReport',
      'milestonePassed',
      'milestoneReport',
      'milestonePassed',
      'commendation',
      'milestonesComplete',
      'applyForAcceptance',
      'accept',
      // R23: each year the team reports and the department rates.
      ...Array.from({ length: 3 }, () => ['postEvaluationReport', 'postEvaluationRating']).flat(),
      'close',
    ]);
    expect(trail.find((e) => e.action === 'accept')!.rule_ids).toEqual(['R16.1']);
    expect(s.timeline).toHaveLength(trail.length);

    // R14.1 commendation recorded for the PI.
    const commendations = await h.pool.query(
      "SELECT rule_id FROM integrity_records WHERE subject_id = $1 AND kind = 'commendation'",
      [piId],
    );
    expect(commendations.rows).toEqual([{ rule_id: 'R14.1' }]);
    // The list talent recommendation and science-award nominations read.
    const listed = await app.inject({
      method: 'GET',
      url: `/commendations?subjectId=${piId}`,
      headers: await h.as(officer),
    });
    expect(listed.json().items).toEqual([
      expect.objectContaining({ subjectId: piId, projectCode: code, strategicField: expect.any(String) }),
    ]);
    // R21: the commendation puts the project in the science-award candidate pool.
    const candidates = await app.inject({
      method: 'GET',
      url: '/award-candidates',
      headers: await h.as(officer),
    });
    expect(candidates.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ code, grounds: ['commendation'] })]),
    );

    // The read model agrees, and history stayed bounded by continue-as-new at phase boundaries (this
    // suite's apps ask for a new run at every one).
    const row = await h.pool.query(
      'SELECT stage, provincial_subsidy::int AS subsidy, funds_paid::int AS paid FROM projects WHERE code = $1',
      [code],
    );
    expect(row.rows[0]).toEqual({ stage: 'closed', subsidy: wan(80), paid: wan(80) });
    // Visibility is eventually consistent: wait for all three runs (application → contract, execution,
    // post-evaluation) to be listed.
    const runs = await eventually(async () => {
      const found: string[] = [];
      for await (const wf of h.client.workflow.list({ query: `WorkflowId = '${projectWorkflowId(code)}'` }))
        found.push(wf.runId);
      return found.length === 3 ? found : undefined;
    });
    expect(new Set(runs).size).toBe(3);

    // The API starts a project with today's features, so no run asks a patch (no marker, no
    // TemporalChangeVersion upsert). Every search-attribute upsert changes a value the run had.
    const writes = await searchAttributeWrites(h.client, projectWorkflowId(code));
    expect(writes.map((w) => [w.markers, w.patchUpserts])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    for (const w of writes) for (const changed of w.upserts) expect(Object.keys(changed)).not.toEqual([]);
    expect(stagesUpserted(writes.flatMap((w) => w.upserts))).toEqual(STAGES_OF_A_LIFECYCLE);
    await recordHistories(h.client, projectWorkflowId(code), 'project-full-lifecycle');
  });

  it('keeps a whole lifecycle in one run under the default continue-as-new threshold', async () => {
    // The suite's apps begin a new run at every phase boundary; this one leaves the product's default.
    const oneRunApp = await h.buildApp([compressedPolicy()], { continueAsNewAfterEvents: undefined });
    try {
      const { code, piId } = await toContract(oneRunApp, h.as, h.client, {
        pool: h.pool,
        decision: { approvedSubsidy: wan(90) },
      });
      // Signed only once the Web UI shows the contract stage: a step that arrives in the same workflow task
      // as the write before it would move the stage on before that write's upsert (counted below).
      await eventually(async () => {
        const { searchAttributes } = await project(h.client, code).describe();
        return searchAttributes.GgStage?.[0] === 'contract' ? true : undefined;
      });
      await signContract(h.client, code, [2_000]);
      await waitForStage(h.client, code, 'execution');
      await passMilestone(h.client, code, 'M1');
      await waitForStage(h.client, code, 'acceptance');
      await waitForRecordedStage(h.pool, code, 'acceptance');
      await accept(h.client, code);
      await waitForStage(h.client, code, 'postEvaluation');
      await completePostEvaluation(h.client, code, piId);
      const s = await waitForStage(h.client, code, 'closed');
      await project(h.client, code).result();
      // The read model's copy of the application has the budget after the R12 cut, though the steps after
      // it (all in this run) leave the application out.
      const copy = await h.pool.query(
        "SELECT (application->'budget'->>'provincialSubsidy')::int AS subsidy, title FROM projects WHERE code = $1",
        [code],
      );
      expect(copy.rows[0]).toMatchObject({ subsidy: wan(90), title: expect.any(String) });

      const trail = await events(h.pool, code);
      expect(trail.map((e) => e.seq)).toEqual(trail.map((_, i) => i + 1));
      expect(s.timeline).toHaveLength(trail.length);
      // The latest run is the first one (nothing continued it), and it ended the project.
      const { events: history } = await project(h.client, code).fetchHistory();
      const started = history![0]!.workflowExecutionStartedEventAttributes!;
      expect(started.continuedExecutionRunId ?? '').toBe('');
      expect(history!.at(-1)!.workflowExecutionCompletedEventAttributes).toBeTruthy();
      expect(history!.length).toBeLessThan(CONTINUE_AS_NEW_AFTER_EVENTS);
      const writes = await searchAttributeWrites(h.client, projectWorkflowId(code));
      expect(writes.map((w) => [w.markers, w.patchUpserts])).toEqual([[0, 0]]);
      // The moment between the last milestone check (or report) and the stage change it causes, with
      // nothing pending, is never published: both ride on one upsert once the read model has them.
      const upserts = writes[0]!.upserts;
      // (In the application stage nothing is pending once the recommending authority has recommended
      // (R6.6) until the window closes; from review on, something always is.)
      const afterApplication = upserts.slice(upserts.findIndex((c) => c.GgStage !== undefined));
      expect(
        afterApplication.filter(
          (c) => Object.keys(c).join() === 'GgNextDeadline' && c.GgNextDeadline === 'null',
        ),
      ).toEqual([]);
      expect(stagesUpserted(upserts)).toEqual(STAGES_OF_A_LIFECYCLE);
      await recordHistories(h.client, projectWorkflowId(code), 'project-one-run-lifecycle');
    } finally {
      await oneRunApp.close();
    }
  });

  it('records process management (R15, R18.4, R18.5, R22) and is findable by its search attributes', async () => {
    const { code, piId } = await toContract(app, h.as, h.client, { decision: { militaryOrder: true } });
    await signContract(h.client, code, [60_000], true);
    const handle = project(h.client, code);
    const reported = await handle.executeUpdate(reportMajorEventUpdate, {
      args: [{ summary: 'key engineer left', risk: 'medium', actor: { id: piId, role: 'projectLead' } }],
    });
    const notTheirs = await failureOf(
      handle.executeUpdate(reportMajorEventUpdate, {
        args: [{ summary: 'x', risk: 'low', actor: { id: 'someone-else', role: 'projectLead' } }],
      }),
    );
    expect(notTheirs.type).toBe('InvalidTransition');
    const checked = await handle.executeUpdate(recordSpotCheckUpdate, {
      args: [{ findings: 'ledger in order', satisfactory: true, actor: officer }],
    });
    const assigned = await handle.executeUpdate(assignCommissionerUpdate, {
      args: [{ commissionerId: 'comm-7', name: 'Prof. Zhou', actor: officer }],
    });
    const s = await handle.executeUpdate(setProjectPoolUpdate, {
      args: [
        {
          member: true,
          basis: 'chokepoint analogue IP',
          recommendation: 'review recommends it (审核推荐)',
          evidence: evidence(),
          actor: officer,
        },
      ],
    });
    expect(s.projectPool).toBe(true);
    // Each answer carries the one step its action recorded; the refused report recorded nothing.
    expect([reported, checked, assigned, s].map((a) => a.recorded.map((t) => [t.action, t.ruleIds]))).toEqual(
      [
        [['majorEventReport', ['R15']]],
        [['spotCheck', ['R18.4']]],
        [['assignCommissioner', ['R18.5']]],
        [['enterProjectPool', ['R22']]],
      ],
    );
    expect((await status(h.client, code)).timeline.slice(-4).map((t) => t.seq)).toEqual(
      [reported, checked, assigned, s].map((a) => a.recorded[0]!.seq),
    );
    const row = await h.pool.query(
      'SELECT project_pool, commissioner_id, next_deadline IS NOT NULL AS has_deadline FROM projects WHERE code = $1',
      [code],
    );
    expect(row.rows[0]).toEqual({ project_pool: true, commissioner_id: 'comm-7', has_deadline: true });

    // What a manager types into the Temporal UI: military-order projects in execution with a deadline ahead.
    const found = await eventually(async () => {
      const ids: string[] = [];
      const query = `GgMilitaryOrder = true AND GgStage = 'execution' AND GgNextDeadline > '${new Date().toISOString()}' AND ExecutionStatus = 'Running' AND WorkflowId = '${projectWorkflowId(code)}'`;
      for await (const wf of h.client.workflow.list({ query })) ids.push(wf.workflowId);
      return ids.length ? ids : undefined;
    });
    expect(found).toEqual([projectWorkflowId(code)]);
  });

  it('refuses invalid transitions before they enter history, changing nothing', async () => {
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id);
    const handle = project(h.client, code);
    const historyLength = () => messagesTaken(h.client, code);

    // In review: a decision is premature, and an expert not on the panel cannot score.
    await waitForStage(h.client, code, 'review');
    const early = await failureOf(approve(h.client, code));
    expect(early).toMatchObject({ type: 'InvalidTransition' });
    const stranger = await failureOf(
      handle.executeUpdate(submitReviewScoreUpdate, {
        args: [{ expertId: 'nobody', score: 90, actor: { id: 'nobody', role: 'expert' } }],
      }),
    );
    expect(stranger).toMatchObject({ type: 'InvalidTransition', message: expect.stringContaining('R18.2') });

    await scoreAll(h.client, code);
    const trail = await events(h.pool, code);
    const length = await historyLength();

    // R12: the subsidy may only go down.
    const raised = await failureOf(approve(h.client, code, { approvedSubsidy: wan(100) + 1 }));
    expect(raised).toMatchObject({ type: 'RuleViolation', message: expect.stringContaining('R12') });
    // R11: immediate approval needs an urgent entry.
    const immediate = await failureOf(approve(h.client, code, { fundingMode: 'immediateApproval' }));
    expect(immediate).toMatchObject({ type: 'RuleViolation', message: expect.stringContaining('R11') });
    // Roles: a project lead cannot decide.
    const lead = await failureOf(
      approve(h.client, code, { actor: { id: 'pi', role: 'projectLead' } } as never),
    );
    expect(lead).toMatchObject({ type: 'Forbidden' });
    // Wrong stage for a contract.
    const contract = await failureOf(signContract(h.client, code, [5_000]));
    expect(contract).toMatchObject({ type: 'InvalidTransition' });

    expect(await events(h.pool, code)).toEqual(trail);
    expect(await historyLength()).toBe(length);
    expect((await status(h.client, code)).stage).toBe('decision');
  });
});

/** The ApplicationFailure behind a failed update. */
async function failureOf(promise: Promise<unknown>): Promise<{ type?: string | null; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      return { type: err.cause.type, message: err.cause.message };
    }
    throw err;
  }
  throw new Error('expected the update to be refused');
}
