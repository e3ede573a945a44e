// The project contract's validation schemas: what the API accepts for each staff action, with the types
// inferred from them. The rest of the contract (stages, messages, state) is in ./project-workflow.ts,
// re-exported here, so API code imports everything from this module and workflow code from that one.
import { z } from 'zod';
import {
  AcceptancePanelRole,
  BUDGET_LINES,
  CivilDate,
  DEMAND_SIDE_GRADES,
  ExpertCommitment,
  Fen,
  FundingMode,
  INSTALMENT_GATE_PATTERN,
  Indicator,
  Organisation,
  POST_EVALUATION_GRADES,
  Person,
} from '../rules';
import { DecisionEvidence } from './evidence';
import { PROJECT_CODE_PATTERN, PROJECT_STAGES, ROLES } from './project-workflow';

export * from './project-workflow';

export const ProjectCode = z.string().regex(PROJECT_CODE_PATTERN, 'a project code like ZJ-2026-00042');
export const ProjectStage = z.enum(PROJECT_STAGES);
export type ProjectStage = z.infer<typeof ProjectStage>;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const Actor = z.object({ id: z.string().min(1).max(128), role: Role });
export type Actor = z.infer<typeof Actor>;

const text = (max = 4000) => z.string().trim().min(1).max(max);
const Instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 date-time with offset' });

/** A paper uploaded to the project (POST /projects/{code}/documents), named by its content's SHA-256. */
export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of an uploaded document, 64 lowercase hex digits');
/** The papers a step comes with: uploaded first, named here by hash, so history never holds the bytes. */
const Documents = z.array(Sha256).max(20).optional().describe('SHA-256 of papers uploaded to the project');

// ---- Requests (each carries its actor; validators check role and stage before history changes) ----

export const ReviewScoreRequest = z.strictObject({
  expertId: z.string().min(1).max(64),
  score: z.number().min(0).max(100),
  comment: text().optional(),
});
export type ReviewScoreRequest = z.infer<typeof ReviewScoreRequest>;

/**
 * R6.6: the recommending authority recommends the application, committing to the matching in its letter
 * (the R6.1 local and R6.2 institution amounts, in fen), or returns it with its reasons.
 */
export const RecommendationRequest = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('recommend'),
    /** The recommendation letter (推荐承诺书): its reference or summary. */
    letter: text(2000),
    commitment: z.object({ localMatch: Fen, institutionMatch: Fen }),
  }),
  z.strictObject({ decision: z.literal('return'), reasons: text() }),
]);
export type RecommendationRequest = z.infer<typeof RecommendationRequest>;

/** R18.3: an objection to a publicised approval, with its grounds. */
export const ObjectionRequest = z.strictObject({
  grounds: text(),
  /** How the office may reach the objector, if not through their account. */
  contact: text(500).optional(),
});
export type ObjectionRequest = z.infer<typeof ObjectionRequest>;

/** R18.3 / R20: staff sustain or dismiss an objection, with evidence; a sustained one reopens the decision. */
export const ObjectionDecisionRequest = z.strictObject({
  objectionId: z.string().min(1).max(32),
  outcome: z.enum(['sustain', 'dismiss']),
  evidence: DecisionEvidence,
});
export type ObjectionDecisionRequest = z.infer<typeof ObjectionDecisionRequest>;

/** R18.1: an expert on the panel commits before seeing or scoring the application. */
export const ExpertCommitmentRequest = ExpertCommitment.extend({ expertId: z.string().min(1).max(64) });
export type ExpertCommitmentRequest = z.infer<typeof ExpertCommitmentRequest>;

export const DecisionRequest = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('approve'),
    /** R12: the subsidy may only go down; total and key indicators stay. */
    approvedSubsidy: Fen.meta({
      description: 'Fen (分) of provincial subsidy approved: ¥800,000 = 80000000',
      example: 80_000_000,
    }),
    fundingMode: FundingMode.default('standard'),
    /** R14: especially major or urgent projects sign a military order. */
    militaryOrder: z.boolean().default(false),
    /** R13: projects of one entry funded in parallel share a group and a stage gate. */
    horseRace: z.boolean().default(false),
    /** R12: stated only to confirm them; any change to what was applied for is refused. */
    totalInvestment: Fen.optional(),
    keyIndicators: z.array(Indicator).max(50).optional(),
    evidence: DecisionEvidence,
  }),
  z.strictObject({ outcome: z.literal('reject'), evidence: DecisionEvidence }),
]);
export type DecisionRequest = z.infer<typeof DecisionRequest>;

