// R8 examination shortlist, R6.5 ranking priority, R12 subsidy cut.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  applySubsidyCut,
  checkReviewedBudget,
  derivePolicy,
  examinationApplies,
  checkShortlistSize,
  examinationShortlist,
  examinationShortlistSize,
  rankCandidates,
  wan,
  type Candidate,
} from '../../rules';
import { enterpriseApplication, listEntry } from '../../examples/applications';

describe('R8 examination shortlist', () => {
  it.each([
    // applied, planned, size, all go straight to review
    [2, 1, 2, true],
    [3, 1, 3, false],
    [10, 1, 3, false],
    [5, 2, 5, true],
    [6, 2, 6, false],
    [40, 2, 6, false],
  ])('%i applied for %i planned → %i into review (all: %s)', (applied, planned, size, all) => {
    expect(examinationShortlistSize(applied, planned, DEFAULT_POLICY)).toEqual({ size, allGoToReview: all });
  });

  it('applies in the social-welfare and S&T-cooperation fields, or where the entry says so', () => {
    expect(examinationApplies(listEntry({ strategicField: 'socialWelfare' }), DEFAULT_POLICY)).toBe(true);
    expect(examinationApplies(listEntry({ strategicField: 'scienceCooperation' }), DEFAULT_POLICY)).toBe(
      true,
    );
    expect(examinationApplies(listEntry({ strategicField: 'integratedCircuits' }), DEFAULT_POLICY)).toBe(
      false,
    );
    expect(examinationApplies(listEntry({ examinationRequired: true }), DEFAULT_POLICY)).toBe(true);
    expect(
      examinationApplies(
        listEntry({ strategicField: 'socialWelfare', examinationRequired: false }),
        DEFAULT_POLICY,
      ),
    ).toBe(false);
  });

  it('passes the best-ranked applications', () => {
    const candidates: Candidate[] = Array.from({ length: 8 }, (_, i) => ({
      applicationId: `A${i}`,
      score: 60 + i,
      fundBacked: false,
    }));
    expect(examinationShortlist(candidates, 2, DEFAULT_POLICY).map((c) => c.applicationId)).toEqual([
      'A7',
      'A6',
      'A5',
      'A4',
      'A3',
      'A2',
    ]);
  });

  it('R8: passes every application tied at the cut-off, and as many more as staff choose, never fewer', () => {
    const scores = [90, 80, 70, 70, 60];
    const candidates: Candidate[] = scores.map((score, i) => ({
      applicationId: `T${i}`,
      score,
      fundBacked: false,
    }));
    const ids = (opts = {}) =>
      examinationShortlist(candidates, 1, DEFAULT_POLICY, opts).map((c) => c.applicationId);
    expect(ids()).toEqual(['T0', 'T1', 'T2']);
    expect(ids({ tiesPass: true })).toEqual(['T0', 'T1', 'T2', 'T3']);
    expect(ids({ tiesPass: true, size: 5 })).toEqual(['T0', 'T1', 'T2', 'T3', 'T4']);
    expect(checkShortlistSize(4, 5, 1, DEFAULT_POLICY)).toEqual([]);
    expect(checkShortlistSize(2, 5, 1, DEFAULT_POLICY)).toMatchObject([
      { ruleId: 'R8', fields: ['shortlistSize'] },
    ]);
    // Fewer applied than the multiple: all of them is enough.
    expect(checkShortlistSize(2, 2, 1, DEFAULT_POLICY)).toEqual([]);
  });

  it('a policy version with a multiple of 2 shortlists fewer', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'x2', examinationShortlistMultiple: 2 });
    expect(examinationShortlistSize(10, 2, policy)).toEqual({ size: 4, allGoToReview: false });
  });
});

describe('R6.5 priority for fund-backed projects', () => {
  it('the bonus lifts a fund-backed project above a slightly better-scored one', () => {
    const ranked = rankCandidates(
      [
        { applicationId: 'plain', score: 84, fundBacked: false },
        { applicationId: 'backed', score: 80, fundBacked: true },
      ],
      DEFAULT_POLICY,
    );
    expect(ranked.map((c) => [c.applicationId, c.rank, c.rankScore])).toEqual([
      ['backed', 1, 85],
      ['plain', 2, 84],
    ]);
  });

  it('but not above one better by more than the bonus', () => {
    const ranked = rankCandidates(
      [
        { applicationId: 'plain', score: 86, fundBacked: false },
        { applicationId: 'backed', score: 80, fundBacked: true },
      ],
      DEFAULT_POLICY,
    );
    expect(ranked[0]!.applicationId).toBe('plain');
  });

  it('breaks ties by application id, so a ranking is reproducible', () => {
    const ranked = rankCandidates(
      [
        { applicationId: 'B', score: 70, fundBacked: false },
        { applicationId: 'A', score: 70, fundBacked: false },
      ],
      DEFAULT_POLICY,
    );
    expect(ranked.map((c) => c.applicationId)).toEqual(['A', 'B']);
  });
});

describe('R12 subsidy cut', () => {
  const { budget, keyIndicators } = enterpriseApplication();

  it('lowers the subsidy and moves the cut to self-raised; the total stays', () => {
    const result = applySubsidyCut(budget, wan(60));
    expect(result).toEqual({
      ok: true,
      value: { ...budget, provincialSubsidy: wan(60), selfRaised: budget.selfRaised + wan(40) },
    });
    if (result.ok) {
      expect(result.value.totalInvestment).toBe(budget.totalInvestment);
      expect(checkReviewedBudget({ budget, keyIndicators }, { budget: result.value, keyIndicators })).toEqual(
        [],
      );
    }
  });

  it.each([
    ['the same subsidy', wan(100), true],
    ['a cut to zero', 0, true],
    ['one fen more than requested', wan(100) + 1, false],
    ['a negative amount', -1, false],
    ['a fraction of a fen', 1.5, false],
  ])('%s → allowed: %s', (_, approved, allowed) => {
    const result = applySubsidyCut(budget, approved);
    expect(result.ok).toBe(allowed);
    if (!result.ok) expect(result.violations.map((v) => v.ruleId)).toEqual(['R12']);
  });

  it('refuses a changed total, a raised subsidy and changed key indicators after review', () => {
    const after = {
      budget: {
        ...budget,
        totalInvestment: budget.totalInvestment + 1,
        provincialSubsidy: budget.provincialSubsidy + 1,
      },
      keyIndicators: [{ name: 'sampling rate', target: '≥ 500 MS/s' }],
    };
    const violations = checkReviewedBudget({ budget, keyIndicators }, after);
    expect(violations.map((v) => [v.ruleId, v.fields[0]])).toEqual([
      ['R12', 'budget.totalInvestment'],
      ['R12', 'budget.provincialSubsidy'],
      ['R12', 'keyIndicators'],
    ]);
  });
});
