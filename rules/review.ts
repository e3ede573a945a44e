// R8 examination shortlist, review ranking with the R6.5 priority, and the R12 subsidy cut.
import type { Budget, Indicator, ListEntry } from './domain';
import { formatYuan } from './money';
import type { PolicyVersion } from './policy-version';
import { ok, refused, type RuleResult, type Violation } from './violation';

/** R8: does the pre-review examination apply to this entry? The entry may say so; else its field decides. */
export const examinationApplies = (entry: ListEntry, policy: PolicyVersion): boolean =>
  entry.examinationRequired ?? policy.examinationFields.includes(entry.strategicField);

/**
 * R8: how many applications the examination passes into review: at least the multiple × planned
 * approvals; when fewer than that applied, all of them go straight to review.
 */
export function examinationShortlistSize(
  applied: number,
  plannedApprovals: number,
  policy: PolicyVersion,
): { size: number; allGoToReview: boolean } {
  const minimum = policy.examinationShortlistMultiple * plannedApprovals;
  return applied < minimum ? { size: applied, allGoToReview: true } : { size: minimum, allGoToReview: false };
}

export interface Candidate {
  applicationId: string;
  /** Mean expert or examination score. */
  score: number;
  /** R6.5: backed by an industrial fund or private equity. */
  fundBacked: boolean;
  /** R23: what the PI's and organisation's past post-evaluation ratings add (trackRecordAdjustment). */
  trackRecord?: number;
}

export interface RankedCandidate extends Candidate {
  rankScore: number;
  rank: number;
}

/**
 * Review ranking: score plus the R6.5 priority bonus and the R23 track record; ties broken by application id
 * so a rank is reproducible.
 */
export function rankCandidates(candidates: readonly Candidate[], policy: PolicyVersion): RankedCandidate[] {
  return candidates
    .map((c) => ({
      ...c,
      rankScore: c.score + (c.fundBacked ? policy.fundBackingPriorityBonus : 0) + (c.trackRecord ?? 0),
    }))
    .sort((a, b) => b.rankScore - a.rankScore || a.applicationId.localeCompare(b.applicationId))
    .map((c, i) => ({ ...c, rank: i + 1 }));
}

/**
 * R8: the applications the examination passes into review: at least the multiple × planned (`size`, when
 * staff pass more), and with `tiesPass` every application tied with the last one in (审查 selects *at least*
 * 3 ×, so a tie at the cut-off is not broken by application id).
 */
export function examinationShortlist(
  candidates: readonly Candidate[],
  plannedApprovals: number,
  policy: PolicyVersion,
  opts: { tiesPass?: boolean; size?: number } = {},
): RankedCandidate[] {
  const minimum = examinationShortlistSize(candidates.length, plannedApprovals, policy).size;
  const size = Math.min(candidates.length, Math.max(minimum, opts.size ?? 0));
  const ranked = rankCandidates(candidates, policy);
  const cutoff = ranked[size - 1]?.rankScore;
  if (!opts.tiesPass || cutoff === undefined) return ranked.slice(0, size);
  return ranked.filter((c, i) => i < size || c.rankScore === cutoff);
}

/** R8: staff may pass more than the multiple × planned into review, never fewer. */
export function checkShortlistSize(
  requested: number,
  applied: number,
  plannedApprovals: number,
  policy: PolicyVersion,
): Violation[] {
  const minimum = Math.min(applied, policy.examinationShortlistMultiple * plannedApprovals);
  if (requested >= minimum) return [];
  return [
    {
      ruleId: 'R8',
      fields: ['shortlistSize'],
      required: `at least ${minimum} (${policy.examinationShortlistMultiple} × ${plannedApprovals} planned approvals)`,
      actual: String(requested),
      message: {
        'zh-CN': `审查须择优遴选不少于计划立项数${policy.examinationShortlistMultiple}倍的项目进入评审`,
        en: `The examination passes at least ${policy.examinationShortlistMultiple} × the planned approvals into review`,
      },
    },
  ];
}

/**
 * R12: review may cut the requested provincial subsidy. The total investment and key indicators stay as
 * they were; the applicant's self-raised funds absorb the cut.
 */