/** What a finding declares misused of the funds spent (R13): reclaimed beside the unspent balance. */
export const MisusedFunds = z.strictObject({ amount: Fen.min(1).describe('Fen'), finding: text(2000) });
export type MisusedFunds = z.infer<typeof MisusedFunds>;

export const ContractMilestone = z.strictObject({
  id: z.string().trim().min(1).max(64),
  title: text(500),
  dueAt: Instant,
  indicators: z.array(Indicator).max(50).default([]),
});
export type ContractMilestone = z.infer<typeof ContractMilestone>;

/** One instalment of the provincial subsidy the contract schedules, and the gate that releases it. */
export const InstalmentPlan = z.strictObject({
  amount: Fen.min(1).describe('Fen'),
  /** When finance is to pay it once its gate has opened (reminded, overdue after). */
  dueAt: Instant,
  gate: z
    .string()
    .regex(INSTALMENT_GATE_PATTERN, "'contract', 'milestone:<milestone id>' or 'stageGate' (R13)")
    .default('contract')
    .describe(
      'What releases it: the signed contract, a milestone’s passed check, the horse race’s stage gate',
    ),
});
export type InstalmentPlan = z.infer<typeof InstalmentPlan>;

/**
 * R14: a military order's terms as fields: the contract milestones whose dates it makes hard, the indicators
 * it binds the team to, the rewards for meeting them on time (R14.1) and the penalties for failing them
 * (R14.2), and the signed order itself, uploaded first.
 */
export const MilitaryOrderTerms = z.strictObject({
  milestoneIds: z
    .array(z.string().trim().min(1).max(64))
    .min(1)
    .max(50)
    .describe('Ids of the contract’s milestones whose dates the order makes hard'),
  indicators: z.array(Indicator).min(1).max(50),
  rewards: z.array(text(1000)).min(1).max(20),
  penalties: z.array(text(1000)).min(1).max(20),
  document: Sha256.optional().describe('SHA-256 of the signed military order (军令状), uploaded first'),
});
export type MilitaryOrderTerms = z.infer<typeof MilitaryOrderTerms>;

export const ContractRequest = z.strictObject({
  milestones: z.array(ContractMilestone).min(1).max(50),
  contractEndsAt: Instant,
  /** R14: the military order's terms, required when the decision set a military order. */
  militaryOrderTerms: MilitaryOrderTerms.optional(),
  /** R13: a horse-race team's stage goals (阶段性目标), which its stage gate judges it against. */
  stageGoals: z.array(Indicator).max(50).optional(),
  /** R12: the contract's key indicators (任务书考核指标), exactly the application's; absent, those are taken. */
  keyIndicators: z.array(Indicator).max(50).optional(),
  /**
   * The schedule of the provincial subsidy, adding up to it; absent: one instalment, released by the
   * contract, due within the policy's disbursement window. None for a post-hoc subsidy (R11).
   */
  instalments: z.array(InstalmentPlan).min(1).max(20).optional(),
  documents: Documents,
});
export type ContractRequest = z.infer<typeof ContractRequest>;

/**
 * A change (变更) the PI asks for during execution: the PI, the partner organisations, the plan by budget
 * line, or the milestones still to come. The total investment and key indicators may be stated only as
 * they are (R12): a change to them is refused, naming them.
 */
export const ChangeRequest = z
  .strictObject({
    reason: text(),
    principalInvestigator: Person.optional(),
    partnerOrganisations: z.array(Organisation).max(20).optional(),
    budgetLines: z
      .array(
        z.strictObject({
          line: z.enum(BUDGET_LINES),
          provincial: Fen.describe('Fen of provincial money planned'),
          selfRaised: Fen.describe('Fen of self-raised money planned'),
        }),
      )
      .min(1)
      .max(BUDGET_LINES.length)
      .optional(),
    milestones: z.array(ContractMilestone).min(1).max(50).optional(),
    totalInvestment: Fen.optional(),
    keyIndicators: z.array(Indicator).max(50).optional(),
    documents: Documents,
  })
  .refine(
    (c) =>
      c.principalInvestigator !== undefined ||
      c.partnerOrganisations !== undefined ||
      c.budgetLines !== undefined ||
      c.milestones !== undefined ||
      c.totalInvestment !== undefined ||
      c.keyIndicators !== undefined,
    'a change names what it changes: principalInvestigator, partnerOrganisations, budgetLines or milestones',
  );
