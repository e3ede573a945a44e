// The project contract the workflow, the worker and the API agree on: stages, roles, messages and state
// (pattern of samples' `early-return/src/shared.ts`). It loads no zod: the workflow sandbox evaluates
// every module it imports for each run, so validation schemas live in ./project.ts, which re-exports this.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type {
  AcceptancePath,
  Application,
  Budget,
  ExpertDraw,
  FundingMode,
  ListEntry,
  PhaseFunds,
  PolicyVersion,
  RuleId,
  Violation,
} from '../rules';
import type {
  ChangeDecisionRequest,
  ChangeRequest,
  AcceptanceApplicationRequest,
  AcceptanceRequest,
  CommissionerReport,
  CommissionerRequest,
  ContractMilestone,
  ContractRequest,
  DecisionRequest,
  DirectSupportRequest,
  DisbursementRequest,
  DrawnSpotCheck,
  MajorEventReport,
  MajorEventResponse,
  MilestoneCheckRequest,
  MilestoneDecisionRequest,
  MilestoneReportRequest,
  MilitaryOrderTerms,
  PostEvaluationRating,
  PostEvaluationReport,
  ProjectPoolRequest,
  ExpertCommitmentRequest,
  ObjectionDecisionRequest,
  ObjectionRequest,
  OnSiteInspectionRequest,
  PlatformFilingRequest,
  RecommendationRequest,
  ReviewScoreRequest,
  RollingSupportRequest,
  SpendingReportRequest,
  SpotCheckRectification,
  SpotCheckRequest,
  TerminationRequest,
} from './project';

export const PROJECT_WORKFLOW_TYPE = 'projectWorkflow';

/** Business-key workflow IDs (`project:ZJ-2026-00042`): one workflow per project, for its whole life. */
export const projectWorkflowId = (code: string): string => `project:${code}`;

export const PROJECT_CODE_PATTERN = /^ZJ-\d{4}-\d{5,}$/;

export const PROJECT_STAGES = [
  'application',
  'examination',
  'review',
  'decision',
  /** R18.3 / R20: an approval publicised (公示) before it takes effect. */
  'publicity',
  'contract',
  'execution',
  'acceptance',
  'postEvaluation',
  'closed',
  'rejected',
  'terminated',
] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

export const FINAL_STAGES: readonly ProjectStage[] = ['closed', 'rejected', 'terminated'];
export const isOpenStage = (stage: ProjectStage): boolean => !FINAL_STAGES.includes(stage);

