// Every number the policy sets lives in a named policy version. A project records the version it was
// approved under (the workflow carries the whole version in its input) and is always judged by it, so a
// later policy year changes nothing for running projects.
import { z } from 'zod';
import { wan } from './money';
import { POST_EVALUATION_GRADES } from './post-evaluation';
import { BasisPoints, CivilDate, Fen } from './scalars';

const ms = z.number().int().positive();

export const PolicyDurations = z.object({
  applicationWindowMs: ms,
  examinationPeriodMs: ms,
  reviewPeriodMs: ms,
  decisionPeriodMs: ms,
  /** How long staff have to decide an overdue milestone before it escalates to the supervisor. */
  milestoneGraceMs: ms,
  /** R6.6: how long after the application window closes the recommending authority may still recommend. */
  recommendationGraceMs: ms,
  acceptanceWindowMs: ms,
  postEvaluationIntervalMs: ms,
  /** R17: how often a platform-managed project files its yearly report with the province. */
  platformFilingIntervalMs: ms,
  /** The ledger: how long finance has to pay an instalment its gate released, when the schedule sets no date. */
  disbursementWindowMs: ms,
  /** The ledger: how often the team files its spending report (provincial and self-raised, by budget line). */
  spendingReportIntervalMs: ms,
  /** R13 / termination: how long a project has to repay a reclamation demand. */
  reclamationDueMs: ms,
  /** R15: how long the supervising department has to respond to a major event, before it escalates. */
  majorEventResponseMs: ms,
  /** R18.4: how long a team has to rectify what an unsatisfactory spot check found. */
  spotCheckFollowUpMs: ms,
  /** R18.5: how often the project commissioner reports on the project they oversee. */
  commissionerReportIntervalMs: ms,
  /** R23: how long the department has to rate a post-evaluation year once the team has reported it. */
  postEvaluationRatingMs: ms,
  /** R18.3: the publicity period in milliseconds instead of working days (tests and drills only). */
  publicityPeriodMs: ms.optional(),
  /** Reminders before a deadline, largest first. */
  reminderOffsetsMs: z.array(ms).max(10),
  overdueRepeatMs: ms,
});
export type PolicyDurations = z.infer<typeof PolicyDurations>;

