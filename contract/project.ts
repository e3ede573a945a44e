// The project contract: what the API, the worker and the workflow agree on (pattern of samples'
// `early-return/src/shared.ts`). Imports nothing from Node, so the workflow bundle can include it.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import {
  Application,
  FundingMode,
  Indicator,
  ListEntry,
  PolicyVersion,
  AcceptancePanelRole,
  type AcceptancePath,
  type Budget,
  type ExpertDraw,
  type RuleId,
  type Violation,
} from '../rules';
import { DecisionEvidence } from './evidence';

export const PROJECT_WORKFLOW_TYPE = 'projectWorkflow';

/** Business-key workflow IDs (`project:ZJ-2026-00042`): one workflow per project, for its whole life. */
export const projectWorkflowId = (code: string): string => `project:${code}`;

export const PROJECT_CODE_PATTERN = /^ZJ-\d{4}-\d{5,}$/;
export const ProjectCode = z.string().regex(PROJECT_CODE_PATTERN, 'a project code like ZJ-2026-00042');

export const ProjectStage = z.enum([
  'application',
  'examination',
  'review',
  'decision',
  'contract',
  'execution',
  'acceptance',
  'postEvaluation',
  'closed',
  'rejected',
  'terminated',
]);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const FINAL_STAGES: readonly ProjectStage[] = ['closed', 'rejected', 'terminated'];
export const isOpenStage = (stage: ProjectStage): boolean => !FINAL_STAGES.includes(stage);

export const Role = z.enum([
  'programmeOfficer',
  'supervisor',
  'expert',
  'projectLead',
  'financeOfficer',
  'auditor',
  'admin',
  'system',
]);
export type Role = z.infer<typeof Role>;

/** Who acted; travels from the API into the workflow and the audit trail (R24). */
export const Actor = z.object({ id: z.string().min(1).max(128), role: Role });
export type Actor = z.infer<typeof Actor>;

const text = (max = 4000) => z.string().trim().min(1).max(max);
const Instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time with offset' });

// ---- Requests (each carries its actor; validators check role and stage before history changes) ----

export const ReviewScoreRequest = z.object({
  expertId: z.string().min(1).max(64),
  score: z.number().min(0).max(100),
  comment: text().optional(),
});
export type ReviewScoreRequest = z.infer<typeof ReviewScoreRequest>;

export const DecisionRequest = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('approve'),
    /** R12: the subsidy may only go down; total and key indicators stay. */
    approvedSubsidy: z.number().int().min(0),
    fundingMode: FundingMode.default('standard'),
    /** R14: especially major or urgent projects sign a military order. */
    militaryOrder: z.boolean().default(false),
    /** R13: projects of one entry funded in parallel share a group and a stage gate. */
    horseRace: z.boolean().default(false),
    evidence: DecisionEvidence,
  }),
  z.object({ outcome: z.literal('reject'), evidence: DecisionEvidence }),
]);
export type DecisionRequest = z.infer<typeof DecisionRequest>;

export const ContractMilestone = z.object({
  id: z.string().trim().min(1).max(64),
  title: text(500),
  dueAt: Instant,
  indicators: z.array(Indicator).max(50).default([]),
});
export type ContractMilestone = z.infer<typeof ContractMilestone>;

export const ContractRequest = z.object({
  milestones: z.array(ContractMilestone).min(1).max(50),
  contractEndsAt: Instant,
  /** R14 military order terms (rewards and penalties), required when the decision set a military order. */
  militaryOrderTerms: text().optional(),
});
export type ContractRequest = z.infer<typeof ContractRequest>;

export const MilestoneCheckRequest = z.object({
  milestoneId: z.string().min(1).max(64),
  passed: z.boolean(),
  /** R14.1: outstanding performance (with every milestone on time) earns a commendation. */
  outstanding: z.boolean().default(false),
  evidence: text(),
});
export type MilestoneCheckRequest = z.infer<typeof MilestoneCheckRequest>;

