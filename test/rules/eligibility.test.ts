// Eligibility (R4, R5, R6.1–R6.4, R14.2, R19): every threshold on both sides of its edge, from the policy's
// own numbers.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  checkEligibility,
  derivePolicy,
  wan,
  yuan,
  type Application,
  type IntegrityRecord,
  type ListEntry,
  type PolicyVersion,
} from '../../rules';
import { enterpriseApplication, listEntry } from '../../examples/applications';

const ruleIds = (
  app: Application,
  entry: ListEntry = listEntry(),
  opts: { policy?: PolicyVersion; records?: IntegrityRecord[]; asOf?: string } = {},
) =>
  checkEligibility(app, {
    entry,
    policy: opts.policy ?? DEFAULT_POLICY,
    integrityRecords: opts.records ?? [],
    asOf: opts.asOf ?? '2026-11-23',
  }).map((v) => v.ruleId);

/** An application with the given budget; sources re-balanced through self-raised so they add up. */
function withBudget(base: Application, changes: Partial<Application['budget']>): Application {
  const b = { ...base.budget, ...changes };
  if (changes.selfRaised === undefined) {
    b.selfRaised = b.totalInvestment - b.provincialSubsidy - b.localMatch - b.institutionMatch;
  }
  if (changes.enterpriseContribution === undefined) b.enterpriseContribution = b.selfRaised;
  return { ...base, budget: b };
}

function org(app: Application, changes: Partial<Application['leadOrganisation']>): Application {
  return { ...app, leadOrganisation: { ...app.leadOrganisation, ...changes } };
}

const mountainCounty = (app: Application) =>
  org(app, { region: { county: 'Chun’an', mountainOrIslandCounty: true, ningbo: false } });

describe('the fixture application', () => {
  it('meets every rule of the default policy', () => {
    expect(ruleIds(enterpriseApplication())).toEqual([]);
  });
});

describe('R4 joint-funded entries', () => {
  const entry = listEntry({ jointFunded: true });
  // Fiscal funding = provincial ¥1,000,000 + local ¥1,000,000 = ¥2,000,000; enterprise must give ≥ ¥4,000,000.
  it.each([
    ['total exactly ¥10,000,000', wan(1000), []],
    ['total one fen short of ¥10,000,000', wan(1000) - 1, ['R4']],
  ])('%s', (_, total, expected) => {
    // A smaller subsidy keeps self-raised well above R6.3's 80%, so only R4 is at its edge here.
    const app = withBudget(enterpriseApplication(), {
      totalInvestment: total,
      provincialSubsidy: wan(50),
      localMatch: wan(50),
    });
    expect(ruleIds(app, entry)).toEqual(expected);
  });

  it.each([
    ['enterprise contribution exactly 2 × fiscal', wan(400), []],
    ['enterprise contribution one fen below 2 × fiscal', wan(400) - 1, ['R4']],
  ])('%s', (_, contribution, expected) => {
    const app = withBudget(enterpriseApplication(), { enterpriseContribution: contribution });
    expect(ruleIds(app, entry)).toEqual(expected);
  });

  it('does not apply to entries that are not joint-funded', () => {
    const app = withBudget(enterpriseApplication(), { totalInvestment: wan(500), enterpriseContribution: 0 });
    expect(ruleIds(app).filter((r) => r === 'R4')).toEqual([]);
  });
});

describe('R5 major innovation platform', () => {
  it('refuses a lead organisation without a platform, and names the field', () => {
    const [v] = checkEligibility(org(enterpriseApplication(), { majorInnovationPlatform: undefined }), {
      entry: listEntry(),
      policy: DEFAULT_POLICY,
      integrityRecords: [],
      asOf: '2026-11-23',
    });
    expect(v).toMatchObject({
      ruleId: 'R5',
      fields: ['leadOrganisation.majorInnovationPlatform'],
      actual: 'none',
    });
    expect(v!.message['zh-CN']).toContain('重大创新平台');
  });

  it.each(['provincialLab', 'technologyInnovationCentre', 'keyLab'] as const)('accepts a %s', (platform) => {
    expect(ruleIds(org(enterpriseApplication(), { majorInnovationPlatform: platform }))).toEqual([]);
  });
});

