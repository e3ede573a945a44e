// The compressed policy of tests and the benchmark: every duration in milliseconds to seconds.
import { DEFAULT_POLICY, derivePolicy, type PolicyVersion } from '../../rules';

export const compressedPolicy = (id = 'test-compressed'): PolicyVersion =>
  derivePolicy(DEFAULT_POLICY, {
    id,
    durations: {
      applicationWindowMs: 1_500,
      examinationPeriodMs: 4_000,
      reviewPeriodMs: 6_000,
      decisionPeriodMs: 8_000,
      milestoneGraceMs: 1_500,
      recommendationGraceMs: 1_500,
      publicityPeriodMs: 1_500,
      platformFilingIntervalMs: 2_000,
      disbursementWindowMs: 60_000,
      spendingReportIntervalMs: 60_000,
      reclamationDueMs: 2_000,
      majorEventResponseMs: 1_500,
      spotCheckFollowUpMs: 60_000,
      commissionerReportIntervalMs: 60_000,
      postEvaluationRatingMs: 60_000,
      acceptanceWindowMs: 8_000,
      postEvaluationIntervalMs: 1_500,
      reminderOffsetsMs: [500],
      overdueRepeatMs: 1_000,
    },
  });
