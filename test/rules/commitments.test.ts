// R18.1 commitments as pure checks: every promise given and true, or the step is refused naming R18.1 and
// the promises missing. Staff's commitment sits in the R20 evidence of what they sign.
import { describe, expect, it } from 'vitest';
import {
  checkApplicantCommitment,
  checkExpertCommitment,
  checkStaffCommitment,
  ExpertCommitment,
} from '../../rules';
import { DecisionEvidence } from '../../contract/evidence';

describe('R18.1 commitments', () => {
  it('takes a commitment whose every promise is true', () => {
    expect(checkApplicantCommitment({ integrity: true, signatory: 'Chen Wei' })).toEqual([]);
    expect(checkExpertCommitment({ noConflict: true, confidentiality: true, fairness: true })).toEqual([]);
    expect(checkStaffCommitment({ noConflict: true, noSelfInterest: true })).toEqual([]);
  });

  it('refuses a missing commitment, naming the field', () => {
    expect(checkApplicantCommitment(undefined)).toMatchObject([
      { ruleId: 'R18.1', fields: ['integrityCommitment'], actual: 'no commitment' },
    ]);
    expect(checkStaffCommitment(undefined)).toMatchObject([
      { ruleId: 'R18.1', fields: ['evidence.commitment'] },
    ]);
  });

  it('refuses a promise given as false, naming each one broken, in both languages', () => {
    const [violation] = checkExpertCommitment({ noConflict: false, confidentiality: true, fairness: false });
    expect(violation).toMatchObject({
      ruleId: 'R18.1',
      fields: ['commitment.noConflict', 'commitment.fairness'],
    });
    expect(violation!.message['zh-CN']).toContain('承诺');
  });

  it('carries staff’s commitment in the R20 evidence of a decision', () => {
    const evidence = DecisionEvidence.parse({
      procedure: 'signOff',
      basis: 'minutes',
      decidedBy: ['officer-wang'],
      commitment: { noConflict: true, noSelfInterest: true },
    });
    expect(checkStaffCommitment(evidence.commitment)).toEqual([]);
    expect(ExpertCommitment.safeParse({ noConflict: 'yes' }).success).toBe(false);
  });
});
