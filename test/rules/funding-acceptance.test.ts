// R11 funding modes, R16 acceptance panel, R16.1 simplified acceptance, R17 platform self-management.
import { describe, expect, it } from 'vitest';
import {
  ACCEPTANCE_PATH_RULE,
  DEFAULT_POLICY,
  acceptanceEntryRules,
  acceptancePath,
  checkAcceptance,
  checkAcceptancePanel,
  checkDemandSideRatings,
  checkFundingMode,
  checkIndicatorsReported,
  checkSimplifiedChoice,
  derivePolicy,
  wan,
  type AcceptancePanelMember,
  type Application,
} from '../../rules';
import { enterpriseApplication, listEntry } from '../../examples/applications';

const withOrg = (
  changes: Partial<Application['leadOrganisation']>,
  app = enterpriseApplication(),
): Application => ({
  ...app,
  leadOrganisation: { ...app.leadOrganisation, ...changes },
});

describe('R11 funding modes', () => {
  const rules = (mode: Parameters<typeof checkFundingMode>[0], app: Application, urgent = false) =>
    checkFundingMode(mode, app, listEntry({ urgent }), { approvedSubsidy: 0, militaryOrder: true }).map(
      (v) => v.fields[1] ?? v.fields[0],
    );

  it('standard funding fits any eligible application', () => {
    expect(rules('standard', enterpriseApplication())).toEqual([]);
  });

  it('post-hoc subsidy only for industrial and engineering projects', () => {
    expect(rules('postHocSubsidy', enterpriseApplication({ industrialOrEngineering: true }))).toEqual([]);
    expect(rules('postHocSubsidy', enterpriseApplication({ industrialOrEngineering: false }))).toEqual([
      'industrialOrEngineering',
    ]);
  });

  it('immediate approval only for especially major or urgent entries, under a military order (R14)', () => {
    expect(rules('immediateApproval', enterpriseApplication(), true)).toEqual([]);
    expect(rules('immediateApproval', enterpriseApplication(), false)).toEqual(['listEntry.urgent']);
    const withoutOrder = checkFundingMode(
      'immediateApproval',
      enterpriseApplication(),
      listEntry({ urgent: true }),
      {
        approvedSubsidy: wan(100),
        militaryOrder: false,
      },
    );
    expect(withoutOrder.map((v) => [v.ruleId, v.fields[1]])).toEqual([['R14', 'militaryOrder']]);
  });

  it('approval without funding only for Ningbo, the decision setting no provincial subsidy', () => {
    const ningbo = withOrg({ region: { county: 'Yinzhou', mountainOrIslandCounty: false, ningbo: true } });
    // Whatever was requested: the decision's amount is what counts.
    const decided = (approvedSubsidy: number) => ({ approvedSubsidy, militaryOrder: false });
    expect(checkFundingMode('approvedWithoutFunding', ningbo, listEntry(), decided(0))).toEqual([]);
    const violations = checkFundingMode(
      'approvedWithoutFunding',
      enterpriseApplication(),
      listEntry(),
      decided(wan(50)),
    );
    expect(violations.map((v) => [v.ruleId, v.fields.at(-1)])).toEqual([
      ['R11', 'leadOrganisation.region.ningbo'],
      ['R11', 'approvedSubsidy'],
    ]);
  });
});

describe('R16.1 simplified acceptance and R17 platform filing', () => {
  it.each([
    ['subsidy one fen below ¥1,000,000 → simplified (R16.1)', 'keyLab', wan(100) - 1, 'simplified'],
    ['subsidy exactly ¥1,000,000 → standard', 'keyLab', wan(100), 'standard'],
    [
      'provincial lab at exactly ¥3,000,000 → platform filing (R17)',
      'provincialLab',
      wan(300),
      'platformFiling',
    ],
    [
      'technology innovation centre at ¥5,000,000 → platform filing (R17)',
      'technologyInnovationCentre',
      wan(500),
      'platformFiling',
    ],
    ['provincial lab one fen below ¥3,000,000 → standard', 'provincialLab', wan(300) - 1, 'standard'],
    ['key lab at ¥5,000,000 is not self-managed → standard', 'keyLab', wan(500), 'standard'],
  ] as const)('%s', (_, platform, subsidy, path) => {
    expect(acceptancePath(withOrg({ majorInnovationPlatform: platform }), subsidy, DEFAULT_POLICY)).toBe(
      path,
    );
  });

  it('a policy version with a ¥500,000 simplified threshold changes the path', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'simpl-50', simplifiedAcceptanceBelow: wan(50) });
    expect(acceptancePath(enterpriseApplication(), wan(80), DEFAULT_POLICY)).toBe('simplified');
    expect(acceptancePath(enterpriseApplication(), wan(80), policy)).toBe('standard');
  });
});

