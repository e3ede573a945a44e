// R1, R2, R3, R7 as pure functions: parent links, proposers, the selection scope and the demonstration gate.
import { describe, expect, it } from 'vitest';
import { listEntry } from '../../examples/applications';
import {
  checkDemonstrated,
  checkInvited,
  checkParent,
  checkProposers,
  checkSelectionScope,
  enterpriseShareBp,
} from '../../rules';

const rules = (violations: Array<{ ruleId: string }>) => violations.map((v) => v.ruleId);

describe('call-list rules', () => {
  it('R1: a parent is the tier directly above, in the same year; a programme has none', () => {
    const programme = listEntry({ tier: 'programme' });
    const topic = listEntry({ tier: 'topic', parentId: programme.id });
    expect(checkParent(topic, programme)).toEqual([]);
    expect(rules(checkParent(listEntry({ tier: 'project', parentId: programme.id }), programme))).toEqual([
      'R1',
    ]);
    expect(rules(checkParent({ ...topic, callListYear: 2027 }, programme))).toEqual(['R1']);
    expect(rules(checkParent(listEntry({ tier: 'programme', parentId: 'x' }), undefined))).toEqual(['R1']);
    expect(rules(checkParent(topic, undefined))).toEqual(['R1']);
    expect(checkParent(listEntry({ tier: 'project' }), undefined)).toEqual([]);
  });

  it('R2: an entry names at least one proposer', () => {
    expect(checkProposers(listEntry())).toEqual([]);
    expect(rules(checkProposers(listEntry({ proposers: [] })))).toEqual(['R2']);
  });

  it('R7: invitations fit the selection mode, and only the invited lead a commission', () => {
    const a = { id: 'org-a', name: 'A' };
    const b = { id: 'org-b', name: 'B' };
    expect(checkSelectionScope(listEntry())).toEqual([]);
    expect(rules(checkSelectionScope(listEntry({ invitedOrganisations: [a] })))).toEqual(['R7']);
    expect(
      checkSelectionScope(listEntry({ selectionMode: 'selectiveCommission', invitedOrganisations: [a, b] })),
    ).toEqual([]);
    expect(rules(checkSelectionScope(listEntry({ selectionMode: 'selectiveCommission' })))).toEqual(['R7']);
    expect(
      rules(
        checkSelectionScope(listEntry({ selectionMode: 'directedCommission', invitedOrganisations: [a, b] })),
      ),
    ).toEqual(['R7']);
    const directed = listEntry({ selectionMode: 'directedCommission', invitedOrganisations: [a] });
    expect(checkInvited(directed, 'org-a')).toEqual([]);
    expect(rules(checkInvited(directed, 'org-b'))).toEqual(['R7']);
    expect(checkInvited(listEntry(), 'anyone')).toEqual([]);
  });

  it('R3: only a pass of the current revision publishes; the enterprise share is a ratio of the panel', () => {
    expect(rules(checkDemonstrated(undefined, 1))).toEqual(['R3']);
    expect(rules(checkDemonstrated({ opinion: 'revise', revision: 1 }, 1))).toEqual(['R3']);
    expect(rules(checkDemonstrated({ opinion: 'pass', revision: 1 }, 2))).toEqual(['R3']);
    expect(checkDemonstrated({ opinion: 'pass', revision: 2 }, 2)).toEqual([]);
    expect(enterpriseShareBp([{ kind: 'enterprise' }, { kind: 'technical' }, { kind: 'enterprise' }])).toBe(
      6667,
    );
    expect(enterpriseShareBp([])).toBe(0);
  });
});