export type ChangeRequest = z.infer<typeof ChangeRequest>;

/** Staff approve or reject a change, with evidence and commitment (R18.1, R20). */
export const ChangeDecisionRequest = z.strictObject({
  changeId: z.string().min(1).max(32),
  outcome: z.enum(['approve', 'reject']),
  evidence: DecisionEvidence,
});
export type ChangeDecisionRequest = z.infer<typeof ChangeDecisionRequest>;

/** The PI's progress report on a milestone (进展报告): what was achieved against each of its indicators. */
export const MilestoneReportRequest = z.strictObject({
  milestoneId: z.string().min(1).max(64),
  summary: text(),
  achievements: z
    .array(
      z.strictObject({
        indicator: z
          .string()
          .trim()
          .min(1)
          .max(200)
          .describe('The name of one of the milestone’s indicators'),
        achieved: text(2000),
        met: z.boolean(),
      }),
    )
    .max(50)
    .default([]),
  documents: Documents,
});
export type MilestoneReportRequest = z.infer<typeof MilestoneReportRequest>;

/**
 * The PI's application for acceptance (验收申请) with the final report. Below the R16.1 threshold the team
 * may take the simplified path, with its institution's final account statement (经费决算表).
 */
export const AcceptanceApplicationRequest = z.strictObject({
  finalReport: text(),
  simplified: z.boolean().default(false),
  financialFinalAccount: text(500).optional(),
  documents: Documents,
});
export type AcceptanceApplicationRequest = z.infer<typeof AcceptanceApplicationRequest>;

export const MilestoneCheckRequest = z.strictObject({
  milestoneId: z.string().min(1).max(64),
  passed: z.boolean(),
  /** R14.1: outstanding performance (with every milestone on time) earns a commendation. */
  outstanding: z.boolean().default(false),
  evidence: text(),
  documents: Documents,
});
export type MilestoneCheckRequest = z.infer<typeof MilestoneCheckRequest>;

export const MilestoneDecisionRequest = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('extend'),
    milestoneId: z.string().min(1),
    newDueAt: Instant,
    evidence: DecisionEvidence,
  }),
  z.strictObject({
    decision: z.literal('acceptLate'),
    milestoneId: z.string().min(1),
    evidence: DecisionEvidence,
  }),
  z.strictObject({
    decision: z.literal('terminate'),
    milestoneId: z.string().min(1),
    /** R14.2: a subjective failure (主观不努力) bans the PI; an objective one does not. */
    finding: z.enum(['subjectiveFailure', 'objectiveFailure']),
    misusedFunds: MisusedFunds.optional(),
    evidence: DecisionEvidence,
  }),
]);
export type MilestoneDecisionRequest = z.infer<typeof MilestoneDecisionRequest>;

/**
 * R17: what a platform that approves and manages a project itself files with the province: its approval
 * (with the subsidy it set, R12), a yearly report, and the completion (its own acceptance).
 */
export const PlatformFilingRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('approval'),
    approvedSubsidy: Fen,
    reference: text(500),
    evidence: DecisionEvidence,
  }),
  z.strictObject({
    kind: z.literal('annual'),
    year: z.number().int().min(1).max(20),
    reference: text(500),
    summary: text(),
  }),
  z.strictObject({ kind: z.literal('completion'), reference: text(500), summary: text() }),
]);
export type PlatformFilingRequest = z.infer<typeof PlatformFilingRequest>;

/** R13: an on-site inspection (现场考察) of a horse-race candidate before the decision. */
export const OnSiteInspectionRequest = z.strictObject({
  findings: text(),
  /** Whether the team is of the level a parallel award needs. */
  comparableLevel: z.boolean(),
  inspectedOn: z.iso.date(),
  inspectors: z.array(z.string().trim().min(1).max(128)).min(1).max(20),
});
export type OnSiteInspectionRequest = z.infer<typeof OnSiteInspectionRequest>;

/** Money paid against a released instalment of the schedule, by the finance officer. */
export const DisbursementRequest = z.strictObject({
  instalment: z.number().int().min(1).max(20),
  amount: Fen.min(1).describe('Fen'),
  paidOn: CivilDate,
  /** The payment voucher (拨款凭证) reference. */
  voucher: text(200),
  basis: text().optional(),
});
export type DisbursementRequest = z.infer<typeof DisbursementRequest>;

