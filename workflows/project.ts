// One long-running workflow per project, from application to three years after acceptance (issue 4).
// Staff act through updates whose validators refuse invalid transitions before they enter history;
// termination and rolling support are signals. Every timer comes from the project's policy version.
import {
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError, type UpdateDefinition } from '@temporalio/common';
import type { Activities } from '../activities';
import {
  applicationSubmittedSignal,
  horseRaceGroupId,
  horseRaceJoinedSignal,
  listEntryWorkflowId,
} from '../contract/list-entry-workflow';
import {
  SIGNAL_STAGES,
  applicationWindowClosedSignal,
  assignCommissionerUpdate,
  awaitRecordedUpdate,
  decideMilestoneUpdate,
  decideUpdate,
  examinationOutcomeSignal,
  isOpenStage,
  recordAcceptanceUpdate,
  recordMilestoneCheckUpdate,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  rollingSupportSignal,
  setProjectPoolUpdate,
  signContractUpdate,
  stageGateOutcomeSignal,
  statusQuery,
  submitPostEvaluationUpdate,
  submitReviewScoreUpdate,
  terminateSignal,
  type ActionResult,
  type Actor,
  type MilestoneState,
  type ProjectOutcome,
  type ProjectStage,
  type ProjectState,
  type ProjectStatus,
  type ProjectWorkflowInput,
  type TimelineEntry,
  type WithActor,
} from '../contract/project-workflow';
// Types only (erased from the bundle): that module builds the API's zod request schemas.
import type { AcceptanceRequest, ContractMilestone, RollingSupportRequest } from '../contract/project';
import { projectSearchAttributes as sa } from '../contract/search-attributes';
import type { Budget, RuleId, Violation } from '../rules';
// Rule modules one by one, not the rules barrel: it would load the zod domain schemas into every run.
import { shanghaiDate } from '../rules/dates';
import { acceptancePath, checkAcceptancePanel, checkFundingMode } from '../rules/funding';
import { applySubsidyCut } from '../rules/review';
import { earnsCommendation, subjectiveFailureBan } from '../rules/sanctions';
import { databaseWrites } from './activity-options';
import { decideFeatures } from './features';
import { onUpdate } from './updates';
import { invalidTransition, requireRole, requireStage, ruleViolation } from './failures';
import { closedEntryState, listEntryWorkflow } from './list-entry';
import { nextDeadline, pendingActions } from './pending-actions';
import { deadlineKey, nextReminder, type PlannedReminder } from './reminder-plan';

const {
  recordTransition,
  recheckEligibility,
  drawReviewPanel,
  recordIntegrityRecord,
  recordFundReclamation,
  enqueueReminder,
} = proxyActivities<Activities>(databaseWrites);

const SYSTEM: Actor = { id: 'system', role: 'system' };

interface Termination {
  reason: string;
  basis: string;
  actor: Actor;
  ruleIds: RuleId[];
  /** R14.2: a subjective failure also bans the PI. */
  subjectiveFailure?: boolean;
}