export const ROLES = [
  'programmeOfficer',
  'supervisor',
  'expert',
  'projectLead',
  'financeOfficer',
  'auditor',
  'admin',
  /** R6.6 归口管理单位: recommends the applications of the organisations its key acts for. */
  'recommendingAuthority',
  /** R15 项目承担单位: the undertaking organisation, acting for the organisations its key names. */
  'institution',
  /** R18.5 项目专员: a named expert who oversees the projects they are assigned, throughout. */
  'commissioner',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

/** Who acted; travels from the API into the workflow and the audit trail (R24). */
export interface Actor {
  id: string;
  role: Role;
}

export type WithActor<T> = T & { actor: Actor };

// ---- Workflow state, visible through the status query ----

export interface TimelineEntry {
  seq: number;
  stage: ProjectStage;
  action: string;
  actor: Actor;
  at: string;
  basis?: string;
  ruleIds: RuleId[];
}

export interface MilestoneState extends ContractMilestone {
  status: 'pending' | 'passed' | 'failed' | 'overdue' | 'acceptedLate';
  metOnTime?: boolean;
  outstanding?: boolean;
  escalatedToSupervisor?: boolean;
  /** The PI's progress report, which comes before the staff check in projects where the team reports. */
  report?: { by: string; at: string };
}

export interface PendingAction {
  action: string;
  ownerRole: Role;
  /** The organisation whose holders of `ownerRole` owe it (a recommending authority's, R6.6). */
  ownerOrganisationId?: string;
  /** The person who owns it, where one does (the PI, an expert). */
  ownerId?: string;
  /** Their name, where the project knows it (its PI, its commissioner). */
  ownerName?: string;
  deadline?: string;
  overdue: boolean;
}

/** A pending action is overdue once its deadline has come; read models recompute it at read time. */
export const isOverdue = (deadline: string | undefined, now: number): boolean =>
  deadline !== undefined && Date.parse(deadline) <= now;

export interface ProjectState {
  stage: ProjectStage;
  /** Last event sequence number; events are keyed <code>:<seq>, so retries never duplicate. */
  seq: number;
  /** R21: 1 for the original project, +1 for each rolling-support phase. */
  phase: number;
  timeline: TimelineEntry[];
  provincialSubsidy: number;
  /** R12: the budget after review, when a subsidy cut changed it. */
  budget?: Budget;
  /** Provincial money paid to the project over its life, in fen. */
  fundsPaid: number;
  /**
   * The current phase's money as the ledger has it: its instalments, what was paid and reported spent.
   * Absent: no schedule in the ledger (before the contract, a project without provincial money, or one
   * from before the ledger, which paid its subsidy at signing).
   */
  funds?: PhaseFunds;
  fundingMode?: FundingMode;
  militaryOrder: boolean;
  horseRaceGroup?: string;
  examinationRequired: boolean;
  panel?: Pick<ExpertDraw, 'seed' | 'enterpriseShareBp' | 'shortfall'> & { expertIds: string[] };
  scores: Record<string, number>;
  /**
   * R6.6: the recommending authority's step, for projects that wait for it (absent in projects from
   * before): due by `dueAt`; `recommended` once it recommended, with the matching it committed to.
   */
  recommendation?: {
    dueAt: string;
    /** The lead organisation, whose recommending authority owes the step. */
    organisationId: string;
    recommended?: { by: Actor; at: string; localMatch: number; institutionMatch: number; letter: string };
  };
  /**
   * A project managed outside the province, which files with the province instead of being checked by it
   * (absent: the province manages it): by its platform (R17), or by Ningbo for an approval without
   * funding (R11, `manager: 'ningbo'`); the yearly filings made so far and when the next is due.
   */
  platform?: { annualFilings: number; nextFilingDueAt?: string; manager?: 'ningbo' };
  /** R13: the on-site inspection before a horse-race decision, and the team's stage goals from its contract. */
  onSiteInspection?: {
    by: Actor;
    at: string;
    inspectedOn: string;
    comparableLevel: boolean;
    findings: string;
  };
  stageGoals?: ContractRequest['stageGoals'];
  /** R18.3 / R20: the publicity of the approval: its period and the objections lodged during it. */
  publicity?: Publicity;
  /** R18.1: when each panel expert signed their commitment (absent in projects from before). */
  expertCommitments?: Record<string, string>;
  reviewOverdue: boolean;
  milestones: MilestoneState[];
  contractEndsAt?: string;
  acceptancePath?: AcceptancePath;
  acceptanceDueAt?: string;
  /**
   * The team takes its own steps (absent in projects from before): the PI reports each milestone's
   * progress before the staff check and applies for acceptance before it is held.
   */
  teamSteps?: boolean;
  /** R15: major events reported, each to be answered by the department by its date. */
  majorEvents?: MajorEvent[];
  /** Changes (变更) the PI asked for, open until staff decide them. */
  changeRequests?: ChangeRequestState[];
  /** The application as approved changes left it (a new PI, other partners); absent: as applied for. */
  amendedApplication?: Application;
  /** The plan by budget line, as an approved change set it. */
  budgetLines?: ChangeRequest['budgetLines'];
  /** The PI's application for acceptance, with the R16.1 final account on the simplified path. */
  acceptanceApplication?: { by: string; at: string; simplified: boolean; financialFinalAccount?: string };
  acceptedAt?: string;
  postEvaluationReports: number[];
  /**
   * R23: each reported year, owed the department's rating by `dueAt`, and the rating once given (absent in
   * projects from before, which closed on the team's reports alone).
   */
  postEvaluationRatings?: Array<{
    year: number;
    dueAt: string;
    rating?: { grade: PostEvaluationRating['grade']; by: Actor; at: string };
  }>;
  /** R14: the military order's terms, as signed with the contract (absent before they were fields). */
  militaryOrderTerms?: MilitaryOrderTerms;
  /** R18.4: the spot checks drawn or held, and the follow-up an unsatisfactory one opened. */
  spotChecks?: SpotCheckState[];
  commissionerId?: string;
  /** R18.5: the commissioner overseeing the project, and when their next report is due. */
  commissioner?: { id: string; name: string; reports: number; nextReportDueAt: string };
  projectPool: boolean;
  stageDeadline?: string;
  stageEscalated: boolean;
  termination?: { reason: string; basis: string; actor: Actor; ruleIds: RuleId[] };
  /** Reminders already written to the outbox, and when each deadline was first seen. */
  reminders?: { sent: string[]; firstSeen: Record<string, number> };
  rejection?: { basis: string; violations?: Violation[] };
}

export interface MajorEvent {
  id: string;
  by: Actor;
  at: string;
  risk: 'low' | 'medium' | 'high';
  summary: string;
  /** When the department is to have responded; past it, the event is escalated to the supervisor. */
  dueAt: string;
  escalated?: boolean;
  response?: { by: Actor; at: string; decision: MajorEventResponse['decision']; response: string };
}

export interface SpotCheckState {
  /** The draw's id for a drawn check; `check-<n>` for one staff held on their own. */
  id: string;
  openedAt: string;
  /** When a drawn check is to have been held. */
  dueAt?: string;
  result?: { by: Actor; at: string; satisfactory: boolean };
  /** An unsatisfactory result's follow-up: the team rectifies by `dueAt`. */
  followUp?: { dueAt: string; rectifiedAt?: string };
}

export interface ChangeRequestState {
  id: string;
  by: string;
  at: string;
  /** When staff are to have decided it. */
  dueAt: string;
  reason: string;
  /** What it changes: principalInvestigator, partnerOrganisations, budgetLines, milestones. */
  kinds: string[];
  request: ChangeRequest;
  status: 'open' | 'approved' | 'rejected';
  decision?: { by: Actor; at: string; basis: string };
}

export interface Objection {
  id: string;
  by: Actor;
  at: string;
  grounds: string;
  status: 'open' | 'sustained' | 'dismissed';
  resolution?: { by: Actor; at: string; basis: string };
}

export interface Publicity {
  startsAt: string;
  endsAt: string;
  objections: Objection[];
}

export interface ProjectWorkflowInput {
  code: string;
  listEntry: ListEntry;
  application: Application;
  /** The whole policy version the project is judged by, frozen into history at the start. */
  policy: PolicyVersion;
  submittedAt: string;
  submittedBy: Actor;
  /** The programme officer who owns the entry's decisions and receives escalations. */
  programmeOfficerId?: string;
  /** Present after continue-as-new: the state to resume from. */
  resume?: ProjectState;
  /**
   * The behaviour the project runs with, carried across continue-as-new: given by whoever starts it (the
   * API passes `currentFeatures()`), else chosen by its first run's patches (workflows/features).
   */
  features?: ProjectFeatures;
  /**
   * For a project started without `features`: the events a run holds before it continues as new. The API
   * set it before it gave features at the start; kept so those projects' runs (and histories) replay.
   */
  continueAsNewAfterEvents?: number;
  /**
   * The entry's application window as the API saw it. Present: the project closes its own window
   * on its own timer, and tells the entry's workflow of its application only where the entry has one (R8
   * examination). Absent (projects started before): the entry's workflow tells it when the window closed.
   */
  applicationWindow?: ApplicationWindow;
}

export interface ApplicationWindow {
  /** When the entry was published. */
  opensAt: string;
  closesAt: string;
  /** The entry runs its own workflow from publication: it has an R8 examination to hold. */
  entryWorkflow: boolean;
  /**
   * R6.6: the application waits for its recommending authority's recommendation until this instant (the
   * window's close plus the policy's grace); absent for projects started before.
   */
  recommendationDueAt?: string;
  /**
   * R8: that workflow tells the project at the window's close whether the examination is held; the project
   * waits for it before it enters examination or review. Absent: entries published before.
   */
  examinationPlan?: boolean;
}

/**
 * A run continues as new at the first stage change after a phase boundary (contract signed, accepted,
 * rolling support) once it holds this many history events, or at any stage change when the server
 * suggests it. A new run costs the server a run's start and close and the worker a fresh workflow, and a
 * whole lifecycle is about 270 events, so most projects live in one run. 0 begins a new run at
 * every phase boundary, as projects started before this did.
 */
export const CONTINUE_AS_NEW_AFTER_EVENTS = 1_000;

/** Behaviour changes a project keeps for all its runs, so later runs ask no patches. */
export interface ProjectFeatures {
  /** Search attributes are upserted only when a value changed. */
  upsertOnlyChanges: boolean;
  /** Each run starts from the search attributes it was given, so an unchanged value is not upserted. */
  seededSearchAttributes: boolean;
  /** The reminder loop: none, v1 (a timer per change), v2 (a timer per reminder). */
  reminders: 'none' | 'v1' | 'v2';
  /** Events a run holds before it continues as new; absent (decided before the threshold) means 0. */
  continueAsNewAfterEvents?: number;
  /** Search attributes are upserted once a step's read-model write has landed; absent means before it. */
  upsertAfterRecord?: boolean;
  /**
   * Messages count only when sealed by gongguan's codec (contract/sealed-payloads.ts): sent through the
   * API, or by a worker. Absent: the project started before seals, and takes messages as they come.
   */
  sealedMessages?: boolean;
  /** R18.3 / R20: an approval is publicised before it takes effect. Absent: it took effect at once. */
  publicity?: boolean;
  /** R17: a platform-managed project is filed, not reviewed or checked. Absent: the province managed it. */
  platformFilings?: boolean;
  /**
   * R11 / R12 / R13: money moves through the ledger: finance pays instalments their gates released, the
   * team reports spending, and an early end reclaims the unspent and misused. Absent: the subsidy counted
   * as paid at signing and an early end reclaimed all of it.
   */
  ledger?: boolean;
  /** The team reports milestone progress and applies for acceptance itself. Absent: staff did both alone. */
  teamSteps?: boolean;
  /** R15: major events wait for the department's response by a deadline, escalated after it. */
  majorEventResponses?: boolean;
  /**
   * R14 / R18.4 / R18.5 / R23 / R22: the military order's terms are kept as fields, drawn spot checks and
   * their follow-ups are owed, the commissioner reports by a date, each post-evaluation year waits for the
   * department's rating, and a pool project may be supported directly. Absent: none of these.
   */
  oversight?: boolean;
  /**
   * What managers and the read model see: a phase's payments owed show with the step that opens it, and
   * the Temporal UI names every timer and activity, and finds projects by title, outcome, overdue and whom
   * they wait on. Absent: none of these.
   */
  managerView?: boolean;
  /**
   * The application's first step is written in the run's first workflow task (a local activity) while the
   * entry is told of it, so the API's 201 waits for one task instead of three. Absent: an activity task
   * and then the entry's signal, each a task of its own.
   */
  firstStepInOneTask?: boolean;
}

/**
 * Today's behaviour, for a project that starts now. Given in the input, it spares the first run its
 * patch: a marker and a TemporalChangeVersion upsert, a visibility write, per project. A worker
 * reads a field it does not know as absent, so an API newer or older than the workers is safe either way.
 */
export const currentFeatures = (
  continueAsNewAfterEvents = CONTINUE_AS_NEW_AFTER_EVENTS,
): Required<ProjectFeatures> => ({
  upsertOnlyChanges: true,
  seededSearchAttributes: true,
  reminders: 'v2',
  continueAsNewAfterEvents,
  upsertAfterRecord: true,
  sealedMessages: true,
  publicity: true,
  platformFilings: true,
  ledger: true,
  teamSteps: true,
  majorEventResponses: true,
  oversight: true,
  managerView: true,
  firstStepInOneTask: true,
});

export interface ProjectStatus {
  code: string;
  stage: ProjectStage;
  phase: number;
  policyVersion: string;
  timeline: TimelineEntry[];
  pendingActions: PendingAction[];
  milestones: MilestoneState[];
  provincialSubsidy: number;
  militaryOrder: boolean;
  horseRaceGroup: string | null;
  projectPool: boolean;
  termination: NonNullable<ProjectState['termination']> | null;
}

/**
 * What every staff action (an update) answers: the status as the action left it, with the timeline entries
 * recorded while it ran rather than the whole timeline. Each answer is stored in the project's history, and
 * the whole timeline grows with every step of a decade-long project; it stays in the `status` query, which
 * costs no history.
 */
export type ActionResult = Omit<ProjectStatus, 'timeline'> & { recorded: TimelineEntry[] };

export interface ProjectOutcome {
  code: string;
  stage: ProjectStage;
}

/** What the client needs to type `workflow.start` without importing workflow code. */
export type ProjectWorkflow = (input: ProjectWorkflowInput) => Promise<ProjectOutcome>;

// ---- Messages ----

export const statusQuery = defineQuery<ProjectStatus>('status');

/** Resolves once the project's first state is in PostgreSQL, so a 201 is followed by a readable record. */
export const awaitRecordedUpdate = defineUpdate<ActionResult>('awaitRecorded');

export const reportMilestoneProgressUpdate = defineUpdate<ActionResult, [WithActor<MilestoneReportRequest>]>(
  'reportMilestoneProgress',
);
export const applyForAcceptanceUpdate = defineUpdate<ActionResult, [WithActor<AcceptanceApplicationRequest>]>(
  'applyForAcceptance',
);
export const respondToMajorEventUpdate = defineUpdate<ActionResult, [WithActor<MajorEventResponse>]>(
  'respondToMajorEvent',
);
export const requestChangeUpdate = defineUpdate<ActionResult, [WithActor<ChangeRequest>]>('requestChange');
export const decideChangeUpdate = defineUpdate<ActionResult, [WithActor<ChangeDecisionRequest>]>(
  'decideChange',
);
export const recordDisbursementUpdate = defineUpdate<ActionResult, [WithActor<DisbursementRequest>]>(
  'recordDisbursement',
);
export const fileSpendingReportUpdate = defineUpdate<ActionResult, [WithActor<SpendingReportRequest>]>(
  'fileSpendingReport',
);
export const fileWithProvinceUpdate = defineUpdate<ActionResult, [WithActor<PlatformFilingRequest>]>(
  'fileWithProvince',
);
export const recordOnSiteInspectionUpdate = defineUpdate<ActionResult, [WithActor<OnSiteInspectionRequest>]>(
  'recordOnSiteInspection',
);
export const lodgeObjectionUpdate = defineUpdate<ActionResult, [WithActor<ObjectionRequest>]>(
  'lodgeObjection',
);
export const resolveObjectionUpdate = defineUpdate<ActionResult, [WithActor<ObjectionDecisionRequest>]>(
  'resolveObjection',
);
export const recommendUpdate = defineUpdate<ActionResult, [WithActor<RecommendationRequest>]>('recommend');
export const commitAsExpertUpdate = defineUpdate<ActionResult, [WithActor<ExpertCommitmentRequest>]>(
  'commitAsExpert',
);
export const submitReviewScoreUpdate = defineUpdate<ActionResult, [WithActor<ReviewScoreRequest>]>(
  'submitReviewScore',
);
export const decideUpdate = defineUpdate<ActionResult, [WithActor<DecisionRequest>]>('decide');
export const signContractUpdate = defineUpdate<ActionResult, [WithActor<ContractRequest>]>('signContract');
export const recordMilestoneCheckUpdate = defineUpdate<ActionResult, [WithActor<MilestoneCheckRequest>]>(
  'recordMilestoneCheck',
);
export const decideMilestoneUpdate = defineUpdate<ActionResult, [WithActor<MilestoneDecisionRequest>]>(
  'decideMilestone',
);
export const reportMajorEventUpdate = defineUpdate<ActionResult, [WithActor<MajorEventReport>]>(
  'reportMajorEvent',
);
export const recordSpotCheckUpdate = defineUpdate<ActionResult, [WithActor<SpotCheckRequest>]>(
  'recordSpotCheck',
);
export const assignCommissionerUpdate = defineUpdate<ActionResult, [WithActor<CommissionerRequest>]>(
  'assignCommissioner',
);
export const setProjectPoolUpdate = defineUpdate<ActionResult, [WithActor<ProjectPoolRequest>]>(
  'setProjectPool',
);
export const recordAcceptanceUpdate = defineUpdate<ActionResult, [WithActor<AcceptanceRequest>]>(
  'recordAcceptance',
);
export const openSpotCheckUpdate = defineUpdate<ActionResult, [WithActor<DrawnSpotCheck>]>('openSpotCheck');
export const rectifySpotCheckUpdate = defineUpdate<ActionResult, [WithActor<SpotCheckRectification>]>(
  'rectifySpotCheck',
);
export const fileCommissionerReportUpdate = defineUpdate<ActionResult, [WithActor<CommissionerReport>]>(
  'fileCommissionerReport',
);
export const ratePostEvaluationUpdate = defineUpdate<ActionResult, [WithActor<PostEvaluationRating>]>(
  'ratePostEvaluation',
);
export const submitPostEvaluationUpdate = defineUpdate<ActionResult, [WithActor<PostEvaluationReport>]>(
  'submitPostEvaluationReport',
);

/** R15: the supervising department may terminate at any time. A signal, as the product card asks. */
export const terminateSignal = defineSignal<[WithActor<TerminationRequest>]>('terminate');
/** R21: follow-on support under the same project identity. */
export const rollingSupportSignal =
  defineSignal<[WithActor<RollingSupportRequest> & Partial<Pick<DirectSupportRequest, 'breakthrough'>>]>(
    'rollingSupport',
  );

/**
 * From the list-entry workflow, to projects started without `applicationWindow`: the application window
 * closed (R8 decides where the project goes).
 */
export const applicationWindowClosedSignal =
  defineSignal<[{ examination: boolean; late: boolean }]>('applicationWindowClosed');
/** From the list-entry workflow: the R8 examination outcome. */
export const examinationOutcomeSignal =
  defineSignal<[{ passed: boolean; rank: number; actor: Actor; basis: string }]>('examinationOutcome');
/** From the list-entry workflow: the R13 horse-race stage gate. */
export const stageGateOutcomeSignal =
  defineSignal<[{ passed: boolean; actor: Actor; basis: string }]>('stageGateOutcome');

/** Stages that accept each signal; the API answers 409 outside them (the workflow ignores them too). */
export const SIGNAL_STAGES: Record<'terminate' | 'rollingSupport', readonly ProjectStage[]> = {
  /** R15: any open stage. */
  terminate: PROJECT_STAGES.filter(isOpenStage),
  rollingSupport: ['execution', 'acceptance', 'postEvaluation'],
};

/** Who may take each staff action; the API enforces the same table at the HTTP edge. */
export const ACTION_ROLES = {
  /** R18.3: anyone signed in may object during the publicity period (auditors only read). */
  lodgeObjection: [
    'programmeOfficer',
    'supervisor',
    'expert',
    'projectLead',
    'financeOfficer',
    'admin',
    'recommendingAuthority',
    'institution',
  ],
  resolveObjection: ['programmeOfficer', 'supervisor', 'admin'],
  recordOnSiteInspection: ['programmeOfficer', 'supervisor', 'admin'],
  /** R17: the platform (its project lead) files; the province reads. */
  fileWithProvince: ['projectLead', 'admin'],
  recommend: ['recommendingAuthority'],
  commitAsExpert: ['expert'],
  submitReviewScore: ['expert'],
  decide: ['programmeOfficer', 'admin'],
  signContract: ['programmeOfficer', 'admin'],
  recordMilestoneCheck: ['programmeOfficer', 'admin'],
  decideMilestone: ['programmeOfficer', 'supervisor', 'admin'],
  /** R15: the institution and the PI report; the department responds. */
  reportMajorEvent: ['projectLead', 'institution'],
  respondToMajorEvent: ['programmeOfficer', 'supervisor', 'admin'],
  recordSpotCheck: ['programmeOfficer', 'supervisor', 'admin'],
  assignCommissioner: ['programmeOfficer', 'admin'],
  setProjectPool: ['programmeOfficer', 'admin'],
  recordAcceptance: ['programmeOfficer', 'admin'],
  submitPostEvaluationReport: ['projectLead', 'programmeOfficer'],
  terminate: ['supervisor'],
  rollingSupport: ['programmeOfficer', 'admin'],
  recordExamination: ['programmeOfficer', 'admin'],
  recordStageGate: ['programmeOfficer', 'admin'],
  /** The ledger: finance pays instalments; the team reports its spending. */
  recordDisbursement: ['financeOfficer'],
  fileSpendingReport: ['projectLead'],
  /** The project team's own steps: the PI reports progress and applies for acceptance. */
  reportMilestoneProgress: ['projectLead'],
  applyForAcceptance: ['projectLead'],
  /** Changes (变更): the PI asks, staff decide. */
  requestChange: ['projectLead'],
  decideChange: ['programmeOfficer', 'admin'],
  /** R18.4: the supervisor draws; the team rectifies what a check found. */
  openSpotCheck: ['supervisor', 'admin'],
  rectifySpotCheck: ['projectLead', 'institution'],
  /** R18.5: only the named commissioner reports. */
  fileCommissionerReport: ['commissioner'],
  /** R23: the department rates each post-evaluation year. */
  ratePostEvaluation: ['programmeOfficer', 'supervisor', 'admin'],
  /** R22: direct support of a pool project, a new phase as rolling support is. */
  directSupport: ['programmeOfficer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type StaffAction = keyof typeof ACTION_ROLES;

/** Stable ApplicationFailure types that update validators raise; the API maps them to HTTP statuses. */
export const FAILURE_TYPES = {
  invalidTransition: 'InvalidTransition',
  ruleViolation: 'RuleViolation',
  forbidden: 'Forbidden',
} as const;