export const SpendingLine = z.strictObject({
  line: z.enum(BUDGET_LINES),
  provincial: Fen.describe('Fen of provincial money spent'),
  selfRaised: Fen.describe('Fen of self-raised money spent'),
});

/** The team's annual spending report (年度经费使用情况), provincial money and self-raised, by budget line. */
export const SpendingReportRequest = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  lines: z
    .array(SpendingLine)
    .min(1)
    .max(BUDGET_LINES.length)
    .refine((lines) => new Set(lines.map((l) => l.line)).size === lines.length, 'each budget line once'),
  note: text().optional(),
  documents: Documents,
});
export type SpendingReportRequest = z.infer<typeof SpendingReportRequest>;

/** A repayment received against the project's reclamation demands, by the finance officer. */
export const ReceiptRequest = z.strictObject({
  amount: Fen.min(1).describe('Fen'),
  receivedOn: CivilDate,
  voucher: text(200),
});
export type ReceiptRequest = z.infer<typeof ReceiptRequest>;

export const MajorEventReport = z.strictObject({
  summary: text(),
  risk: z.enum(['low', 'medium', 'high']),
  documents: Documents,
});
export type MajorEventReport = z.infer<typeof MajorEventReport>;

/**
 * R15: the supervising department's response to a major event, with evidence (R20): noted, or a decision to
 * continue, adjust or terminate, which a high-risk event requires; only a supervisor terminates.
 */
export const MajorEventResponse = z.strictObject({
  eventId: z.string().min(1).max(32),
  decision: z.enum(['noted', 'continue', 'adjust', 'terminate']),
  response: text(),
  evidence: DecisionEvidence,
});
export type MajorEventResponse = z.infer<typeof MajorEventResponse>;
/**
 * R18.4: a spot check's result: of a check a draw opened (`checkId`), or one staff held on their own; an
 * unsatisfactory result opens a follow-up the team rectifies by the policy's deadline.
 */
export const SpotCheckRequest = z.strictObject({
  checkId: z.string().min(1).max(64).optional().describe('The drawn check this result closes'),
  findings: text(),
  satisfactory: z.boolean(),
  documents: Documents,
});
export type SpotCheckRequest = z.infer<typeof SpotCheckRequest>;

/** R18.4: a random draw of the projects in execution, each to be checked by `checkBy`. */
export const SpotCheckDrawRequest = z.strictObject({
  checkBy: Instant.describe('When the drawn projects are to have been checked'),
  /** Recorded with the draw, so it can be drawn again; absent, a random one is made and recorded. */
  seed: z.string().trim().min(1).max(128).optional(),
  /** Draw among one call-list entry's or one strategic field's projects only; absent, among all. */
  scope: z
    .strictObject({
      listEntryId: z.string().min(1).max(64).optional(),
      strategicField: z.string().min(1).max(64).optional(),
    })
    .default({}),
});
export type SpotCheckDrawRequest = z.infer<typeof SpotCheckDrawRequest>;

/** The draw's part of a drawn project's check, sent to its workflow. */
export const DrawnSpotCheck = z.strictObject({ drawId: z.string().min(1).max(64), dueAt: Instant });
export type DrawnSpotCheck = z.infer<typeof DrawnSpotCheck>;

/** R18.4: the team's rectification (整改) of what an unsatisfactory spot check found. */
export const SpotCheckRectification = z.strictObject({
  checkId: z.string().min(1).max(64),
  report: text(),
  documents: Documents,
});
export type SpotCheckRectification = z.infer<typeof SpotCheckRectification>;

/** R18.5: the project commissioner's periodic report on the project they oversee. */
export const CommissionerReport = z.strictObject({
  assessment: z.enum(['onTrack', 'concerns', 'atRisk']),
  findings: text(),
  documents: Documents,
});
export type CommissionerReport = z.infer<typeof CommissionerReport>;