export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectOutcome> {
  const { code, policy, application } = input;
  const d = policy.durations;
  const piId = application.team.principalInvestigator.id;
  const s: ProjectState = input.resume ?? initialState(input);
  // The budget after review (R12); the application's own budget stays as applied for.
  let budget: Budget = s.budget ?? application.budget;
  /** The budget the read model's copy of the application has, once a step of this run recorded it. */
  let recordedBudget: Budget | undefined;
  let recorded = input.resume !== undefined;
  let windowClosed: { examination: boolean; late: boolean } | undefined;
  let examination: { passed: boolean; rank: number; actor: Actor; basis: string } | undefined;
  let termination: Termination | undefined;
  let rolling: WithActor<RollingSupportRequest> | undefined;
  let phaseBoundary = false;
  /** Bumped by every recorded step: pending actions, and so reminders, may have changed. */
  let changes = 0;
  // Before any handler is set: a buffered update's handler may record a transition straight away.
  const features = decideFeatures(input.features, input.continueAsNewAfterEvents);
  /** The search attributes as the server last had them: this run's start values, or after an upsert. */
  let upserted: readonly unknown[] | undefined = features.seededSearchAttributes
    ? searchAttributesAtStart()
    : undefined;

  const now = () => Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const interrupted = () => termination !== undefined || rolling !== undefined;
  /** The status as every answer gives it; the query adds the whole timeline, an action what it recorded. */
  const currentStatus = (): Omit<ProjectStatus, 'timeline'> => ({
    code,
    stage: s.stage,
    phase: s.phase,
    policyVersion: policy.id,
    pendingActions: pendingActions(s, piId, now()),
    milestones: s.milestones,
    provincialSubsidy: s.provincialSubsidy,
    militaryOrder: s.militaryOrder,
    horseRaceGroup: s.horseRaceGroup ?? null,
    projectPool: s.projectPool,
    termination: s.termination ?? null,
  });
  const status = (): ProjectStatus => ({ ...currentStatus(), timeline: s.timeline });
  /** What an action answers: the timeline entries after `sinceSeq` are the ones recorded while it ran. */
  const actionResult = (sinceSeq: number): ActionResult => ({
    ...currentStatus(),
    recorded: s.timeline.filter((entry) => entry.seq > sinceSeq),
  });

  /**
   * Records one step: history, search attributes, read model and audit trail move together. The event
   * key is <code>:<seq>, so a retried activity never writes twice (R24).
   */
  async function record(
    action: string,
    actor: Actor,
    details: {
      next?: ProjectStage;
      basis?: string;
      ruleIds?: RuleId[];
      at?: string;
      payload?: Record<string, unknown>;
    } = {},
  ): Promise<void> {
    if (details.next) s.stage = details.next;
    s.seq += 1;
    changes += 1;
    const entry: TimelineEntry = {
      seq: s.seq,
      stage: s.stage,
      action,
      actor,
      at: details.at ?? iso(now()),
      basis: details.basis,
      ruleIds: details.ruleIds ?? [],
    };
    s.timeline.push(entry);
    const waitingOn = pendingActions(s, piId, now());
    const deadline = nextDeadline(waitingOn);
    if (!features.upsertAfterRecord) publishSearchAttributes(deadline);
    // The application goes with a step only until the read model has it with today's budget (issue 7).
    const withApplication = recordedBudget !== budget ? budget : undefined;
    await recordTransition({
      snapshot: {
        code,
        listEntryId: input.listEntry.id,
        strategicField: input.listEntry.strategicField,
        stage: s.stage,
        policyVersion: policy.id,
        ...(withApplication && { application: { ...application, budget: withApplication } }),
        provincialSubsidy: s.provincialSubsidy,
        militaryOrder: s.militaryOrder,
        horseRaceGroup: s.horseRaceGroup ?? null,
        nextDeadline: deadline ?? null,
        pendingActions: waitingOn,
        phase: s.phase,
        fundingMode: s.fundingMode ?? null,
        fundsPaid: s.fundsPaid,
        projectPool: s.projectPool,
        commissionerId: s.commissionerId ?? null,
        version: s.seq,
      },
      event: {
        seq: entry.seq,
        action,
        actor,
        basis: entry.basis,
        ruleIds: entry.ruleIds,
        payload: { phase: s.phase, ...details.payload },
        occurredAt: entry.at,
      },
    });
    if (withApplication) recordedBudget = withApplication;
    // Once the read model has this step, the search attributes show the project as it is by now, so a
    // step recorded meanwhile (the stage change that follows the last milestone check or report, in the
    // same workflow task) rides on the same upsert (issue 7), and the Web UI never runs ahead of the API.
    if (features.upsertAfterRecord) publishSearchAttributes(nextDeadline(pendingActions(s, piId, now())));
  }

  /**
   * Each upsert is a visibility write on the server: only when a value changed (histories from before
   * the patch upserted at every transition).
   */
  function publishSearchAttributes(deadline: string | undefined): void {
    const attributes = [s.stage, deadline ?? null, s.militaryOrder, s.horseRaceGroup ?? null] as const;
    if (features.upsertOnlyChanges && attributes.every((v, i) => v === upserted?.[i])) return;
    upserted = attributes;
    upsertSearchAttributes([
      { key: sa.stage, value: s.stage },
      { key: sa.nextDeadline, value: deadline ? new Date(deadline) : null },
      { key: sa.militaryOrder, value: s.militaryOrder },
      { key: sa.horseRaceGroup, value: s.horseRaceGroup ?? null },
    ]);
  }

  /** Enters a stage with its own deadline (for pending actions, reminders and escalation). */
  async function enter(
    next: ProjectStage,
    action: string,
    actor: Actor,
    details: Parameters<typeof record>[2] & { deadlineMs?: number } = {},
  ) {
    s.stageDeadline = details.deadlineMs === undefined ? undefined : iso(now() + details.deadlineMs);
    s.stageEscalated = false;
    await record(action, actor, { ...details, next });
  }

  /** Ends the project from any open stage: stops every timer, reclaims paid funds, bans on R14.2. */
  async function terminate(t: Termination): Promise<void> {
    if (!isOpenStage(s.stage)) return;
    s.termination = { reason: t.reason, basis: t.basis, actor: t.actor, ruleIds: t.ruleIds };
    s.stageDeadline = undefined;
    await record('terminate', t.actor, {
      next: 'terminated',
      basis: `${t.reason} — ${t.basis}`,
      ruleIds: t.ruleIds,
    });
    if (s.fundsPaid > 0) {
      await recordFundReclamation({
        code,
        phase: s.phase,
        amount: s.fundsPaid,
        reason: t.reason,
        ruleIds: t.ruleIds,
      });
      await record('fundReclamation', SYSTEM, { ruleIds: ['R13'], payload: { amount: s.fundsPaid } });
    }
    if (t.subjectiveFailure) {
      const findingDate = shanghaiDate(new Date(now()));
      const ban = subjectiveFailureBan(findingDate, policy);
      await recordIntegrityRecord({
        id: `ban:${code}:${s.phase}`,
        projectCode: code,
        subjectType: 'person',
        subjectId: piId,
        kind: 'ban',
        ruleId: 'R14.2',
        startsOn: ban.startsOn,
        endsOn: ban.endsOn,
        basis: `Military order of ${code} failed through subjective lack of effort: ${t.basis}`,
      });
      await record('integrityBan', t.actor, {
        ruleIds: ['R14.2', 'R19'],
        payload: { subjectId: piId, ...ban },
      });
    }
  }

  /** Waits for `done`, escalating once to staff when the stage deadline passes. */
  async function awaitWithEscalation(
    done: () => boolean,
    escalation: string,
    ruleIds: RuleId[],
  ): Promise<void> {
    const left = s.stageDeadline ? Math.max(1, Date.parse(s.stageDeadline) - now()) : undefined;
    if (left !== undefined && !s.stageEscalated) {
      if (await condition(() => done() || interrupted(), left)) return;
      s.stageEscalated = true;
      await record(escalation, SYSTEM, {
        ruleIds,
        basis: 'deadline passed; escalated to the programme officer',
      });
    }
    await condition(() => done() || interrupted());
  }

  // ---------------------------------------------------------------- handlers

  /**
   * A staff action: an update that answers with the status it left and the steps it recorded. The handler
   * ends with `answer()`; wrapping it in another async function instead would add a microtask before the
   * update completes, and reorder that completion against the commands of stored histories.
   */
  function onAction<Request, Name extends string>(
    definition: UpdateDefinition<ActionResult, [Request], Name>,
    handler: (request: NoInfer<Request>, answer: () => ActionResult) => Promise<ActionResult>,
    validator: (request: NoInfer<Request>) => void,
  ): void {
    onUpdate(
      definition,
      (request) => {
        const since = s.seq;
        return handler(request, () => actionResult(since));
      },
      validator,
    );
  }

  setHandler(statusQuery, status);
  setHandler(awaitRecordedUpdate, async () => {
    const since = s.seq;
    await condition(() => recorded);
    return actionResult(since);
  });

  setHandler(terminateSignal, (req) => {
    if (!(SIGNAL_STAGES.terminate as readonly string[]).includes(s.stage) || req.actor.role !== 'supervisor')
      return;
    termination ??= { reason: req.reason, basis: req.basis, actor: req.actor, ruleIds: ['R15'] };
  });
  setHandler(rollingSupportSignal, (req) => {
    if (!(SIGNAL_STAGES.rollingSupport as readonly string[]).includes(s.stage)) return;
    rolling ??= req;
  });
  setHandler(applicationWindowClosedSignal, (msg) => {
    windowClosed ??= msg;
  });
  setHandler(examinationOutcomeSignal, (msg) => {
    examination ??= msg;
  });
  // Async, so allHandlersFinished covers its write before a continue-as-new or the end.
  setHandler(stageGateOutcomeSignal, async (msg) => {
    if (!isOpenStage(s.stage)) return;
    if (!msg.passed) {
      termination ??= {
        reason: 'Horse-race stage gate not passed',
        basis: msg.basis,
        actor: msg.actor,
        ruleIds: ['R13'],
      };
    } else {
      await record('stageGatePassed', msg.actor, { basis: msg.basis, ruleIds: ['R13'] });
    }
  });

  onAction(
    submitReviewScoreUpdate,
    async (req, answer) => {
      s.scores[req.expertId] = req.score;
      await record('submitReviewScore', req.actor, {
        ruleIds: ['R9'],
        payload: { expertId: req.expertId, score: req.score },
      });
      return answer();
    },
    (req) => {
      requireRole('submitReviewScore', req.actor);
      requireStage('submitReviewScore', s.stage, ['review']);
      if (req.actor.id !== req.expertId)
        throw invalidTransition(`${req.actor.id} cannot score for ${req.expertId}`);
      if (!s.panel?.expertIds.includes(req.expertId)) {
        throw invalidTransition(`Expert ${req.expertId} is not on the review panel of ${code} (R9, R18.2)`);
      }
      if (s.scores[req.expertId] !== undefined)
        throw invalidTransition(`Expert ${req.expertId} has already scored`);
    },
  );

  onAction(
    decideUpdate,
    async (req, answer) => {
      if (req.outcome === 'reject') {
        s.rejection = { basis: req.evidence.basis };
        await enter('rejected', 'reject', req.actor, {
          basis: req.evidence.basis,
          ruleIds: ['R8', 'R20'],
          payload: { evidence: req.evidence },
        });
        return answer();
      }
      const cut = applySubsidyCut(budget, req.approvedSubsidy);
      if (cut.ok) budget = cut.value;
      s.provincialSubsidy = req.approvedSubsidy;
      s.fundingMode = req.fundingMode;
      s.militaryOrder = req.militaryOrder;
      if (req.horseRace) s.horseRaceGroup = horseRaceGroupId(input.listEntry.id);
      await enter('contract', 'approve', req.actor, {
        deadlineMs: d.decisionPeriodMs,
        basis: req.evidence.basis,
        ruleIds: [
          'R11',
          'R12',
          'R20',
          ...(req.horseRace ? (['R13'] as RuleId[]) : []),
          ...(req.militaryOrder ? (['R14'] as RuleId[]) : []),
        ],
        payload: {
          evidence: req.evidence,
          approvedSubsidy: req.approvedSubsidy,
          fundingMode: req.fundingMode,
        },
      });
      if (s.horseRaceGroup) await joinHorseRace();
      return answer();
    },
    (req) => {
      requireRole('decide', req.actor);
      if (!(s.stage === 'decision' || (s.stage === 'review' && s.reviewOverdue))) {
        throw invalidTransition(
          `A decision is possible once review is complete or overdue; the project is in ${s.stage}`,
        );
      }
      if (req.outcome === 'approve') {
        const violations: Violation[] = checkFundingMode(
          req.fundingMode,
          { ...application, budget },
          input.listEntry,
        );
        const cut = applySubsidyCut(budget, req.approvedSubsidy);
        if (!cut.ok) violations.push(...cut.violations);
        if (violations.length) throw ruleViolation(violations);
      }
    },
  );

  onAction(
    signContractUpdate,
    async (req, answer) => {
      s.milestones = toMilestones(req.milestones);
      s.contractEndsAt = iso(Date.parse(req.contractEndsAt));
      // Funds are paid at signing, except post-hoc subsidy (paid after acceptance) and approval without funding.
      if (s.fundingMode !== 'postHocSubsidy') s.fundsPaid += s.provincialSubsidy;
      // Set before the write: the main loop sees the new stage at once and must see the boundary with it.
      phaseBoundary = true;
      await enter('execution', 'signContract', req.actor, {
        ruleIds: s.militaryOrder ? ['R14'] : [],
        basis: req.militaryOrderTerms,
        payload: { milestones: s.milestones.map((m) => ({ id: m.id, dueAt: m.dueAt })) },
      });
      return answer();
    },
    (req) => {
      requireRole('signContract', req.actor);
      requireStage('signContract', s.stage, ['contract']);
      validateMilestones(req.milestones, req.contractEndsAt);
      if (s.militaryOrder && !req.militaryOrderTerms) {
        throw invalidTransition(
          'A military order (R14) needs its terms: milestone indicators, rewards and penalties',
        );
      }
    },
  );

  onAction(
    recordMilestoneCheckUpdate,
    async (req, answer) => {
      const m = s.milestones.find((x) => x.id === req.milestoneId)!;
      const onTime = now() <= Date.parse(m.dueAt);
      m.status = req.passed ? 'passed' : 'failed';
      m.metOnTime = req.passed && onTime;
      m.outstanding = req.outstanding;
      await record(req.passed ? 'milestonePassed' : 'milestoneFailed', req.actor, {
        basis: req.evidence,
        ruleIds: s.militaryOrder ? ['R14'] : ['R15'],
        payload: { milestoneId: m.id, onTime },
      });
      return answer();
    },
    (req) => {
      requireRole('recordMilestoneCheck', req.actor);
      requireStage('recordMilestoneCheck', s.stage, ['execution']);
      const m = s.milestones.find((x) => x.id === req.milestoneId);
      if (!m) throw invalidTransition(`Milestone ${req.milestoneId} is not in the contract of ${code}`);
      if (m.status !== 'pending') {
        throw invalidTransition(
          `Milestone ${m.id} is ${m.status}; an overdue or failed milestone needs a staff decision`,
        );
      }
    },
  );

  onAction(
    decideMilestoneUpdate,
    async (req, answer) => {
      const m = s.milestones.find((x) => x.id === req.milestoneId)!;
      const ruleIds: RuleId[] = s.militaryOrder ? ['R14', 'R20'] : ['R15', 'R20'];
      if (req.decision === 'extend') {
        m.dueAt = iso(Date.parse(req.newDueAt));
        m.status = 'pending';
        m.escalatedToSupervisor = false;
        await record('milestoneExtended', req.actor, {
          basis: req.evidence.basis,
          ruleIds,
          payload: { milestoneId: m.id, dueAt: m.dueAt },
        });
      } else if (req.decision === 'acceptLate') {
        m.status = 'acceptedLate';
        m.metOnTime = false;
        await record('milestoneAcceptedLate', req.actor, {
          basis: req.evidence.basis,
          ruleIds,
          payload: { milestoneId: m.id },
        });
      } else {
        const subjective = req.finding === 'subjectiveFailure';
        await terminate({
          reason: `Milestone ${m.id} not met: ${subjective ? 'subjective failure (主观不努力)' : 'objective failure'}`,
          basis: req.evidence.basis,
          actor: req.actor,
          ruleIds: subjective ? ['R14', 'R14.2', 'R20'] : ['R14', 'R20'],
          subjectiveFailure: subjective && s.militaryOrder,
        });
      }
      return answer();
    },
    (req) => {
      requireRole('decideMilestone', req.actor);
      requireStage('decideMilestone', s.stage, ['execution']);
      const m = s.milestones.find((x) => x.id === req.milestoneId);
      if (!m) throw invalidTransition(`Milestone ${req.milestoneId} is not in the contract of ${code}`);
      if (m.status !== 'overdue' && m.status !== 'failed') {
        throw invalidTransition(
          `Milestone ${m.id} is ${m.status}: only an overdue or failed milestone needs a decision`,
        );
      }
      if (req.decision === 'extend' && !(Date.parse(req.newDueAt) > now())) {
        throw invalidTransition('An extension needs a new due date in the future');
      }
      if (req.decision === 'acceptLate' && m.status === 'failed') {
        throw invalidTransition(`Milestone ${m.id} failed its check; extend it or terminate`);
      }
    },
  );

  const processStages: ProjectStage[] = ['contract', 'execution', 'acceptance', 'postEvaluation'];
  onAction(
    reportMajorEventUpdate,
    async (req, answer) => {
      await record('majorEventReport', req.actor, {
        basis: req.summary,
        ruleIds: ['R15'],
        payload: { risk: req.risk },
      });
      return answer();
    },
    (req) => {
      requireRole('reportMajorEvent', req.actor);
      requireStage('reportMajorEvent', s.stage, processStages);
      if (req.actor.id !== piId)
        throw invalidTransition(`Only the project's PI ${piId} reports its major events`);
    },
  );
  onAction(
    recordSpotCheckUpdate,
    async (req, answer) => {
      await record('spotCheck', req.actor, {
        basis: req.findings,
        ruleIds: ['R18.4'],
        payload: { satisfactory: req.satisfactory },
      });
      return answer();
    },
    (req) => {
      requireRole('recordSpotCheck', req.actor);
      requireStage('recordSpotCheck', s.stage, processStages);
    },
  );
  onAction(
    assignCommissionerUpdate,
    async (req, answer) => {
      s.commissionerId = req.commissionerId;
      await record('assignCommissioner', req.actor, {
        basis: req.name,
        ruleIds: ['R18.5'],
        payload: { commissionerId: req.commissionerId },
      });
      return answer();
    },
    (req) => {
      requireRole('assignCommissioner', req.actor);
      requireStage('assignCommissioner', s.stage, processStages);
    },
  );
  onAction(
    setProjectPoolUpdate,
    async (req, answer) => {
      s.projectPool = req.member;
      await record(req.member ? 'enterProjectPool' : 'leaveProjectPool', req.actor, {
        basis: req.basis,
        ruleIds: ['R22'],
      });
      return answer();
    },
    (req) => {
      requireRole('setProjectPool', req.actor);
      if (!isOpenStage(s.stage)) throw invalidTransition(`The project is ${s.stage}`);
      if (s.projectPool === req.member)
        throw invalidTransition(`The project is already ${req.member ? 'in' : 'out of'} the pool`);
    },
  );

  onAction(
    recordAcceptanceUpdate,
    async (req, answer) => {
      if (!req.passed) {
        await terminate({
          reason: 'Acceptance not passed',
          basis: req.evidence.basis,
          actor: req.actor,
          ruleIds: ['R16', 'R20'],
        });
        return answer();
      }
      s.acceptedAt = iso(now());
      if (s.fundingMode === 'postHocSubsidy') s.fundsPaid += s.provincialSubsidy;
      phaseBoundary = true;
      await enter('postEvaluation', 'accept', req.actor, {
        deadlineMs: d.postEvaluationIntervalMs,
        basis: req.evidence.basis,
        ruleIds:
          s.acceptancePath === 'simplified'
            ? ['R16.1']
            : s.acceptancePath === 'platformFiling'
              ? ['R17']
              : ['R16'],
        payload: { path: s.acceptancePath, demandSideEvaluation: req.demandSideEvaluation },
      });
      return answer();
    },
    (req) => {
      requireRole('recordAcceptance', req.actor);
      requireStage('recordAcceptance', s.stage, ['acceptance']);
      const violations = acceptanceViolations(req);
      if (violations.length) throw ruleViolation(violations);
    },
  );

  onAction(
    submitPostEvaluationUpdate,
    async (req, answer) => {
      s.postEvaluationReports.push(req.year);
      const last = req.year === policy.postEvaluationYears;
      s.stageDeadline = last
        ? undefined
        : iso(Date.parse(s.acceptedAt!) + (req.year + 1) * d.postEvaluationIntervalMs);
      s.stageEscalated = false;
      await record('postEvaluationReport', req.actor, {
        basis: req.representativeResults,
        ruleIds: ['R23'],
        payload: { year: req.year, benefits: req.economicAndSocialBenefits },
      });
      return answer();
    },
    (req) => {
      requireRole('submitPostEvaluationReport', req.actor);
      requireStage('submitPostEvaluationReport', s.stage, ['postEvaluation']);
      if (req.actor.role === 'projectLead' && req.actor.id !== piId) {
        throw invalidTransition(`Only the project's PI ${piId} submits its post-evaluation reports`);
      }
      const expected = s.postEvaluationReports.length + 1;
      if (req.year !== expected)
        throw invalidTransition(`The next post-evaluation report is for year ${expected} (R23)`);
    },
  );

  function acceptanceViolations(req: WithActor<AcceptanceRequest>): Violation[] {
    if (!req.passed) return [];
    const path = s.acceptancePath ?? 'standard';
    const missing = (ruleId: RuleId, field: string, what: string, zh: string): Violation[] => [
      {
        ruleId,
        fields: [field],
        required: what,
        actual: 'missing',
        message: { 'zh-CN': zh, en: `${what} is required` },
      },
    ];
    if (path === 'simplified') {
      return req.financialFinalAccount
        ? []
        : missing(
            'R16.1',
            'financialFinalAccount',
            'The financial final account',
            '简易验收须提供经费决算表',
          );
    }
    if (path === 'platformFiling') {
      return req.filing
        ? []
        : missing('R17', 'filing', 'The platform filing reference', '平台自主管理项目须报备实施情况和绩效');
    }
    const subject = {
      organisationIds: [
        application.leadOrganisation.id,
        ...application.partnerOrganisations.map((o) => o.id),
      ],
      teamPersonIds: [piId, ...application.team.members.map((m) => m.id)],
    };
    return [
      ...checkAcceptancePanel(req.panel, subject),
      ...(req.demandSideEvaluation
        ? []
        : missing(
            'R16',
            'demandSideEvaluation',
            'The demand side’s evaluation',
            '需求方评价意见是验收的核心指标',
          )),
    ];
  }

  // ---------------------------------------------------------------- stages

  async function applicationStage(): Promise<void> {
    if (input.applicationWindow) await closeOwnWindow(input.applicationWindow.closesAt);
    await condition(() => windowClosed !== undefined || interrupted());
    if (!windowClosed) return;
    if (windowClosed.late) {
      s.rejection = { basis: 'submitted after the application window closed' };
      await enter('rejected', 'rejectLate', SYSTEM, { basis: s.rejection.basis, ruleIds: ['R1'] });
      return;
    }
    // Bans can start between submission and the close of the window (R14.2, R19).
    const violations = await recheckEligibility({
      application,
      entry: input.listEntry,
      policy,
      asOf: shanghaiDate(new Date(now())),
    });
    if (violations.length) {
      s.rejection = { basis: 'ineligible when the application window closed', violations };
      await enter('rejected', 'rejectIneligible', SYSTEM, {
        basis: violations.map((v) => `${v.ruleId}: ${v.message.en}`).join('; '),
        ruleIds: [...new Set(violations.map((v) => v.ruleId))],
      });
      return;
    }
    if (windowClosed.examination) {
      await enter('examination', 'applicationWindowClosed', SYSTEM, {
        deadlineMs: d.examinationPeriodMs,
        ruleIds: ['R8'],
      });
    } else {
      await enter('review', 'applicationWindowClosed', SYSTEM, {
        deadlineMs: d.reviewPeriodMs,
        ruleIds: ['R8', 'R9'],
      });
    }
  }

  /**
   * R13: the entry's workflow holds the stage gate. An entry without one (no examination, issue 7) gets it
   * from the first of its projects to join a horse race, as a child that outlives it (ABANDON); the
   * others find it running and join by signal, as projects of every other entry do.
   */
  async function joinHorseRace(): Promise<void> {
    const window = input.applicationWindow;
    if (window && !window.entryWorkflow) {
      try {
        await startChild(listEntryWorkflow, {
          workflowId: listEntryWorkflowId(input.listEntry.id),
          parentClosePolicy: 'ABANDON',
          args: [
            {
              entry: input.listEntry,
              policy,
              examinationRequired: s.examinationRequired,
              publishedAt: window.opensAt,
              windowClosesAt: window.closesAt,
              publishedBy: { id: input.programmeOfficerId ?? SYSTEM.id, role: 'programmeOfficer' },
              resume: { ...closedEntryState(), raceMembers: [code] },
            },
          ],
          typedSearchAttributes: [
            { key: sa.listEntry, value: input.listEntry.id },
            { key: sa.strategicField, value: input.listEntry.strategicField },
          ],
        });
        return;
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    }
    await getExternalWorkflowHandle(listEntryWorkflowId(input.listEntry.id))
      .signal(horseRaceJoinedSignal, { code })
      .catch(() => undefined);
  }

  /**
   * The project's own timer closes its application window (R1), so an entry needs no workflow to tell its
   * projects, one by one, when it closed (issue 7). The API accepts applications only while the window is
   * open and stamps `submittedAt` by the same clock, so lateness follows from the two times.
   */
  async function closeOwnWindow(closesAt: string): Promise<void> {
    const left = Date.parse(closesAt) - now();
    if (left > 0 && (await condition(interrupted, left))) return;
    windowClosed ??= {
      examination: s.examinationRequired,
      late: Date.parse(input.submittedAt) >= Date.parse(closesAt),
    };
  }

  async function examinationStage(): Promise<void> {
    await awaitWithEscalation(() => examination !== undefined, 'examinationOverdue', ['R8']);
    if (!examination) return;
    if (examination.passed) {
      await enter('review', 'examinationPassed', examination.actor, {
        deadlineMs: d.reviewPeriodMs,
        basis: examination.basis,
        ruleIds: ['R8'],
      });
    } else {
      s.rejection = { basis: `not shortlisted in examination (rank ${examination.rank})` };
      await enter('rejected', 'examinationNotPassed', examination.actor, {
        basis: examination.basis,
        ruleIds: ['R8'],
      });
    }
  }

  async function reviewStage(): Promise<void> {
    if (!s.panel) {
      const draw = await drawReviewPanel({
        code,
        phase: s.phase,
        seed: `${workflowInfo().workflowId}:phase-${s.phase}`,
        subject: {
          organisationIds: [
            application.leadOrganisation.id,
            ...application.partnerOrganisations.map((o) => o.id),
          ],
          teamPersonIds: [piId, ...application.team.members.map((m) => m.id)],
          projectIds: [code],
        },
        policy,
        asOf: shanghaiDate(new Date(now())),
      });
      s.panel = draw;
      await record('reviewPanelDrawn', SYSTEM, {
        ruleIds: ['R9', 'R18.2', 'R19'],
        payload: {
          seed: draw.seed,
          expertIds: draw.expertIds,
          enterpriseShareBp: draw.enterpriseShareBp,
          shortfall: draw.shortfall,
        },
      });
    }
    const allScored = () =>
      s.panel!.expertIds.length > 0 && s.panel!.expertIds.every((id) => s.scores[id] !== undefined);
    const left = Math.max(1, Date.parse(s.stageDeadline ?? iso(now())) - now());
    if (!s.reviewOverdue && s.panel.expertIds.length > 0) {
      if (await condition(() => allScored() || s.stage !== 'review' || interrupted(), left)) {
        if (allScored() && s.stage === 'review') {
          await enter('decision', 'reviewCompleted', SYSTEM, {
            deadlineMs: d.decisionPeriodMs,
            ruleIds: ['R8', 'R9'],
            payload: { scores: s.scores },
          });
        }
        return;
      }
    }
    // Overdue scores (or no eligible experts): staff may decide on what is there.
    s.reviewOverdue = true;
    await record('reviewOverdue', SYSTEM, {
      ruleIds: ['R9'],
      basis: 'review period ended; escalated to the programme officer',
    });
    await condition(() => allScored() || s.stage !== 'review' || interrupted());
    if (allScored() && s.stage === 'review') {
      await enter('decision', 'reviewCompleted', SYSTEM, {
        deadlineMs: d.decisionPeriodMs,
        ruleIds: ['R8', 'R9'],
        payload: { scores: s.scores },
      });
    }
  }

  async function awaitStaff(stage: ProjectStage, escalation: string, ruleIds: RuleId[]): Promise<void> {
    await awaitWithEscalation(() => s.stage !== stage, escalation, ruleIds);
  }

  async function executionStage(): Promise<void> {
    for (;;) {
      if (interrupted() || s.stage !== 'execution') return;
      const m = s.milestones.find(
        (x) => x.status === 'pending' || x.status === 'overdue' || x.status === 'failed',
      );
      if (!m) break;
      if (m.status === 'pending') {
        const dueAt = m.dueAt;
        const left = Math.max(1, Date.parse(dueAt) - now());
        const moved = await condition(
          () => m.status !== 'pending' || m.dueAt !== dueAt || interrupted() || s.stage !== 'execution',
          left,
        );
        if (!moved) {
          m.status = 'overdue';
          await record('milestoneOverdue', SYSTEM, {
            ruleIds: s.militaryOrder ? ['R14'] : ['R15'],
            basis: `no check result for ${m.id} by ${m.dueAt}; escalated to the programme officer`,
            payload: { milestoneId: m.id },
          });
        }
        continue;
      }
      // Overdue or failed: wait for the staff decision; escalate to the supervisor after the grace period.
      const decided = () =>
        (m.status !== 'overdue' && m.status !== 'failed') || interrupted() || s.stage !== 'execution';
      if (!m.escalatedToSupervisor && !(await condition(decided, d.milestoneGraceMs))) {
        m.escalatedToSupervisor = true;
        await record('milestoneEscalated', SYSTEM, {
          ruleIds: ['R15'],
          basis: `${m.id} undecided; escalated to the supervisor`,
          payload: { milestoneId: m.id },
        });
      }
      await condition(decided);
    }
    if (interrupted() || s.stage !== 'execution') return;
    // R14.1: a military order met on time with outstanding performance earns a commendation.
    const outstanding = s.milestones.at(-1)?.outstanding ?? false;
    if (
      s.militaryOrder &&
      earnsCommendation(
        s.milestones.map((m) => m.metOnTime === true),
        outstanding,
      )
    ) {
      await recordIntegrityRecord({
        id: `commendation:${code}:${s.phase}`,
        projectCode: code,
        subjectType: 'person',
        subjectId: piId,
        kind: 'commendation',
        ruleId: 'R14.1',
        startsOn: shanghaiDate(new Date(now())),
        basis: `Military order of ${code} met on time with outstanding performance`,
      });
      await record('commendation', SYSTEM, { ruleIds: ['R14.1'] });
    }
    s.acceptancePath = acceptancePath({ ...application, budget }, s.provincialSubsidy, policy);
    const acceptanceDue = Math.max(now(), Date.parse(s.contractEndsAt ?? iso(now()))) + d.acceptanceWindowMs;
    s.acceptanceDueAt = iso(acceptanceDue);
    await enter('acceptance', 'milestonesComplete', SYSTEM, {
      deadlineMs: acceptanceDue - now(),
      ruleIds:
        s.acceptancePath === 'simplified'
          ? ['R16', 'R16.1']
          : s.acceptancePath === 'platformFiling'
            ? ['R17']
            : ['R16'],
      payload: { acceptancePath: s.acceptancePath },
    });
  }

  async function postEvaluationStage(): Promise<void> {
    for (let year = s.postEvaluationReports.length + 1; year <= policy.postEvaluationYears; year++) {
      await awaitWithEscalation(() => s.postEvaluationReports.includes(year), 'postEvaluationOverdue', [
        'R23',
      ]);
      if (interrupted()) return;
    }
    await enter('closed', 'close', SYSTEM, {
      ruleIds: ['R23'],
      basis: `${policy.postEvaluationYears} years of post-evaluation complete`,
    });
  }

  async function startRollingSupport(req: WithActor<RollingSupportRequest>): Promise<void> {
    rolling = undefined;
    s.phase += 1;
    s.provincialSubsidy += req.additionalSubsidy;
    s.fundsPaid += req.additionalSubsidy;
    s.milestones = toMilestones(req.milestones);
    s.contractEndsAt = iso(Date.parse(req.contractEndsAt));
    s.acceptancePath = undefined;
    s.acceptanceDueAt = undefined;
    s.acceptedAt = undefined;
    s.postEvaluationReports = [];
    await enter('execution', 'rollingSupport', req.actor, {
      basis: `${req.phaseTitle}: ${req.basis}`,
      ruleIds: ['R21'],
      payload: {
        additionalSubsidy: req.additionalSubsidy,
        milestones: s.milestones.map((m) => ({ id: m.id, dueAt: m.dueAt })),
      },
    });
    phaseBoundary = true;
  }

  /** The next reminder for the pending actions as they are now; first sightings of deadlines recorded. */
  function planReminder(r: NonNullable<ProjectState['reminders']>): PlannedReminder | undefined {
    const actions = pendingActions(s, piId, now());
    for (const a of actions) if (a.deadline) r.firstSeen[deadlineKey(a)] ??= now();
    return nextReminder(actions, {
      durations: d,
      programmeOfficerId: input.programmeOfficerId,
      firstSeen: r.firstSeen,
      sent: new Set(r.sent),
    });
  }

  async function sendReminder(r: NonNullable<ProjectState['reminders']>, next: PlannedReminder) {
    await enqueueReminder({
      key: next.key,
      kind: next.kind,
      projectCode: code,
      projectTitle: application.title,
      action: next.action,
      deadline: next.deadline,
      dueAt: iso(now()),
      recipients: next.recipients,
    });
    // Marked only once written: a continue-as-new in between writes it again, which the outbox ignores.
    r.sent.push(next.key);
  }

  /**
   * Issue 6: writes each reminder to the outbox when it falls due, for every pending action with a
   * deadline. A met, extended or ended deadline changes the pending actions, which re-plans at once; the
   * timer of a reminder the change left as it was keeps running (one timer per reminder, not per change).
   */
  async function reminderLoop(): Promise<void> {
    const r = (s.reminders ??= { sent: [], firstSeen: {} });
    let armed: { reminder: PlannedReminder; scope: CancellationScope; fired: boolean } | undefined;
    while (isOpenStage(s.stage)) {
      const next = planReminder(r);
      if (armed && (armed.reminder.key !== next?.key || armed.reminder.at !== next.at)) {
        armed.scope.cancel();
        armed = undefined;
      }
      if (next && !armed) {
        const timer = { reminder: next, scope: new CancellationScope(), fired: false };
        timer.scope
          .run(() => sleep(Math.max(1, next.at - now())))
          .then(
            () => void (timer.fired = true),
            (err: unknown) => {
              if (!isCancellation(err)) throw err;
            },
          );
        armed = timer;
      }
      const seen = changes;
      await condition(() => changes !== seen || !isOpenStage(s.stage) || armed?.fired === true);
      // A change re-plans first; a timer that fired for a reminder still due is sent on the next pass.
      if (changes !== seen || !armed?.fired) continue;
      await sendReminder(r, armed.reminder);
      armed = undefined;
    }
  }

  /** The loop of reminders-v1 (a timer per change), kept so histories recorded under it replay. */
  async function reminderLoopV1(): Promise<void> {
    const r = (s.reminders ??= { sent: [], firstSeen: {} });
    while (isOpenStage(s.stage)) {
      const next = planReminder(r);
      const seen = changes;
      const changed = () => changes !== seen || !isOpenStage(s.stage);
      if (!next) {
        await condition(changed);
        continue;
      }
      if (await condition(changed, Math.max(1, next.at - now()))) continue;
      await sendReminder(r, next);
    }
  }

  /** Keeps only what still matters across continue-as-new: reminders of deadlines still pending. */
  function prunedReminders(): ProjectState['reminders'] {
    if (!s.reminders) return undefined;
    const live = pendingActions(s, piId, now())
      .filter((a) => a.deadline)
      .map(deadlineKey);
    const keep = (key: string) => live.some((k) => key.startsWith(`${k}:`) || key === k);
    return {
      sent: s.reminders.sent.filter(keep),
      firstSeen: Object.fromEntries(Object.entries(s.reminders.firstSeen).filter(([k]) => keep(k))),
    };
  }

  // ---------------------------------------------------------------- main loop

  // Histories recorded before reminders existed replay without them, those of the first loop with it
  // (patching-api sample).
  const reminders = features.reminders();
  if (reminders === 'v2') void reminderLoop();
  else if (reminders === 'v1') void reminderLoopV1();

  if (!input.resume) {
    await record('submitApplication', input.submittedBy, {
      at: input.submittedAt,
      ruleIds: ['R4', 'R5', 'R6', 'R19'],
    });
    recorded = true;
    // An entry without a workflow of its own has no examination to tell of this application (issue 7).
    if (input.applicationWindow?.entryWorkflow !== false) {
      try {
        await getExternalWorkflowHandle(listEntryWorkflowId(input.listEntry.id)).signal(
          applicationSubmittedSignal,
          {
            code,
            fundBacked: application.leadOrganisation.fundBacked,
            submittedAt: input.submittedAt,
            ...(input.applicationWindow && { closesOwnWindow: true }),
          },
        );
      } catch {
        // No list workflow (an entry from before list workflows existed): its window is taken as closed.
        if (!input.applicationWindow) windowClosed = { examination: s.examinationRequired, late: false };
      }
    }
  }

  while (isOpenStage(s.stage)) {
    if (termination) {
      await terminate(termination);
      break;
    }
    if (rolling) {
      await startRollingSupport(rolling);
    } else {
      switch (s.stage) {
        case 'application':
          await applicationStage();
          break;
        case 'examination':
          await examinationStage();
          break;
        case 'review':
          await reviewStage();
          break;
        case 'decision':
          await awaitStaff('decision', 'decisionOverdue', ['R20']);
          break;
        case 'contract':
          await awaitStaff('contract', 'contractOverdue', ['R14']);
          break;
        case 'execution':
          await executionStage();
          break;
        case 'acceptance':
          await awaitStaff('acceptance', 'acceptanceOverdue', ['R16']);
          break;
        case 'postEvaluation':
          await postEvaluationStage();
          break;
      }
    }
    // Long lives stay short in history: a new run after a phase boundary once this one is long enough
    // (CONTINUE_AS_NEW_AFTER_EVENTS), or when the server suggests it.
    const longEnough = workflowInfo().historyLength >= features.continueAsNewAfterEvents;
    if (isOpenStage(s.stage) && ((phaseBoundary && longEnough) || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      // A signal may have arrived while handlers finished: handle it in this run rather than lose it.
      if (!termination && !rolling && isOpenStage(s.stage)) {
        await continueAsNew<typeof projectWorkflow>({
          ...input,
          // The loop's own answer on reminders: legacy histories asked their patches where it started.
          features: { ...features, reminders },
          resume: { ...s, budget, reminders: prunedReminders() },
        });
      }
    }
  }
  await condition(allHandlersFinished);
  return { code, stage: s.stage };
}

/** The attributes `record` keeps current, as this run started with them (unset is null, as there). */
function searchAttributesAtStart(): readonly unknown[] {
  const given = workflowInfo().typedSearchAttributes;
  const deadline = given.get(sa.nextDeadline);
  return [
    given.get(sa.stage) ?? null,
    deadline ? deadline.toISOString() : null,
    given.get(sa.militaryOrder) ?? null,
    given.get(sa.horseRaceGroup) ?? null,
  ];
}

function initialState(input: ProjectWorkflowInput): ProjectState {
  return {
    stage: 'application',
    seq: 0,
    phase: 1,
    timeline: [],
    provincialSubsidy: input.application.budget.provincialSubsidy,
    fundsPaid: 0,
    militaryOrder: false,
    examinationRequired:
      input.listEntry.examinationRequired ??
      input.policy.examinationFields.includes(input.listEntry.strategicField),
    scores: {},
    reviewOverdue: false,
    milestones: [],
    postEvaluationReports: [],
    projectPool: false,
    stageEscalated: false,
  };
}

function toMilestones(milestones: ContractMilestone[]): MilestoneState[] {
  return milestones
    .map((m) => ({ ...m, dueAt: new Date(Date.parse(m.dueAt)).toISOString(), status: 'pending' as const }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

function validateMilestones(milestones: ContractMilestone[], contractEndsAt: string): void {
  const ids = new Set(milestones.map((m) => m.id));
  if (ids.size !== milestones.length) throw invalidTransition('Milestone ids must be unique');
  for (const m of milestones) {
    if (!(Date.parse(m.dueAt) > Date.now())) throw invalidTransition(`Milestone ${m.id} is due in the past`);
    if (Date.parse(m.dueAt) > Date.parse(contractEndsAt))
      throw invalidTransition(`Milestone ${m.id} is due after the contract ends`);
  }
}
