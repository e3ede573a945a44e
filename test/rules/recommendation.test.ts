// R6.6: the recommending authority's commitment covers the matching the application states.
import { describe, expect, it } from 'vitest';
import { enterpriseApplication } from '../../examples/applications';
import { checkMatchingCommitment, wan } from '../../rules';

describe('R6.6 matching commitment', () => {
  const { budget } = enterpriseApplication();

  it('takes a commitment to at least the local and institution match stated', () => {
    expect(checkMatchingCommitment(budget, { localMatch: budget.localMatch, institutionMatch: 0 })).toEqual(
      [],
    );
    expect(checkMatchingCommitment(budget, { localMatch: wan(500), institutionMatch: wan(1) })).toEqual([]);
  });

  it('refuses less, naming the part and the rule in both languages', () => {
    const [violation] = checkMatchingCommitment(budget, {
      localMatch: budget.localMatch - 1,
      institutionMatch: 0,
    });
    expect(violation).toMatchObject({ ruleId: 'R6.6', fields: ['commitment.localMatch'] });
    expect(violation!.message['zh-CN']).toContain('归口管理单位');
  });
});
