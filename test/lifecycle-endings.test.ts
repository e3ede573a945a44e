// Termination from every open stage, the military-order miss that bans a PI (R14.2), the
// horse race (R13), rolling support (R21) and post-evaluation escalation (R23).
import { WorkflowNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  listEntryWorkflowId,
  listStatusQuery,
  recordExaminationUpdate,
  recordStageGateUpdate,
} from '../contract/list-entry';
import {
  PROJECT_WORKFLOW_TYPE,
  decideMilestoneUpdate,
  projectWorkflowId,
  rollingSupportSignal,
  terminateSignal,
  type ApplicationWindow,
  type ProjectStage,
  type ProjectWorkflow,
} from '../contract/project';
import { wan, type ListEntry } from '../rules';
import { enterpriseApplication } from '../examples/applications';
import { eventually, type Harness } from './support/harness';
import {
  accept,
  apply,
  disburse,
  reclamationDemands,
  approve,
  compressedPolicy,
  events,
  evidence,
  inMs,
  officer,
  passMilestone,
  project,
  publish,
  recordHistories,
  scoreAll,
  signContract,
  status,
  submitPostEvaluation,
  completePostEvaluation,
  supervisor,
  toContract,
  waitForListClosed,
  waitForStage,
  startTestApp,
  stopTestApp,
} from './support/lifecycle';
import { applicationBody } from '../examples/applications';

