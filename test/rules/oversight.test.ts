// R18.4 spot-check draws and R23 track records as plain functions: a draw is reproducible from its seed and
// population and takes the policy's share rounded up; past ratings add the mean of each project's grades.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  days,
  drawSpotChecks,
  notInProjectPool,
  rankCandidates,
  spotCheckSampleSize,
  trackRecordAdjustment,
  type PastRating,
} from '../../rules';

describe('spot-check draws (R18.4)', () => {
  const population = Array.from({ length: 25 }, (_, i) => `ZJ-2026-${String(i + 1).padStart(5, '0')}`);

  it('draws the policy’s share, rounded up, and at least one of a non-empty population', () => {
    expect(spotCheckSampleSize(25, 1_000)).toBe(3);
    expect(spotCheckSampleSize(20, 1_000)).toBe(2);
    expect(spotCheckSampleSize(1, 1_000)).toBe(1);
    expect(spotCheckSampleSize(0, 1_000)).toBe(0);
    expect(spotCheckSampleSize(5, 10_000)).toBe(5);
  });

  it('draws the same projects from the same seed and population, whatever their order', () => {
    const once = drawSpotChecks(population, 1_000, 'audit-2026-q4');
    const again = drawSpotChecks([...population].reverse(), 1_000, 'audit-2026-q4');
    expect(again).toEqual(once);
    expect(once.drawn).toHaveLength(3);
    expect(new Set(once.drawn).size).toBe(3);
    for (const code of once.drawn) expect(population).toContain(code);
  });

  it('draws other projects from another seed', () => {
    const seeds = ['a', 'b', 'c', 'd'].map((seed) => drawSpotChecks(population, 1_000, seed).drawn.join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('track records (R23)', () => {
  const rating = (code: string, year: number, grade: PastRating['grade']): PastRating => ({
    code,
    year,
    grade,
    ofPrincipalInvestigator: true,
    ofLeadOrganisation: false,
  });

  it('adds the mean over earlier projects of each project’s mean grade points (policy)', () => {
    expect(trackRecordAdjustment([], DEFAULT_POLICY)).toBe(0);
    // One project: excellent 2, good 1, good 1 → 4/3.
    const one = [rating('A', 1, 'excellent'), rating('A', 2, 'good'), rating('A', 3, 'good')];
    expect(trackRecordAdjustment(one, DEFAULT_POLICY)).toBe(1.33);
    // A second project that failed every year (−3) weighs as much as the first: (4/3 − 3) / 2.
    const two = [...one, rating('B', 1, 'fail'), rating('B', 2, 'fail'), rating('B', 3, 'fail')];
    expect(trackRecordAdjustment(two, DEFAULT_POLICY)).toBe(-0.83);
  });

  it('orders the ranking by score, R6.5 bonus and track record together', () => {
    const ranked = rankCandidates(
      [
        { applicationId: 'A', score: 85, fundBacked: false, trackRecord: -3 },
        { applicationId: 'B', score: 83, fundBacked: false, trackRecord: 1 },
      ],
      DEFAULT_POLICY,
    );
    expect(ranked.map((r) => [r.applicationId, r.rankScore])).toEqual([
      ['B', 84],
      ['A', 82],
    ]);
  });
});

describe('the policy’s oversight numbers and the pool (R18.4, R18.5, R22, R23)', () => {
  it('sets the spot-check share, the follow-up, the commissioner’s reports and the rating period', () => {
    expect(DEFAULT_POLICY.spotCheckShareBp).toBe(1_000);
    expect(DEFAULT_POLICY.durations.spotCheckFollowUpMs).toBe(days(30));
    // R18.5: a commissioner reports twice a year.
    expect(DEFAULT_POLICY.durations.commissionerReportIntervalMs).toBe(days(182));
    expect(DEFAULT_POLICY.durations.postEvaluationRatingMs).toBe(days(30));
  });

  it('names R22 and the pool when a project outside it is to be supported directly', () => {
    expect(notInProjectPool()).toMatchObject({ ruleId: 'R22', fields: ['projectPool'] });
  });
});