export const PolicyVersion = z.object({
  id: z.string().min(1).max(64),
  title: z.string(),
  /** R1: the province's 15 strategic fields (config). */
  strategicFields: z.array(z.string().min(1)).min(1),
  /** R8: fields where the pre-review examination applies. */
  examinationFields: z.array(z.string()),
  /** R6.3: fields whose enterprise self-raised floor is the lower one. */
  agricultureFields: z.array(z.string()),
  /** R4. */
  jointFundedMinTotal: Fen,
  jointFundedEnterpriseToFiscalBp: BasisPoints,
  /** R6.1 local match relative to the provincial subsidy. */
  localMatchBp: BasisPoints,
  localMatchMountainOrIslandBp: BasisPoints,
  /** R6.2 universities, research institutes and hospitals. */
  institutionMatchBp: BasisPoints,
  /** R6.3 enterprise self-raised share of total investment. */
  enterpriseSelfRaisedBp: BasisPoints,
  enterpriseSelfRaisedReducedBp: BasisPoints,
  /** R6.4 industry average R&D intensity by industry code, with a fallback. */
  industryAverageRdIntensityBp: z.record(z.string(), BasisPoints),
  defaultIndustryAverageRdIntensityBp: BasisPoints,
  /** R6.5 ranking bonus, in review score points. */
  fundBackingPriorityBonus: z.number().min(0),
  /** R3: the enterprise experts' share a demonstration panel should reach (target, reported). */
  demonstrationEnterpriseShareTargetBp: BasisPoints,
  /** R8 shortlist multiple of the planned approvals. */
  examinationShortlistMultiple: z.number().int().min(1),
  /** R9 expert draw. */
  reviewPanelSize: z.number().int().min(1),
  minEnterpriseExpertShareBp: BasisPoints,
  /** R10 portfolio targets. */
  manufacturingShareTargetBp: BasisPoints,
  enterpriseLedShareTargetBp: BasisPoints,
  youngPiShareTargetBp: BasisPoints,
  youngPiAgeBelow: z.number().int().min(1),
  /** R14.2 ban length. */
  subjectiveFailureBanYears: z.number().int().min(1),
  /** R16.1 simplified acceptance strictly below this provincial subsidy. */
  simplifiedAcceptanceBelow: Fen,
  /** R17 platform self-management at or above this provincial funding. */
  platformSelfManagementFrom: Fen,
  /** R18.3 / R20: working days an approval is publicised (公示) before it takes effect (config). */
  publicityWorkingDays: z.number().int().min(1).max(30),
  /** Asia/Shanghai public holidays that are not working days (config, per year). */
  publicHolidays: z.array(CivilDate).max(100),
  /** R23 years of post-evaluation after acceptance. */
  postEvaluationYears: z.number().int().min(1),
  /**
   * R23: the review-score points each post-evaluation grade of a PI's or organisation's earlier projects
   * adds to their next application's ranking (config).
   */
  postEvaluationGradePoints: z.record(z.enum(POST_EVALUATION_GRADES), z.number().min(-20).max(20)),
  /** R18.4: the share of the projects in execution each random spot check draws (config). */
  spotCheckShareBp: BasisPoints,
  durations: PolicyDurations,
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

const DAY_MS = 24 * 60 * 60 * 1000;
export const days = (n: number): number => n * DAY_MS;

/** R1 default field list (config): the 15 strategic fields of the province's "315" system. */
export const DEFAULT_STRATEGIC_FIELDS = [
  'cloudComputingAndFutureNetworks',
  'bigDataAndArtificialIntelligence',
  'blockchain',
  'integratedCircuits',
  'advancedManufacturing',
  'newMaterials',
  'biomedicine',
  'medicalDevices',
  'newEnergy',
  'smartTransport',
  'marineTechnology',
  'agriculture',
  'ecologyAndEnvironment',
  'socialWelfare',
  'scienceCooperation',
] as const;

/** The policy as RULES.md states it (the 征求意见稿 digest). */
export const DEFAULT_POLICY: PolicyVersion = PolicyVersion.parse({
  id: 'zj-major-st-2023',
  title: 'Opinions on deepening the management of provincial major S&T projects (draft), RULES.md defaults',
  strategicFields: [...DEFAULT_STRATEGIC_FIELDS],
  examinationFields: ['socialWelfare', 'scienceCooperation'],
  agricultureFields: ['agriculture'],
  jointFundedMinTotal: wan(1000),
  jointFundedEnterpriseToFiscalBp: 20_000,
  localMatchBp: 10_000,
  localMatchMountainOrIslandBp: 5_000,
  institutionMatchBp: 2_000,
  enterpriseSelfRaisedBp: 8_000,
  enterpriseSelfRaisedReducedBp: 6_000,
  industryAverageRdIntensityBp: {},
  defaultIndustryAverageRdIntensityBp: 300,
  fundBackingPriorityBonus: 5,
  demonstrationEnterpriseShareTargetBp: 3_000,
  examinationShortlistMultiple: 3,
  reviewPanelSize: 7,
  minEnterpriseExpertShareBp: 3_000,
  manufacturingShareTargetBp: 8_000,
  enterpriseLedShareTargetBp: 6_500,
  youngPiShareTargetBp: 4_500,
  youngPiAgeBelow: 45,
  subjectiveFailureBanYears: 2,
  simplifiedAcceptanceBelow: wan(100),
  platformSelfManagementFrom: wan(300),
  publicityWorkingDays: 5,
  publicHolidays: [],
  postEvaluationYears: 3,
  postEvaluationGradePoints: { excellent: 2, good: 1, pass: 0, fail: -3 },
  spotCheckShareBp: 1_000,
  durations: {
    applicationWindowMs: days(30),
    examinationPeriodMs: days(14),
    reviewPeriodMs: days(21),
    decisionPeriodMs: days(30),
    milestoneGraceMs: days(14),
    recommendationGraceMs: days(5),
    platformFilingIntervalMs: days(365),
    disbursementWindowMs: days(30),
    spendingReportIntervalMs: days(365),
    reclamationDueMs: days(90),
    majorEventResponseMs: days(10),
    spotCheckFollowUpMs: days(30),
    commissionerReportIntervalMs: days(182),
    postEvaluationRatingMs: days(30),
    acceptanceWindowMs: days(90),
    postEvaluationIntervalMs: days(365),
    reminderOffsetsMs: [days(30), days(7), days(1)],
    overdueRepeatMs: days(7),
  },
} satisfies PolicyVersion);

/** A policy version with other numbers; unknown keys are refused so a typo cannot slip through. */
export function derivePolicy(
  base: PolicyVersion,
  changes: Partial<Omit<PolicyVersion, 'durations'>> & { id: string; durations?: Partial<PolicyDurations> },
): PolicyVersion {
  return PolicyVersion.strict().parse({
    ...base,
    ...changes,
    durations: { ...base.durations, ...changes.durations },
  });
}

export class PolicyRegistry {
  private readonly versions = new Map<string, PolicyVersion>();

  constructor(
    versions: PolicyVersion[],
    readonly currentId: string,
  ) {
    for (const v of versions) this.versions.set(v.id, v);
    if (!this.versions.has(currentId))
      throw new Error(`current policy version ${currentId} is not registered`);
  }

  get(id: string): PolicyVersion | undefined {
    return this.versions.get(id);
  }

  get current(): PolicyVersion {
    return this.versions.get(this.currentId)!;
  }

  ids(): string[] {
    return [...this.versions.keys()];
  }
}

export const defaultPolicyRegistry = (): PolicyRegistry =>
  new PolicyRegistry([DEFAULT_POLICY], DEFAULT_POLICY.id);