describe('how projects end and go on', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 10 }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  /** Brings a fresh project to the given open stage. */
  async function projectAt(stage: ProjectStage): Promise<{ code: string; piId: string }> {
    if (stage === 'application') {
      // A window long enough to terminate inside it.
      const entry = await publish(app, h.as, { applicationDeadline: '2099-12-31' });
      return { code: await apply(app, h.as, entry.id), piId: '' };
    }
    if (stage === 'examination') {
      // R8: the examination is held once at least 3 × the planned approval applied.
      const entry = await publish(app, h.as, { strategicField: 'socialWelfare' });
      const code = await apply(app, h.as, entry.id);
      for (let i = 0; i < 2; i++) await apply(app, h.as, entry.id);
      await waitForStage(h.client, code, 'examination');
      return { code, piId: '' };
    }
    if (stage === 'review') {
      const entry = await publish(app, h.as);
      const code = await apply(app, h.as, entry.id);
      await waitForStage(h.client, code, 'review');
      return { code, piId: '' };
    }
    if (stage === 'decision') {
      const entry = await publish(app, h.as);
      const code = await apply(app, h.as, entry.id);
      await scoreAll(h.client, code);
      return { code, piId: '' };
    }
    const { code, piId } = await toContract(app, h.as, h.client);
    if (stage === 'contract') return { code, piId };
    await signContract(h.client, code, [60_000]);
    if (stage === 'execution') return { code, piId };
    await passMilestone(h.client, code, 'M1');
    await waitForStage(h.client, code, 'acceptance');
    if (stage === 'acceptance') return { code, piId };
    await accept(h.client, code);
    await waitForStage(h.client, code, 'postEvaluation');
    return { code, piId };
  }

  it.each<[ProjectStage, boolean]>([
    ['application', false],
    ['examination', false],
    ['review', false],
    ['decision', false],
    ['contract', false],
    ['execution', true],
    ['acceptance', true],
    // The accepted subsidy is the project's: terminating in post-evaluation reclaims none of it.
    ['postEvaluation', false],
  ])('a supervisor terminates a project in %s (unspent funds reclaimed: %s)', async (stage, reclaims) => {
    const { code } = await projectAt(stage);
    await waitForStage(h.client, code, stage);
    // Paid in full and nothing reported spent: all of it is unspent, unless it was accepted (R13).
    if (['execution', 'acceptance', 'postEvaluation'].includes(stage)) await disburse(h.client, code);
    await project(h.client, code).signal(terminateSignal, {
      reason: 'Major risk: the core supplier left the consortium',
      basis: 'R15 supervision meeting 2026-11',
      evidence: evidence(),
      actor: supervisor,
    });
    const s = await waitForStage(h.client, code, 'terminated');
    expect(s.termination).toMatchObject({ actor: supervisor, ruleIds: ['R15'] });
    expect(s.pendingActions).toEqual([]);
    // The workflow has finished: no timer or reminder can fire any more.
    await eventually(async () =>
      (await project(h.client, code).describe()).status.name === 'COMPLETED' ? true : undefined,
    );
    expect(await reclamationDemands(h.pool, [code])).toEqual(reclaims ? [{ code, amount: wan(100) }] : []);
    const trail = await events(h.pool, code);
    expect(trail.filter((e) => e.action === 'terminate')).toHaveLength(1);
    await recordHistories(h.client, projectWorkflowId(code), `project-terminated-in-${stage}`);
  });

  /** A project workflow started directly, as one whose application the API accepted at `submittedAt`. */
  async function startedAt(entry: ListEntry, submittedAt: number, applicationWindow?: ApplicationWindow) {
    const application = { ...enterpriseApplication(), listEntryId: entry.id };
    const { rows } = await h.pool.query<{ n: string }>("SELECT nextval('project_code_seq')::text AS n");
    const code = `ZJ-2026-${rows[0]!.n.padStart(5, '0')}`;
    await h.client.workflow.start<ProjectWorkflow>(PROJECT_WORKFLOW_TYPE, {
      taskQueue: h.taskQueue,
      workflowId: projectWorkflowId(code),
      args: [
        {
          code,
          listEntry: entry,
          application,
          policy: compressedPolicy(),
          submittedAt: new Date(submittedAt).toISOString(),
          submittedBy: { id: application.team.principalInvestigator.id, role: 'projectLead' },
          programmeOfficerId: officer.id,
          ...(applicationWindow && { applicationWindow }),
        },
      ],
    });
    return code;
  }

  it("closes the window on the project's own timer and judges lateness by when the API accepted the application (R1)", async () => {
    const entry = await publish(app, h.as);
    const stored = (
      await app.inject({ method: 'GET', url: `/lists/${entry.id}`, headers: await h.as(officer) })
    ).json();
    expect(stored).toMatchObject({ examinationRequired: false, entryWorkflow: false });
    // An entry without an examination runs no workflow of its own.
    await expect(h.client.workflow.getHandle(listEntryWorkflowId(entry.id)).describe()).rejects.toThrow(
      WorkflowNotFoundError,
    );
    const window = { opensAt: stored.createdAt, closesAt: stored.windowClosesAt, entryWorkflow: false };
    const onTime = await apply(app, h.as, entry.id);
    const closesAt = Date.parse(window.closesAt);
    await eventually(async () => (Date.now() > closesAt ? true : undefined));

    // Through the API after the close: 409, and no project appears.
    const late = enterpriseApplication();
    const refused = await app.inject({
      method: 'POST',
      url: `/lists/${entry.id}/applications`,
      payload: applicationBody(late),
      headers: await h.as({ id: late.team.principalInvestigator.id, role: 'projectLead' }),
    });
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().type).toMatch(/application-window-closed$/);
    const piProjects = await h.pool.query('SELECT 1 FROM projects WHERE pi_id = $1', [
      late.team.principalInvestigator.id,
    ]);
    expect(piProjects.rowCount).toBe(0);

    // Projects whose workflow starts only after the close, as under load: one accepted before the close goes
    // on to review, one stamped at the close is rejected as late.
    const inTime = await startedAt(entry, closesAt - 1, window);
    const afterClose = await startedAt(entry, closesAt, window);
    await waitForStage(h.client, onTime, 'review');
    await waitForStage(h.client, inTime, 'review');
    const rejected = await waitForStage(h.client, afterClose, 'rejected');
    expect(rejected.timeline.at(-1)).toMatchObject({ action: 'rejectLate', ruleIds: ['R1'] });
    // No horse race and no examination to record on it: 409 naming the rule, and still no entry workflow
    // (no project told it of its application or waited for it).
    for (const [path, payload, rule] of [
      [
        'stage-gate',
        {
          passed: [onTime],
          failed: [],
          assessments: [{ code: onTime, goalsMet: true, basis: 'stage goals met' }],
          evidence: evidence(),
        },
        'R13',
      ],
      ['examination', { scores: [{ code: onTime, score: 80 }], evidence: evidence() }, 'R8'],
    ] as const) {
      const res = await app.inject({
        method: 'POST',
        url: `/lists/${entry.id}/${path}`,
        payload,
        headers: await h.as(officer),
      });
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({
        type: expect.stringMatching(/invalid-transition$/),
        ruleIds: [rule],
      });
    }
    await expect(h.client.workflow.getHandle(listEntryWorkflowId(entry.id)).describe()).rejects.toThrow(
      WorkflowNotFoundError,
    );
  });

  it('tells projects started without their window when it closed, judging lateness by when the API accepted them', async () => {
    // An entry with an examination runs its workflow from publication, as every entry once did.
    const entry = await publish(app, h.as, { strategicField: 'socialWelfare' });
    const closed = await waitForListClosed(h.client, entry.id);
    const closesAt = Date.parse(closed.windowClosesAt);
    // Project workflows whose signals reach the entry only after its timer fired, as under load: the one
    // submitted before the close goes on, the one stamped after it is rejected as late.
    const inTime = await startedAt(entry, closesAt - 1);
    const afterClose = await startedAt(entry, closesAt);
    await waitForStage(h.client, inTime, 'examination');
    const rejected = await waitForStage(h.client, afterClose, 'rejected');
    expect(rejected.timeline.at(-1)).toMatchObject({ action: 'rejectLate' });
  });

  it('ignores termination from someone who is not a supervisor', async () => {
    const { code } = await projectAt('decision');
    await project(h.client, code).signal(terminateSignal, {
      reason: 'x',
      basis: 'y',
      evidence: evidence(),
      actor: officer,
    });
    await new Promise((r) => setTimeout(r, 500));
    expect((await status(h.client, code)).stage).toBe('decision');
  });

  it('a missed military-order milestone ends in a subjective-failure finding, a two-year ban, and a refused new application', async () => {
    const { code, piId, application } = await toContract(app, h.as, h.client, {
      decision: { militaryOrder: true },
    });
    await signContract(h.client, code, [1_000], true);
    // No check result by the due date: overdue, escalated to staff, then to the supervisor.
    const overdue = await eventually(async () => {
      const s = await status(h.client, code);
      return s.milestones[0]?.status === 'overdue' ? s : undefined;
    });
    expect(overdue.pendingActions.filter((a) => a.action.endsWith(':M1'))).toEqual([
      expect.objectContaining({ action: 'milestoneCheck:M1', ownerRole: 'projectLead', overdue: true }),
      { action: 'decideMilestone:M1', ownerRole: 'programmeOfficer', overdue: true },
    ]);
    await eventually(async () =>
      (await status(h.client, code)).milestones[0]?.escalatedToSupervisor ? true : undefined,
    );

    await project(h.client, code).executeUpdate(decideMilestoneUpdate, {
      args: [
        {
          decision: 'terminate',
          milestoneId: 'M1',
          finding: 'subjectiveFailure',
          evidence: evidence('no work done for 6 months'),
          actor: supervisor,
        },
      ],
    });
    const s = await waitForStage(h.client, code, 'terminated');
    expect(s.termination?.ruleIds).toContain('R14.2');

    const bans = await h.pool.query(
      "SELECT rule_id, ends_on - starts_on AS days FROM integrity_records WHERE subject_id = $1 AND kind = 'ban'",
      [piId],
    );
    expect(bans.rows).toHaveLength(1);
    expect(bans.rows[0].rule_id).toBe('R14.2');
    expect(bans.rows[0].days).toBeGreaterThanOrEqual(730);

    // The same PI applies again with a new organisation: refused under R14.2.
    const entry = await publish(app, h.as);
    const again = enterpriseApplication();
    again.team.principalInvestigator = {
      ...application.team.principalInvestigator,
      organisationId: again.leadOrganisation.id,
    };
    const res = await app.inject({
      method: 'POST',
      url: `/lists/${entry.id}/applications`,
      payload: applicationBody(again),
      headers: await h.as({ id: piId, role: 'projectLead' }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().ruleIds).toEqual(['R14.2']);
    await recordHistories(h.client, projectWorkflowId(code), 'project-military-order-ban');
  });

  it('an extension moves an overdue milestone back to pending and the project goes on', async () => {
    const { code } = await toContract(app, h.as, h.client);
    await signContract(h.client, code, [800]);
    await eventually(async () =>
      (await status(h.client, code)).milestones[0]?.status === 'overdue' ? true : undefined,
    );
    await project(h.client, code).executeUpdate(decideMilestoneUpdate, {
      args: [
        {
          decision: 'extend',
          milestoneId: 'M1',
          newDueAt: inMs(30_000),
          evidence: evidence('supplier delay'),
          actor: officer,
        },
      ],
    });
    expect((await status(h.client, code)).milestones[0]).toMatchObject({ status: 'pending' });
    await passMilestone(h.client, code, 'M1');
    await waitForStage(h.client, code, 'acceptance');
  });

  it('runs a three-team horse race: one passes the stage gate, two are terminated with funds reclaimed once each', async () => {
    const entry = await publish(app, h.as, { plannedApprovals: 3 });
    const codes: string[] = [];
    // R13: three different technical routes.
    for (let i = 0; i < 3; i++)
      codes.push(
        await apply(app, h.as, entry.id, enterpriseApplication({ technicalRoute: `route ${i + 1}` })),
      );
    for (const code of codes) {
      await scoreAll(h.client, code);
      await approve(h.client, code, { horseRace: true });
      await signContract(h.client, code, [60_000]);
      await disburse(h.client, code);
    }
    const list = h.client.workflow.getHandle(listEntryWorkflowId(entry.id));
    const [winner, ...losers] = codes as [string, ...string[]];
    await eventually(async () =>
      (await status(h.client, winner)).horseRaceGroup === `race:${entry.id}` ? true : undefined,
    );
    await eventually(async () => {
      const { horseRace } = await list.query(listStatusQuery);
      return horseRace.members.length === 3 ? true : undefined;
    });

    await list.executeUpdate(recordStageGateUpdate, {
      args: [{ passed: [winner], failed: losers, evidence: evidence('on-site inspection'), actor: officer }],
    });
    for (const code of losers) {
      const s = await waitForStage(h.client, code, 'terminated');
      expect(s.termination?.ruleIds).toEqual(['R13']);
    }
    expect((await status(h.client, winner)).stage).toBe('execution');
    const reclaimed = await eventually(async () => {
      const demands = await reclamationDemands(h.pool, codes);
      return demands.length >= 2 ? demands : undefined;
    });
    expect(reclaimed).toEqual([...losers].sort().map((code) => ({ code, amount: wan(100) })));
    await recordHistories(h.client, listEntryWorkflowId(entry.id), 'list-entry-horse-race');
    await recordHistories(h.client, projectWorkflowId(losers[0]!), 'project-horse-race-loser');

    // The gate is decided once: a second gate for the same projects is refused.
    await expect(
      list.executeUpdate(recordStageGateUpdate, {
        args: [{ passed: [], failed: [winner], evidence: evidence(), actor: officer }],
      }),
    ).rejects.toThrow();
    expect((await status(h.client, winner)).stage).toBe('execution');
  });

  it('runs the R8 examination: only the shortlist goes on to review', async () => {
    const entry = await publish(app, h.as, { strategicField: 'socialWelfare', plannedApprovals: 1 });
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) codes.push(await apply(app, h.as, entry.id));
    await waitForListClosed(h.client, entry.id);
    for (const code of codes) await waitForStage(h.client, code, 'examination');
    const list = h.client.workflow.getHandle(listEntryWorkflowId(entry.id));
    await list.executeUpdate(recordExaminationUpdate, {
      args: [
        {
          scores: codes.map((code, i) => ({ code, score: 60 + i * 10 })),
          evidence: evidence('examination panel'),
          actor: officer,
        },
      ],
    });
    // 3 × 1 planned = 3 of 4 go to review; the lowest score is not shortlisted.
    await waitForStage(h.client, codes[0]!, 'rejected');
    for (const code of codes.slice(1)) await waitForStage(h.client, code, 'review');
  });

  it('gives rolling support to an accepted project under the same identity (R21)', async () => {
    const { code } = await projectAt('postEvaluation');
    const before = await status(h.client, code);
    await project(h.client, code).signal(rollingSupportSignal, {
      phaseTitle: 'Phase 2: automotive-grade chip',
      additionalSubsidy: wan(200),
      milestones: [{ id: 'P2-M1', title: 'AEC-Q100 qualification', dueAt: inMs(60_000), indicators: [] }],
      contractEndsAt: inMs(120_000),
      basis: 'major result: import substitution at three PLC makers',
      evidence: evidence(),
      actor: officer,
    });
    const s = await eventually(async () => {
      const current = await status(h.client, code);
      return current.phase === 2 && current.stage === 'execution' ? current : undefined;
    });
    expect(s.provincialSubsidy).toBe(before.provincialSubsidy + wan(200));
    expect(s.milestones.map((m) => m.id)).toEqual(['P2-M1']);
    expect(s.timeline.at(-1)).toMatchObject({ action: 'rollingSupport', ruleIds: ['R21'] });
  });

  it('escalates an overdue post-evaluation report, then closes after the third year', async () => {
    const { code, piId } = await projectAt('postEvaluation');
    // Year 1 is due 1.5 s after acceptance; leave it overdue.
    await eventually(async () => {
      const trail = await events(h.pool, code);
      return trail.some((e) => e.action === 'postEvaluationOverdue') ? true : undefined;
    });
    const s = await status(h.client, code);
    expect(s.pendingActions[0]).toMatchObject({
      action: 'postEvaluationReport:1',
      ownerRole: 'projectLead',
      ownerId: piId,
      overdue: true,
    });
    // Reports in order only.
    await expect(submitPostEvaluation(h.client, code, 2, piId)).rejects.toThrow();
    await completePostEvaluation(h.client, code, piId);
    await waitForStage(h.client, code, 'closed');
  });
});
