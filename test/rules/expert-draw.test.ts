// R9 expert draw with R18.2 recusal and R19 integrity exclusions, reproducible from its seed.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  derivePolicy,
  checkRecommendedExperts,
  checkSpecialties,
  drawExperts,
  seededRandom,
  type DrawRequest,
  type Expert,
} from '../../rules';

const expert = (
  id: string,
  organisationId: string,
  fromEnterprise = false,
  declaredConflicts: string[] = [],
): Expert => ({
  id,
  name: `Expert ${id}`,
  organisationId,
  fromEnterprise,
  specialties: ['integratedCircuits'],
  declaredConflicts,
});

const pool: Expert[] = [
  ...Array.from({ length: 12 }, (_, i) => expert(`uni-${i}`, `university-${i}`)),
  ...Array.from({ length: 6 }, (_, i) => expert(`ent-${i}`, `company-${i}`, true)),
  expert('same-inst', 'org-lead'),
  expert('team-member', 'elsewhere'),
  expert('conflicted', 'other', false, ['pi-1']),
  expert('banned', 'other-2'),
];

const request = (overrides: Partial<DrawRequest> = {}): DrawRequest => ({
  pool,
  recommendedIds: [],
  subject: {
    organisationIds: ['org-lead', 'org-partner'],
    teamPersonIds: ['pi-1', 'team-member'],
    projectIds: ['ZJ-2026-00001'],
  },
  integrityRecords: [
    {
      id: 'b1',
      subjectType: 'person',
      subjectId: 'banned',
      kind: 'ban',
      ruleId: 'R19',
      startsOn: '2026-01-01',
      endsOn: '2028-01-01',
      basis: 'fabricated review',
    },
  ],
  asOf: '2026-11-23',
  seed: 'panel-2026-IC-01',
  policy: DEFAULT_POLICY,
  ...overrides,
});

describe('R18.2 recusal and R19 integrity in the draw', () => {
  it('excludes own institution, own team, declared conflicts and banned experts, with the rule for each', () => {
    const draw = drawExperts(request());
    expect(draw.excluded).toEqual([
      { expertId: 'banned', ruleId: 'R19', reason: 'integrityBan' },
      { expertId: 'conflicted', ruleId: 'R18.2', reason: 'declaredConflict' },
      { expertId: 'same-inst', ruleId: 'R18.2', reason: 'sameInstitution' },
      { expertId: 'team-member', ruleId: 'R18.2', reason: 'ownTeam' },
    ]);
    const ids = draw.panel.map((e) => e.id);
    for (const excluded of ['banned', 'conflicted', 'same-inst', 'team-member'])
      expect(ids).not.toContain(excluded);
  });

  it('never seats an excluded expert even when recommended', () => {
    const draw = drawExperts(request({ recommendedIds: ['same-inst', 'uni-3'] }));
    expect(draw.panel.map((e) => e.id)).not.toContain('same-inst');
    expect(draw.panel.find((e) => e.id === 'uni-3')?.selectedBy).toBe('recommendation');
  });

  it('a ban that has ended no longer excludes', () => {
    const draw = drawExperts(request({ asOf: '2028-01-01' }));
    expect(draw.excluded.map((e) => e.expertId)).not.toContain('banned');
  });
});

describe('R9 random draw plus recommendation', () => {
  it('fills the panel size from the policy', () => {
    const draw = drawExperts(request());
    expect(draw.panel).toHaveLength(DEFAULT_POLICY.reviewPanelSize);
    expect(new Set(draw.panel.map((e) => e.id)).size).toBe(DEFAULT_POLICY.reviewPanelSize);
    expect(draw.shortfall).toBe(0);
  });

  it('is reproducible from the recorded seed and differs for another seed', () => {
    const a = drawExperts(request()).panel.map((e) => e.id);
    expect(drawExperts(request()).panel.map((e) => e.id)).toEqual(a);
    // Pool order does not matter either: the draw sorts before drawing.
    expect(drawExperts(request({ pool: [...pool].reverse() })).panel.map((e) => e.id)).toEqual(a);
    const others = ['s1', 's2', 's3'].map((seed) =>
      drawExperts(request({ seed }))
        .panel.map((e) => e.id)
        .join(),
    );
    expect(others.some((o) => o !== a.join())).toBe(true);
  });

  it('recommendations fill at most half the panel', () => {
    const draw = drawExperts(
      request({ recommendedIds: ['uni-0', 'uni-1', 'uni-2', 'uni-3', 'uni-4', 'uni-5'] }),
    );
    expect(draw.panel.filter((e) => e.selectedBy === 'recommendation')).toHaveLength(
      Math.floor(DEFAULT_POLICY.reviewPanelSize / 2),
    );
  });

  it('reaches the minimum enterprise-expert share and reports it', () => {
    for (const seed of ['a', 'b', 'c', 'd', 'e']) {
      const draw = drawExperts(request({ seed }));
      expect(draw.enterpriseShareBp).toBeGreaterThanOrEqual(DEFAULT_POLICY.minEnterpriseExpertShareBp);
      const enterprise = draw.panel.filter((e) => e.fromEnterprise).length;
      expect(draw.enterpriseShareBp).toBe(Math.floor((enterprise * 10_000) / draw.panel.length));
    }
  });

  it('a policy with a higher enterprise share seats more enterprise experts', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'ent-60', minEnterpriseExpertShareBp: 6_000 });
    const draw = drawExperts(request({ policy }));
    expect(draw.panel.filter((e) => e.fromEnterprise).length).toBeGreaterThanOrEqual(5);
  });

  it('reports a shortfall when the eligible pool is too small', () => {
    const draw = drawExperts(request({ pool: pool.slice(0, 3) }));
    expect(draw.panel).toHaveLength(3);
    expect(draw.shortfall).toBe(DEFAULT_POLICY.reviewPanelSize - 3);
  });

  it('the seeded generator is deterministic and within [0, 1)', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    for (let i = 0; i < 100; i++) {
      const v = a();
      expect(v).toBe(b());
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });

  it('R9: draws only experts of the entry’s field, and recommends only them', () => {
    const marine = { ...expert('sea-1', 'ocean-inst'), specialties: ['marineTechnology'] };
    const draw = drawExperts(
      request({ pool: [...pool, marine], field: 'marineTechnology', recommendedIds: [] }),
    );
    expect(draw.panel.map((e) => e.id)).toEqual(['sea-1']);
    expect(draw.shortfall).toBe(DEFAULT_POLICY.reviewPanelSize - 1);
    expect(checkRecommendedExperts([marine], ['sea-1'], 'marineTechnology')).toEqual([]);
    expect(checkRecommendedExperts([marine], ['sea-1', 'ghost'], 'integratedCircuits')).toMatchObject([
      { ruleId: 'R9', fields: ['expertIds'] },
    ]);
  });

  it('R9: an expert records at least one of the policy’s strategic fields', () => {
    const fields = DEFAULT_POLICY.strategicFields;
    expect(checkSpecialties(['integratedCircuits'], fields)).toEqual([]);
    expect(checkSpecialties([], fields)).toMatchObject([{ ruleId: 'R9', actual: 'none' }]);
    expect(checkSpecialties(['astrology'], fields)).toMatchObject([{ ruleId: 'R9' }]);
  });
});