describe('R6.1 local match', () => {
  it.each([
    ['1:1 exactly', wan(100), false, []],
    ['one fen below 1:1', wan(100) - 1, false, ['R6.1']],
    ['26 counties: exactly 0.5', wan(50), true, []],
    ['26 counties: one fen below 0.5', wan(50) - 1, true, ['R6.1']],
  ])('%s', (_, localMatch, mountain, expected) => {
    let app = withBudget(enterpriseApplication(), { localMatch });
    if (mountain) app = mountainCounty(app);
    expect(ruleIds(app)).toEqual(expected);
  });

  it('reports the required amount and the actual one', () => {
    const app = withBudget(enterpriseApplication(), { localMatch: wan(60) });
    const [v] = checkEligibility(app, {
      entry: listEntry(),
      policy: DEFAULT_POLICY,
      integrityRecords: [],
      asOf: '2026-11-23',
    });
    expect(v).toMatchObject({ ruleId: 'R6.1', fields: ['budget.localMatch'], actual: '¥600,000.00' });
    expect(v!.required).toContain('¥1,000,000.00');
  });
});

describe('R6.2 institution match for universities, research institutes and hospitals', () => {
  const university = (
    institutionMatch: number,
    type: Application['leadOrganisation']['type'] = 'university',
  ) => withBudget(org(enterpriseApplication(), { type }), { institutionMatch });

  it.each([
    ['university at exactly 20%', university(wan(20)), []],
    ['university one fen below 20%', university(wan(20) - 1), ['R6.2']],
    ['research institute below 20%', university(0, 'researchInstitute'), ['R6.2']],
    ['hospital below 20%', university(0, 'hospital'), ['R6.2']],
    ['other organisation is not bound', university(0, 'other'), []],
  ])('%s', (_, app, expected) => {
    expect(ruleIds(app)).toEqual(expected);
  });
});

describe('R6.3 enterprise self-raised share', () => {
  // Total ¥10,000,000; subsidy ¥1,000,000 + local ¥1,000,000 leave ¥8,000,000 at most for self-raised.
  const enterprise = (selfRaisedFen: number) =>
    withBudget(enterpriseApplication(), {
      localMatch: wan(1000) - wan(100) - selfRaisedFen,
      selfRaised: selfRaisedFen,
      enterpriseContribution: selfRaisedFen,
    });

  it.each([
    ['80.00% passes', wan(800), false, [] as string[]],
    ['79.99% fails', wan(799.9), false, ['R6.3']],
    ['26 county: 60.00% passes', wan(600), true, []],
    ['26 county: 59.99% fails', wan(599.9), true, ['R6.3']],
  ])('%s', (_, selfRaised, mountain, expected) => {
    const app = mountain ? mountainCounty(enterprise(selfRaised)) : enterprise(selfRaised);
    expect(ruleIds(app)).toEqual(expected);
  });

  it('agriculture-field projects need 60%, not 80%', () => {
    const agriculture = listEntry({ strategicField: 'agriculture' });
    expect(ruleIds(enterprise(wan(600)), agriculture)).toEqual([]);
    expect(ruleIds(enterprise(wan(599.9)), agriculture)).toEqual(['R6.3']);
  });

  it('does not bind a university', () => {
    const app = withBudget(org(enterpriseApplication(), { type: 'university' }), {
      institutionMatch: wan(20),
      selfRaised: wan(100),
      localMatch: wan(780),
    });
    expect(ruleIds(app)).toEqual([]);
  });
});