/** R23: the department's rating of a post-evaluation year the team has reported, with its basis (R20). */
export const PostEvaluationRating = z.strictObject({
  year: z.number().int().min(1).max(10),
  grade: z.enum(POST_EVALUATION_GRADES).describe('优秀 excellent, 良好 good, 合格 pass, 不合格 fail'),
  basis: text(),
  evidence: DecisionEvidence,
});
export type PostEvaluationRating = z.infer<typeof PostEvaluationRating>;
export const CommissionerRequest = z.strictObject({
  commissionerId: z.string().min(1).max(64),
  name: text(200),
});
export type CommissionerRequest = z.infer<typeof CommissionerRequest>;
/**
 * R22: entering or leaving the project pool, with the decision's evidence (R20); entering needs the
 * review recommendation (审核推荐) that the project may break a chokepoint or master a decisive technology.
 */
export const ProjectPoolRequest = z.strictObject({
  member: z.boolean(),
  basis: text(),
  recommendation: text().optional().describe('R22: the review recommendation (审核推荐); needed to enter'),
  evidence: DecisionEvidence,
});
export type ProjectPoolRequest = z.infer<typeof ProjectPoolRequest>;

export const AcceptancePanelMemberInput = z.strictObject({
  personId: z.string().min(1).max(64),
  organisationId: z.string().min(1).max(64),
  role: z.enum(AcceptancePanelRole),
  /** R16: a demand-side or end-user member's rating, the core indicator. */
  rating: z
    .strictObject({
      completion: z.enum(DEMAND_SIDE_GRADES),
      applicationProspects: z.enum(DEMAND_SIDE_GRADES),
      promotionOpinion: text(2000),
    })
    .optional(),
});

export const AcceptanceRequest = z.strictObject({
  passed: z.boolean(),
  /** R16 standard path: a panel with the demand side / end users. */
  panel: z.array(AcceptancePanelMemberInput).max(50).default([]),
  /** R16 core indicator: the demand side's evaluation of completion and application prospects. */
  demandSideEvaluation: text().optional(),
  /** R16.1 simplified path: reference to the institution's financial final account (经费决算表). */
  financialFinalAccount: text(500).optional(),
  /** R17 platform self-management: the filing (报备) reference. */
  filing: text(500).optional(),
  /** R14.2: why a failed acceptance failed; a subjective failure under a military order bans the PI. */
  finding: z.enum(['subjectiveFailure', 'objectiveFailure']).optional(),
  /** R11: a post-hoc subsidy's amount, set by the acceptance result, at most the approved subsidy (fen). */
  postHocSubsidy: Fen.optional(),
  evidence: DecisionEvidence,
  documents: Documents,
});
export type AcceptanceRequest = z.infer<typeof AcceptanceRequest>;

export const PostEvaluationReport = z.strictObject({
  year: z.number().int().min(1).max(10),
  representativeResults: text(),
  economicAndSocialBenefits: text(),
  documents: Documents,
});
export type PostEvaluationReport = z.infer<typeof PostEvaluationReport>;

export const TerminationRequest = z.strictObject({
  reason: text(2000),
  basis: text(2000),
  misusedFunds: MisusedFunds.optional(),
  /** R20: who decided, how and on what basis, with the signing staff's commitment (R18.1). */
  evidence: DecisionEvidence,
});
export type TerminationRequest = z.infer<typeof TerminationRequest>;

export const RollingSupportRequest = z.strictObject({
  phaseTitle: text(500),
  additionalSubsidy: Fen.meta({
    description: 'Fen (分) of further provincial subsidy: ¥500,000 = 50000000',
    example: 50_000_000,
  }),
  milestones: z.array(ContractMilestone).min(1).max(50),
  contractEndsAt: Instant,
  basis: text(),
  /** R20: the decision's procedure evidence, with the signing staff's commitment (R18.1). */
  evidence: DecisionEvidence,
});
export type RollingSupportRequest = z.infer<typeof RollingSupportRequest>;

/**
 * R22: direct support, without a call, of a pool project whose breakthrough was demonstrated (论证): a new
 * phase under the same identity, as rolling support is.
 */
export const DirectSupportRequest = RollingSupportRequest.extend({
  breakthrough: text().describe('R22: the breakthrough and the demonstration (论证) that showed it'),
});
export type DirectSupportRequest = z.infer<typeof DirectSupportRequest>;

/** R21: a project with major results enters the science-award candidate pool (科技奖励候选成果库). */
export const AwardCandidacyRequest = z.strictObject({
  majorResults: text(),
  evidence: DecisionEvidence,
});
export type AwardCandidacyRequest = z.infer<typeof AwardCandidacyRequest>;
