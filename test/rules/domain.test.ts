// The domain schemas: R1 tiers and fields, R2 proposer, R7 selection modes, R23 post-evaluation years,
// and budgets that add up.
import { describe, expect, it } from 'vitest';
import { Application, Budget, DEFAULT_POLICY, ListEntry, wan } from '../../rules';
import { enterpriseApplication, listEntry } from '../../examples/applications';

describe('R1 tiers and strategic fields', () => {
  it.each(['programme', 'topic', 'project'])('accepts tier %s', (tier) => {
    expect(ListEntry.safeParse({ ...listEntry(), tier }).success).toBe(true);
  });

  it('refuses an unknown tier', () => {
    expect(ListEntry.safeParse({ ...listEntry(), tier: 'megaproject' }).success).toBe(false);
  });

  it('the default policy lists the 15 strategic fields, agriculture and the R8 fields among them', () => {
    expect(new Set(DEFAULT_POLICY.strategicFields).size).toBe(15);
    for (const f of [...DEFAULT_POLICY.examinationFields, ...DEFAULT_POLICY.agricultureFields]) {
      expect(DEFAULT_POLICY.strategicFields).toContain(f);
    }
  });
});

describe('R2 and R7 list entries', () => {
  it('records who proposed an entry (R2)', () => {
    const parsed = ListEntry.parse({ ...listEntry(), proposedBy: 'Provincial Economy and IT Department' });
    expect(parsed.proposedBy).toBe('Provincial Economy and IT Department');
  });

  it('selection mode defaults to open competition, and knows the two commissions (R7)', () => {
    const { selectionMode: _drop, ...rest } = listEntry();
    expect(ListEntry.parse(rest).selectionMode).toBe('openCompetition');
    expect(ListEntry.parse({ ...rest, selectionMode: 'directedCommission' }).selectionMode).toBe(
      'directedCommission',
    );
    expect(ListEntry.safeParse({ ...rest, selectionMode: 'lottery' }).success).toBe(false);
  });
});

describe('R23 post-evaluation', () => {
  it('runs for three years after acceptance under the default policy', () => {
    expect(DEFAULT_POLICY.postEvaluationYears).toBe(3);
  });
});

describe('budgets', () => {
  it('must add up to the total investment', () => {
    const { budget } = enterpriseApplication();
    expect(Budget.safeParse(budget).success).toBe(true);
    const off = Budget.safeParse({ ...budget, selfRaised: budget.selfRaised + 1 });
    expect(off.success).toBe(false);
    expect(off.error?.issues[0]?.path).toEqual(['totalInvestment']);
  });

  it('refuses fractions of a fen and negative amounts', () => {
    const { budget } = enterpriseApplication();
    expect(Budget.safeParse({ ...budget, provincialSubsidy: 1.5 }).success).toBe(false);
    expect(Budget.safeParse({ ...budget, localMatch: -1 }).success).toBe(false);
  });

  it('the enterprise contribution is part of self-raised', () => {
    const { budget } = enterpriseApplication();
    expect(Budget.safeParse({ ...budget, enterpriseContribution: budget.selfRaised + 1 }).success).toBe(
      false,
    );
  });

  it('a whole application parses with its defaults', () => {
    const parsed = Application.parse({ ...enterpriseApplication(), partnerOrganisations: undefined });
    expect(parsed.partnerOrganisations).toEqual([]);
    expect(parsed.budget.totalInvestment).toBe(wan(1000));
  });
});
