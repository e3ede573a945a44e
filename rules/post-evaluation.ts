// R23 post-evaluation: the department rates each year's tracking evaluation, and those ratings inform later
// approvals: a PI's and an organisation's past ratings are shown at their next review and move the ranking
// by the points the policy gives each grade.
import type { PolicyVersion } from './policy-version';

/** 优秀、良好、合格、不合格. */
export const POST_EVALUATION_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type PostEvaluationGrade = (typeof POST_EVALUATION_GRADES)[number];

export interface PastRating {
  code: string;
  year: number;
  grade: PostEvaluationGrade;
  /** Whose record it is: the PI's (they led the project), the lead organisation's (it undertook it), or both. */
  ofPrincipalInvestigator: boolean;
  ofLeadOrganisation: boolean;
}

/**
 * What past ratings add to a review score: the mean, over the earlier projects the PI led or the lead
 * organisation undertook, of each project's mean grade points, so a project counts once whoever it is the
 * record of, and one poor year weighs as much as one good one.
 */
export function trackRecordAdjustment(ratings: readonly PastRating[], policy: PolicyVersion): number {
  const points = policy.postEvaluationGradePoints;
  const byProject = new Map<string, number[]>();
  for (const r of ratings) byProject.set(r.code, [...(byProject.get(r.code) ?? []), points[r.grade]]);
  if (byProject.size === 0) return 0;
  const means = [...byProject.values()].map((p) => p.reduce((sum, x) => sum + x, 0) / p.length);
  return Math.round((means.reduce((sum, m) => sum + m, 0) / means.length) * 100) / 100;
}