export const MilestoneDecisionRequest = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('extend'),
    milestoneId: z.string().min(1),
    newDueAt: Instant,
    evidence: DecisionEvidence,
  }),
  z.object({ decision: z.literal('acceptLate'), milestoneId: z.string().min(1), evidence: DecisionEvidence }),
  z.object({
    decision: z.literal('terminate'),
    milestoneId: z.string().min(1),
    /** R14.2: a subjective failure (主观不努力) bans the PI; an objective one does not. */
    finding: z.enum(['subjectiveFailure', 'objectiveFailure']),
    evidence: DecisionEvidence,
  }),
]);
export type MilestoneDecisionRequest = z.infer<typeof MilestoneDecisionRequest>;

export const MajorEventReport = z.object({ summary: text(), risk: z.enum(['low', 'medium', 'high']) });
export const SpotCheckRequest = z.object({ findings: text(), satisfactory: z.boolean() });
export const CommissionerRequest = z.object({ commissionerId: z.string().min(1).max(64), name: text(200) });
export const ProjectPoolRequest = z.object({ member: z.boolean(), basis: text() });

export const AcceptancePanelMemberInput = z.object({
  personId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64),
  role: z.enum(AcceptancePanelRole),
});

export const AcceptanceRequest = z.object({
  passed: z.boolean(),
  /** R16 standard path: a panel with the demand side / end users. */
  panel: z.array(AcceptancePanelMemberInput).max(50).default([]),
  /** R16 core indicator: the demand side's evaluation of completion and application prospects. */
  demandSideEvaluation: text().optional(),
  /** R16.1 simplified path: reference to the institution's financial final account (经费决算表). */
  financialFinalAccount: text(500).optional(),
  /** R17 platform self-management: the filing (报备) reference. */
  filing: text(500).optional(),
  evidence: DecisionEvidence,
});
export type AcceptanceRequest = z.infer<typeof AcceptanceRequest>;

export const PostEvaluationReport = z.object({
  year: z.number().int().min(1).max(10),
  representativeResults: text(),
  economicAndSocialBenefits: text(),
});
export type PostEvaluationReport = z.infer<typeof PostEvaluationReport>;

export const TerminationRequest = z.object({
  reason: text(2000),
  basis: text(2000),
});
export type TerminationRequest = z.infer<typeof TerminationRequest>;

export const RollingSupportRequest = z.object({
  phaseTitle: text(500),
  additionalSubsidy: z.number().int().min(0),
  milestones: z.array(ContractMilestone).min(1).max(50),
  contractEndsAt: Instant,
  basis: text(),
});
export type RollingSupportRequest = z.infer<typeof RollingSupportRequest>;

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
}

export interface PendingAction {
  action: string;
  ownerRole: Role;
  /** The person who owns it, where one does (the PI, an expert). */
  ownerId?: string;
  deadline?: string;
  overdue: boolean;
}

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
  fundsPaid: number;
  fundingMode?: FundingMode;
  militaryOrder: boolean;
  horseRaceGroup?: string;
  examinationRequired: boolean;
  panel?: Pick<ExpertDraw, 'seed' | 'enterpriseShareBp' | 'shortfall'> & { expertIds: string[] };
  scores: Record<string, number>;
  reviewOverdue: boolean;
  milestones: MilestoneState[];
  contractEndsAt?: string;
  acceptancePath?: AcceptancePath;
  acceptanceDueAt?: string;
  acceptedAt?: string;
  postEvaluationReports: number[];
  commissionerId?: string;
  projectPool: boolean;
  stageDeadline?: string;
  stageEscalated: boolean;
  termination?: { reason: string; basis: string; actor: Actor; ruleIds: RuleId[] };
  /** Issue 6: reminders already written to the outbox, and when each deadline was first seen. */
  reminders?: { sent: string[]; firstSeen: Record<string, number> };
  rejection?: { basis: string; violations?: Violation[] };
}

export interface ProjectWorkflowInput {
  code: string;
  applicationId: string;
  listEntry: ListEntry;
  application: Application;
  /** The whole policy version the project is judged by, frozen into history at the start. */
  policy: PolicyVersion;
  submittedAt: string;
  submittedBy: Actor;
  /** The programme officer who owns the entry's decisions and receives escalations (issue 6). */
  programmeOfficerId?: string;
  /** Present after continue-as-new: the state to resume from. */
  resume?: ProjectState;
}

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
  termination: ProjectState['termination'] | null;
}

export interface ProjectOutcome {
  code: string;
  stage: ProjectStage;
}