describe('R16 acceptance panel', () => {
  const project = { organisationIds: ['org-lead'], teamPersonIds: ['pi-1'] };
  const member = (
    personId: string,
    role: AcceptancePanelMember['role'],
    organisationId = `org-${personId}`,
  ): AcceptancePanelMember => ({
    personId,
    organisationId,
    role,
  });

  it('accepts a panel with the demand side or end users', () => {
    expect(
      checkAcceptancePanel([member('a', 'demandSide'), member('b', 'technicalExpert')], project),
    ).toEqual([]);
    expect(checkAcceptancePanel([member('a', 'endUser'), member('b', 'investor')], project)).toEqual([]);
  });

  it('refuses a panel without them', () => {
    const violations = checkAcceptancePanel(
      [member('a', 'technicalExpert'), member('b', 'association')],
      project,
    );
    expect(violations.map((v) => v.ruleId)).toEqual(['R16']);
  });

  it('refuses a member of the project’s own institution or team (R18.2)', () => {
    const violations = checkAcceptancePanel(
      [
        member('a', 'demandSide'),
        member('b', 'financeExpert', 'org-lead'),
        member('pi-1', 'technicalExpert'),
      ],
      project,
    );
    expect(violations.map((v) => [v.ruleId, v.fields[0]])).toEqual([
      ['R18.2', 'panel.b'],
      ['R18.2', 'panel.pi-1'],
    ]);
  });
});

describe('R16, R16.1, R17: what a passing acceptance brings on each path', () => {
  const team = { organisationIds: ['org-lead'], teamPersonIds: ['pi-1'] };
  const demandSide: AcceptancePanelMember = {
    personId: 'buyer',
    organisationId: 'plc-maker',
    role: 'demandSide',
    rating: { completion: 'good', applicationProspects: 'good', promotionOpinion: 'will adopt it' },
  };
  const passed = { passed: true, panel: [] as AcceptancePanelMember[] };
  const cited = (violations: ReturnType<typeof checkAcceptance>) =>
    violations.map((v) => [v.ruleId, v.fields[0]]);

  it('R16.1 simplified: the financial final account (经费决算表), nothing else', () => {
    expect(cited(checkAcceptance('simplified', passed, team))).toEqual([['R16.1', 'financialFinalAccount']]);
    expect(checkAcceptance('simplified', { ...passed, financialFinalAccount: 'FA-1' }, team)).toEqual([]);
  });

  it('R17 platform self-management: the filing (报备)', () => {
    expect(cited(checkAcceptance('platformFiling', passed, team))).toEqual([['R17', 'filing']]);
    expect(checkAcceptance('platformFiling', { ...passed, filing: 'F-1' }, team)).toEqual([]);
  });

  it('R16 standard: a panel with the demand side, whose evaluation is the core indicator', () => {
    expect(cited(checkAcceptance('standard', passed, team))).toEqual([
      ['R16', 'panel'],
      ['R16', 'demandSideEvaluation'],
    ]);
    const complete = { ...passed, panel: [demandSide], demandSideEvaluation: 'will buy in volume' };
    expect(checkAcceptance('standard', complete, team)).toEqual([]);
  });

  it('a failed acceptance needs none of it', () => {
    expect(checkAcceptance('standard', { passed: false, panel: [] }, team)).toEqual([]);
  });

  it('cites R16.1 or R17 for the acceptance itself, and R16 with R16.1 when the simplified path begins', () => {
    expect(ACCEPTANCE_PATH_RULE).toEqual({ standard: 'R16', simplified: 'R16.1', platformFiling: 'R17' });
    expect(acceptanceEntryRules('simplified')).toEqual(['R16', 'R16.1']);
    expect(acceptanceEntryRules('standard')).toEqual(['R16']);
    expect(acceptanceEntryRules('platformFiling')).toEqual(['R17']);
  });

  it('leaves the R16.1 simplified path to the team: open below the threshold, with the final account', () => {
    const below = wan(100);
    expect(checkSimplifiedChoice(true, { simplified: false }, below)).toEqual([]);
    expect(checkSimplifiedChoice(true, { simplified: true, financialFinalAccount: 'FA-1' }, below)).toEqual(
      [],
    );
    expect(checkSimplifiedChoice(true, { simplified: true }, below)[0]).toMatchObject({
      ruleId: 'R16.1',
      fields: ['financialFinalAccount'],
    });
    expect(
      checkSimplifiedChoice(false, { simplified: true, financialFinalAccount: 'FA-1' }, below)[0],
    ).toMatchObject({ ruleId: 'R16.1', fields: ['simplified'] });
  });

  it('names each indicator a progress report leaves out (R14, R15)', () => {
    const indicators = [{ name: 'yield' }, { name: 'cost' }];
    expect(
      checkIndicatorsReported(indicators, [{ indicator: 'yield' }, { indicator: 'cost' }], 'R15'),
    ).toEqual([]);
    const [missing] = checkIndicatorsReported(indicators, [{ indicator: 'yield' }], 'R14');
    expect(missing).toMatchObject({ ruleId: 'R14', fields: ['achievements'], actual: 'none for cost' });
  });

  it('takes the demand side’s rating as the core indicator: each rates, and a failing one fails (R16)', () => {
    const rating = {
      completion: 'good',
      applicationProspects: 'excellent',
      promotionOpinion: 'will buy',
    } as const;
    const expert = { personId: 'p', organisationId: 'zju', role: 'technicalExpert' } as const;
    const buyer = { personId: 'b', organisationId: 'plc', role: 'demandSide' } as const;
    expect(checkDemandSideRatings([{ ...buyer, rating }, expert])).toEqual([]);
    expect(checkDemandSideRatings([buyer])[0]).toMatchObject({ ruleId: 'R16', fields: ['panel.0.rating'] });
    const failing = checkDemandSideRatings([
      expert,
      { ...buyer, rating: { ...rating, applicationProspects: 'fail' } },
    ]);
    expect(failing[0]).toMatchObject({ ruleId: 'R16', fields: ['passed', 'panel.1.rating'] });
  });
});