describe('R6.4 enterprise R&D spending against the industry average', () => {
  const policy = derivePolicy(DEFAULT_POLICY, {
    id: 'r64',
    industryAverageRdIntensityBp: { semiconductors: 900 },
  });
  it.each([
    ['at the industry average', 900, []],
    ['one basis point below', 899, ['R6.4']],
    ['not stated', undefined, ['R6.4']],
  ])('%s', (_, rd, expected) => {
    expect(ruleIds(org(enterpriseApplication(), { rdIntensityBp: rd }), listEntry(), { policy })).toEqual(
      expected,
    );
  });

  it('falls back to the default average for an industry the policy does not list', () => {
    const app = org(enterpriseApplication(), {
      industry: 'textiles',
      rdIntensityBp: DEFAULT_POLICY.defaultIndustryAverageRdIntensityBp,
    });
    expect(ruleIds(app)).toEqual([]);
    expect(
      ruleIds(org(app, { rdIntensityBp: DEFAULT_POLICY.defaultIndustryAverageRdIntensityBp - 1 })),
    ).toEqual(['R6.4']);
  });
});

describe('R14.2 and R19 integrity bans', () => {
  const app = enterpriseApplication();
  const ban = (subjectId: string, ruleId: string): IntegrityRecord => ({
    id: `ban-${subjectId}`,
    subjectType: 'person',
    subjectId,
    kind: 'ban',
    ruleId,
    startsOn: '2025-03-01',
    endsOn: '2027-03-01',
    basis: 'military order failed through subjective lack of effort',
  });

  it.each([
    ['on the first day of the ban', '2025-03-01', ['R14.2']],
    ['on the last day of the ban', '2027-02-28', ['R14.2']],
    ['on the day it ends', '2027-03-01', []],
    ['the day before it starts', '2025-02-28', []],
  ])('a banned PI %s', (_, asOf, expected) => {
    expect(
      ruleIds(app, listEntry(), { records: [ban(app.team.principalInvestigator.id, 'R14.2')], asOf }),
    ).toEqual(expected);
  });

  it('refuses a lead organisation under an R19 ban', () => {
    expect(ruleIds(app, listEntry(), { records: [ban(app.leadOrganisation.id, 'R19')] })).toEqual(['R19']);
  });

  it('ignores findings and commendations, and other people’s bans', () => {
    const finding = { ...ban(app.team.principalInvestigator.id, 'R19'), kind: 'finding' as const };
    expect(ruleIds(app, listEntry(), { records: [finding, ban('someone-else', 'R14.2')] })).toEqual([]);
  });
});

describe('every violation at once', () => {
  it('returns all broken rules of one application together', () => {
    const budget = withBudget(enterpriseApplication(), { totalInvestment: wan(999), localMatch: 0 });
    const app = org(budget, { majorInnovationPlatform: undefined, rdIntensityBp: 0 });
    expect(ruleIds(app, listEntry({ jointFunded: true })).sort()).toEqual(['R4', 'R5', 'R6.1', 'R6.4']);
  });

  it('gives each violation a zh-CN and an en message', () => {
    const app = org(withBudget(enterpriseApplication(), { localMatch: 0 }), {
      majorInnovationPlatform: undefined,
    });
    const violations = checkEligibility(app, {
      entry: listEntry(),
      policy: DEFAULT_POLICY,
      integrityRecords: [],
      asOf: '2026-11-23',
    });
    for (const v of violations) {
      expect(v.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(v.message.en.length).toBeGreaterThan(10);
      expect(v.fields.length).toBeGreaterThan(0);
    }
  });
});

describe('versioned policy', () => {
  it('a second policy version with other numbers changes the outcome without code changes', () => {
    // 75% self-raised: refused under the 80% default, accepted under a version with a 70% floor.
    const app = withBudget(enterpriseApplication(), {
      localMatch: wan(150),
      selfRaised: wan(750),
      enterpriseContribution: wan(750),
    });
    const relaxed = derivePolicy(DEFAULT_POLICY, { id: 'zj-2027-relaxed', enterpriseSelfRaisedBp: 7_000 });
    expect(ruleIds(app)).toEqual(['R6.3']);
    expect(ruleIds(app, listEntry(), { policy: relaxed })).toEqual([]);
  });

  it('refuses a policy change with an unknown key, so a typo cannot pass silently', () => {
    expect(() => derivePolicy(DEFAULT_POLICY, { id: 'typo', selfRaisedBp: 1 } as never)).toThrow();
  });

  it('keeps money in whole fen', () => {
    expect(yuan(0.1) + yuan(0.2)).toBe(yuan(0.3));
  });
});
