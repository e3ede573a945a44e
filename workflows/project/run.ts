// One run of a project workflow: the project's state (carried across continue-as-new), the messages this
// run was told and has not acted on yet, and the status every answer gives. The stage, action, signal and
// reminder modules beside this one read and change the project only through this object.
import type { DecisionEvidence } from '../../contract/evidence';
import type { MisusedFunds, RollingSupportRequest } from '../../contract/project';
import {
  type ActionResult,
  type Actor,
  type PendingAction,
  type ProjectState,
  type ProjectStatus,
  type ProjectWorkflowInput,
  type WithActor,
} from '../../contract/project-workflow';
import type { Application, Budget, PolicyDurations, PolicyVersion, RuleId } from '../../rules';
import { isSealed } from '../../contract/sealed-payloads';
import type { ExaminationPlan } from '../../contract/list-entry-workflow';
import { examinationApplies } from '../../rules/review';
import { decideFeatures, type FeatureDecision } from '../features';
import { pendingActions, withOwnerNames } from '../pending-actions';
import { searchAttributesAtStart } from './search-attributes';

/** Steps the workflow takes on its own: timers that ran out, a stage that followed from the last. */
export const SYSTEM: Actor = { id: 'system', role: 'system' };

export interface Termination {
  reason: string;
  basis: string;
  actor: Actor;
  ruleIds: RuleId[];
  /** R14.2: a subjective failure also bans the PI. */
  subjectiveFailure?: boolean;
  /** R13: what a finding declares misused, reclaimed beside the unspent balance. */
  misusedFunds?: MisusedFunds;
  /** R20: the procedure evidence of a termination decided by staff. */
  evidence?: DecisionEvidence;
}

export interface WindowClosed {
  examination: boolean;
  late: boolean;
}

export interface ExaminationOutcome {
  passed: boolean;
  rank: number;
  actor: Actor;
  basis: string;
}

/** The organisations and people a panel member must not belong to (R18.2) and whose integrity counts (R19). */
export interface TeamSubject {
  organisationIds: string[];
  teamPersonIds: string[];
}

export class ProjectRun {
  readonly code: string;
  readonly policy: PolicyVersion;
  readonly durations: PolicyDurations;
  /** As applied for, or as approved changes (变更) left it. */
  application: Application;
  piId: string;
  readonly state: ProjectState;
  /** The budget after review (R12); the application's own budget stays as applied for. */
  budget: Budget;
  /** The budget the read model's copy of the application has, once a step of this run recorded it. */
  recordedBudget: Budget | undefined;
  /** The project's first step is in the read model (a resumed run's always is). */
  firstStepRecorded: boolean;
  /** Whether, and how, the application window closed for this project (R1, R8). */
  windowClosed: WindowClosed | undefined;
  /** R8: whether the entry holds its examination, as its workflow said at the window's close. */
  examinationPlan: ExaminationPlan | undefined;
  /** The entry's R8 examination outcome for this project. */
  examination: ExaminationOutcome | undefined;
  /** A termination asked for and not yet carried out: the main loop ends the project at its next turn. */
  termination: Termination | undefined;
  /** R21 rolling support asked for and not yet started. */
  rolling: WithActor<RollingSupportRequest> | undefined;
  /** A phase ended in this run (contract signed, acceptance, rolling support): a place to continue as new. */
  phaseBoundary = false;
  /** Bumped by every recorded step: pending actions, and so reminders, may have changed. */
  changes = 0;
  readonly features: FeatureDecision;
  /** The search attributes as the server last had them: this run's start values, or after an upsert. */
  upserted: readonly unknown[] | undefined;

  constructor(readonly input: ProjectWorkflowInput) {
    this.code = input.code;
    this.policy = input.policy;
    this.durations = input.policy.durations;
    this.state = input.resume ?? initialState(input);
    this.application = this.state.amendedApplication ?? input.application;
    this.piId = this.application.team.principalInvestigator.id;
    this.budget = this.state.budget ?? input.application.budget;
    this.recordedBudget = undefined;
    this.firstStepRecorded = input.resume !== undefined;
    // Decided before any handler is set: a buffered update's handler may record a step straight away.
    this.features = decideFeatures(input.features, input.continueAsNewAfterEvents);
    if (!input.resume && this.features.teamSteps) this.state.teamSteps = true;
    this.upserted = this.features.seededSearchAttributes
      ? searchAttributesAtStart(this.features.managerView)
      : undefined;
  }

  now(): number {
    return Date.now();
  }

  iso(ms: number): string {
    return new Date(ms).toISOString();
  }

  /**
   * Whether a message counts: sealed by gongguan (through the API, or from a worker), unless the project
   * started before seals. An unsealed one changes nothing, whatever actor it names.
   */
  accepts(message: unknown): boolean {
    return !this.features.sealedMessages || isSealed(message);
  }

  /** A termination or rolling support waits: every stage's wait gives way to it. */
  interrupted(): boolean {
    return this.termination !== undefined || this.rolling !== undefined;
  }

  pendingActions(): PendingAction[] {
    return withOwnerNames(pendingActions(this.state, this.piId, this.now()), {
      [this.piId]: this.application.team.principalInvestigator.name,
      ...(this.state.commissioner && { [this.state.commissioner.id]: this.state.commissioner.name }),
    });
  }

  teamSubject(): TeamSubject {
    return {
      organisationIds: [
        this.application.leadOrganisation.id,
        ...this.application.partnerOrganisations.map((organisation) => organisation.id),
      ],
      teamPersonIds: [this.piId, ...this.application.team.members.map((member) => member.id)],
    };
  }

  /** The status as every answer gives it; the query adds the whole timeline, an action what it recorded. */
  currentStatus(): Omit<ProjectStatus, 'timeline'> {
    const state = this.state;
    return {
      code: this.code,
      stage: state.stage,
      phase: state.phase,
      policyVersion: this.policy.id,
      pendingActions: this.pendingActions(),
      milestones: state.milestones,
      provincialSubsidy: state.provincialSubsidy,
      militaryOrder: state.militaryOrder,
      horseRaceGroup: state.horseRaceGroup ?? null,
      projectPool: state.projectPool,
      termination: state.termination ?? null,
    };
  }

  status(): ProjectStatus {
    return { ...this.currentStatus(), timeline: this.state.timeline };
  }

  /** What an action answers: the timeline entries after `sinceSeq` are the ones recorded while it ran. */
  actionResult(sinceSeq: number): ActionResult {
    return {
      ...this.currentStatus(),
      recorded: this.state.timeline.filter((entry) => entry.seq > sinceSeq),
    };
  }
}

/** R12: what a decision or contract may not change: the total investment and key indicators applied for. */
export const appliedTerms = (run: ProjectRun) => ({
  totalInvestment: run.application.budget.totalInvestment,
  keyIndicators: run.application.keyIndicators,
});

function initialState(input: ProjectWorkflowInput): ProjectState {
  return {
    stage: 'application',
    seq: 0,
    phase: 1,
    timeline: [],
    provincialSubsidy: input.application.budget.provincialSubsidy,
    fundsPaid: 0,
    militaryOrder: false,
    examinationRequired: examinationApplies(input.listEntry, input.policy),
    scores: {},
    reviewOverdue: false,
    milestones: [],
    postEvaluationReports: [],
    projectPool: false,
    stageEscalated: false,
    ...(input.applicationWindow?.recommendationDueAt && {
      recommendation: {
        dueAt: input.applicationWindow.recommendationDueAt,
        organisationId: input.application.leadOrganisation.id,
      },
    }),
  };
}