export function applySubsidyCut(budget: Budget, approvedSubsidy: number): RuleResult<Budget> {
  if (
    !Number.isInteger(approvedSubsidy) ||
    approvedSubsidy < 0 ||
    approvedSubsidy > budget.provincialSubsidy
  ) {
    return refused([
      {
        ruleId: 'R12',
        fields: ['approvedSubsidy'],
        required: `between ¥0.00 and the requested ${formatYuan(budget.provincialSubsidy)} in whole fen`,
        actual:
          Number.isFinite(approvedSubsidy) && approvedSubsidy >= 0
            ? formatYuan(approvedSubsidy)
            : String(approvedSubsidy),
        message: {
          'zh-CN': `评审只可核减财政补助经费，核定金额不得高于申请的${formatYuan(budget.provincialSubsidy)}`,
          en: `Review may only cut the subsidy: the approved amount cannot exceed the requested ${formatYuan(budget.provincialSubsidy)}`,
        },
      },
    ]);
  }
  const cut = budget.provincialSubsidy - approvedSubsidy;
  return ok({ ...budget, provincialSubsidy: approvedSubsidy, selfRaised: budget.selfRaised + cut });
}

/**
 * R12: the total investment and the key indicators are exactly what was applied for. A decision or contract
 * may state them, to confirm them; a different value is refused, never silently ignored.
 */
export function checkImmutableTerms(
  applied: { totalInvestment: number; keyIndicators: readonly Indicator[] },
  stated: { totalInvestment?: number | undefined; keyIndicators?: readonly Indicator[] | undefined },
): Violation[] {
  const out: Violation[] = [];
  if (stated.totalInvestment !== undefined && stated.totalInvestment !== applied.totalInvestment) {
    out.push({
      ruleId: 'R12',
      fields: ['totalInvestment'],
      required: `unchanged at ${formatYuan(applied.totalInvestment)}`,
      actual: formatYuan(stated.totalInvestment),
      message: {
        'zh-CN': '项目总投入在评审后不予调整',
        en: 'Total investment cannot be adjusted after review',
      },
    });
  }
  if (
    stated.keyIndicators !== undefined &&
    JSON.stringify(stated.keyIndicators) !== JSON.stringify(applied.keyIndicators)
  ) {
    out.push({
      ruleId: 'R12',
      fields: ['keyIndicators'],
      required: `unchanged: ${applied.keyIndicators.map((i) => `${i.name} ${i.target}`).join('; ') || 'none'}`,
      actual: 'changed',
      message: {
        'zh-CN': '项目关键核心指标在评审后不予调整，任务书指标须与申报书一致',
        en: 'Key indicators cannot be adjusted after review: the contract states those of the application',
      },
    });
  }
  return out;
}

/** R12: after review the total investment and the key indicators are exactly what was applied for. */
export function checkReviewedBudget(
  before: { budget: Budget; keyIndicators: readonly Indicator[] },
  after: { budget: Budget; keyIndicators: readonly Indicator[] },
): Violation[] {
  const terms = checkImmutableTerms(
    { totalInvestment: before.budget.totalInvestment, keyIndicators: before.keyIndicators },
    { totalInvestment: after.budget.totalInvestment, keyIndicators: after.keyIndicators },
  );
  const total = terms
    .filter((v) => v.fields[0] === 'totalInvestment')
    .map((v) => ({ ...v, fields: ['budget.totalInvestment'] }));
  const subsidy: Violation[] =
    after.budget.provincialSubsidy > before.budget.provincialSubsidy
      ? [
          {
            ruleId: 'R12',
            fields: ['budget.provincialSubsidy'],
            required: `≤ ${formatYuan(before.budget.provincialSubsidy)}`,
            actual: formatYuan(after.budget.provincialSubsidy),
            message: {
              'zh-CN': '财政补助经费只可核减，不可增加',
              en: 'The subsidy may only go down in review',
            },
          },
        ]
      : [];
  return [...total, ...subsidy, ...terms.filter((v) => v.fields[0] === 'keyIndicators')];
}