/** What the client needs to type `workflow.start` without importing workflow code. */
export type ProjectWorkflow = (input: ProjectWorkflowInput) => Promise<ProjectOutcome>;

// ---- Messages ----

export const statusQuery = defineQuery<ProjectStatus>('status');

/** Resolves once the project's first state is in PostgreSQL, so a 201 is followed by a readable record. */
export const awaitRecordedUpdate = defineUpdate<ProjectStatus>('awaitRecorded');

export const submitReviewScoreUpdate = defineUpdate<ProjectStatus, [WithActor<ReviewScoreRequest>]>(
  'submitReviewScore',
);
export const decideUpdate = defineUpdate<ProjectStatus, [WithActor<DecisionRequest>]>('decide');
export const signContractUpdate = defineUpdate<ProjectStatus, [WithActor<ContractRequest>]>('signContract');
export const recordMilestoneCheckUpdate = defineUpdate<ProjectStatus, [WithActor<MilestoneCheckRequest>]>(
  'recordMilestoneCheck',
);
export const decideMilestoneUpdate = defineUpdate<ProjectStatus, [WithActor<MilestoneDecisionRequest>]>(
  'decideMilestone',
);
export const reportMajorEventUpdate = defineUpdate<
  ProjectStatus,
  [WithActor<z.infer<typeof MajorEventReport>>]
>('reportMajorEvent');
export const recordSpotCheckUpdate = defineUpdate<
  ProjectStatus,
  [WithActor<z.infer<typeof SpotCheckRequest>>]
>('recordSpotCheck');
export const assignCommissionerUpdate = defineUpdate<
  ProjectStatus,
  [WithActor<z.infer<typeof CommissionerRequest>>]
>('assignCommissioner');
export const setProjectPoolUpdate = defineUpdate<
  ProjectStatus,
  [WithActor<z.infer<typeof ProjectPoolRequest>>]
>('setProjectPool');
export const recordAcceptanceUpdate = defineUpdate<ProjectStatus, [WithActor<AcceptanceRequest>]>(
  'recordAcceptance',
);
export const submitPostEvaluationUpdate = defineUpdate<ProjectStatus, [WithActor<PostEvaluationReport>]>(
  'submitPostEvaluationReport',
);

/** R15: the supervising department may terminate at any time. A signal, as the product card asks. */
export const terminateSignal = defineSignal<[WithActor<TerminationRequest>]>('terminate');
/** R21: follow-on support under the same project identity. */
export const rollingSupportSignal = defineSignal<[WithActor<RollingSupportRequest>]>('rollingSupport');

/** From the list-entry workflow: the application window closed (R8 decides where the project goes). */
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
  terminate: ProjectStage.options.filter(isOpenStage),
  rollingSupport: ['execution', 'acceptance', 'postEvaluation'],
};

/** Who may take each staff action (issue 5 enforces the same table at the HTTP edge). */
export const ACTION_ROLES = {
  submitReviewScore: ['expert'],
  decide: ['programmeOfficer', 'admin'],
  signContract: ['programmeOfficer', 'admin'],
  recordMilestoneCheck: ['programmeOfficer', 'admin'],
  decideMilestone: ['programmeOfficer', 'supervisor', 'admin'],
  reportMajorEvent: ['projectLead'],
  recordSpotCheck: ['programmeOfficer', 'supervisor', 'admin'],
  assignCommissioner: ['programmeOfficer', 'admin'],
  setProjectPool: ['programmeOfficer', 'admin'],
  recordAcceptance: ['programmeOfficer', 'admin'],
  submitPostEvaluationReport: ['projectLead', 'programmeOfficer'],
  terminate: ['supervisor'],
  rollingSupport: ['programmeOfficer', 'admin'],
  recordExamination: ['programmeOfficer', 'admin'],
  recordStageGate: ['programmeOfficer', 'admin'],
} as const satisfies Record<string, readonly Role[]>;
export type StaffAction = keyof typeof ACTION_ROLES;

/** Stable ApplicationFailure types that update validators raise; the API maps them to HTTP statuses. */
export const FAILURE_TYPES = {
  invalidTransition: 'InvalidTransition',
  ruleViolation: 'RuleViolation',
  forbidden: 'Forbidden',
} as const;
