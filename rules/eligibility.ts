// Eligibility of an application to a list entry: R4, R5, R6.1–R6.4, R14.2 and R19.
// Returns every violation at once so an applicant fixes the whole application in one pass.
import type { CivilDate } from './scalars';
import type { Application, IntegrityRecord, ListEntry } from './domain';
import { atLeastTimes, formatBp, formatYuan, minimumFor } from './money';
import type { PolicyVersion } from './policy-version';
import { activeBans } from './sanctions';
import type { Violation } from './violation';

export interface EligibilityContext {
  entry: ListEntry;
  policy: PolicyVersion;
  integrityRecords: readonly IntegrityRecord[];
  /** The date the check runs: submission, window close, or approval. */
  asOf: CivilDate;
}

const ACADEMIC_TYPES = new Set(['university', 'researchInstitute', 'hospital']);

export function checkEligibility(app: Application, ctx: EligibilityContext): Violation[] {
  return [
    ...checkJointFunding(app, ctx),
    ...checkMajorInnovationPlatform(app),
    ...checkLocalMatch(app, ctx),
    ...checkInstitutionMatch(app, ctx),
    ...checkEnterpriseSelfRaised(app, ctx),
    ...checkEnterpriseRdSpending(app, ctx),
    ...checkIntegrity(app, ctx),
  ];
}

/** Fiscal funding is every government source: provincial subsidy plus local match. */
export const fiscalFunding = (app: Application): number =>
  app.budget.provincialSubsidy + app.budget.localMatch;

/** R4: joint-funded entries need ≥ ¥10,000,000 total and an enterprise share ≥ 2 × fiscal funding. */
function checkJointFunding(app: Application, { entry, policy }: EligibilityContext): Violation[] {
  if (!entry.jointFunded) return [];
  const out: Violation[] = [];
  const { totalInvestment, enterpriseContribution } = app.budget;
  if (totalInvestment < policy.jointFundedMinTotal) {
    out.push({
      ruleId: 'R4',
      fields: ['budget.totalInvestment'],
      required: `≥ ${formatYuan(policy.jointFundedMinTotal)}`,
      actual: formatYuan(totalInvestment),
      message: {
        'zh-CN': `联合出资挂榜项目总出资额不得低于${formatYuan(policy.jointFundedMinTotal)}，当前为${formatYuan(totalInvestment)}`,
        en: `A joint-funded entry needs total funding of at least ${formatYuan(policy.jointFundedMinTotal)}; this application has ${formatYuan(totalInvestment)}`,
      },
    });
  }
  const fiscal = fiscalFunding(app);
  if (!atLeastTimes(enterpriseContribution, fiscal, policy.jointFundedEnterpriseToFiscalBp)) {
    const needed = minimumFor(fiscal, policy.jointFundedEnterpriseToFiscalBp);
    out.push({
      ruleId: 'R4',
      fields: ['budget.enterpriseContribution'],
      required: `≥ ${formatYuan(needed)} (${policy.jointFundedEnterpriseToFiscalBp / 10_000} × fiscal ${formatYuan(fiscal)})`,
      actual: formatYuan(enterpriseContribution),
      message: {
        'zh-CN': `企业出资不得低于财政资金总出资额的${policy.jointFundedEnterpriseToFiscalBp / 10_000}倍（${formatYuan(needed)}），当前为${formatYuan(enterpriseContribution)}`,
        en: `The enterprise contribution must be at least ${policy.jointFundedEnterpriseToFiscalBp / 10_000} × fiscal funding (${formatYuan(needed)}); it is ${formatYuan(enterpriseContribution)}`,
      },
    });
  }
  return out;
}

/** R5: the lead applicant owns a major innovation platform. */
function checkMajorInnovationPlatform(app: Application): Violation[] {
  if (app.leadOrganisation.majorInnovationPlatform) return [];
  return [
    {
      ruleId: 'R5',
      fields: ['leadOrganisation.majorInnovationPlatform'],
      required: 'a major innovation platform (provincial lab, technology innovation centre, key lab, ...)',
      actual: 'none',
      message: {
        'zh-CN': '牵头申报单位应建有重大创新平台',
        en: 'The lead organisation must own a major innovation platform',
      },
    },
  ];
}

/** R6.1: local government matches the provincial subsidy 1:1, or ≥ 0.5 in the 26 counties / island counties. */
function checkLocalMatch(app: Application, { policy }: EligibilityContext): Violation[] {
  const reduced = app.leadOrganisation.region.mountainOrIslandCounty;
  const bp = reduced ? policy.localMatchMountainOrIslandBp : policy.localMatchBp;
  const { localMatch, provincialSubsidy } = app.budget;
  if (atLeastTimes(localMatch, provincialSubsidy, bp)) return [];
  const needed = minimumFor(provincialSubsidy, bp);
  return [
    {
      ruleId: 'R6.1',
      fields: ['budget.localMatch'],
      required: `≥ ${formatYuan(needed)} (${formatBp(bp)} of the provincial subsidy${reduced ? ', 26 counties / island counties' : ''})`,
      actual: formatYuan(localMatch),
      message: {
        'zh-CN': `地方联动支持经费不得低于省财政补助的${formatBp(bp)}（${formatYuan(needed)}），当前为${formatYuan(localMatch)}`,
        en: `The local match must be at least ${formatBp(bp)} of the provincial subsidy (${formatYuan(needed)}); it is ${formatYuan(localMatch)}`,
      },
    },
  ];
}

/** R6.2: universities, research institutes and hospitals match ≥ 20% of the provincial subsidy. */
function checkInstitutionMatch(app: Application, { policy }: EligibilityContext): Violation[] {
  if (!ACADEMIC_TYPES.has(app.leadOrganisation.type)) return [];
  const { institutionMatch, provincialSubsidy } = app.budget;
  if (atLeastTimes(institutionMatch, provincialSubsidy, policy.institutionMatchBp)) return [];
  const needed = minimumFor(provincialSubsidy, policy.institutionMatchBp);
  return [
    {
      ruleId: 'R6.2',
      fields: ['budget.institutionMatch'],
      required: `≥ ${formatYuan(needed)} (${formatBp(policy.institutionMatchBp)} of the provincial subsidy)`,
      actual: formatYuan(institutionMatch),
      message: {
        'zh-CN': `高校、院所、医院联动支持经费不得低于省财政补助经费的${formatBp(policy.institutionMatchBp)}（${formatYuan(needed)}），当前为${formatYuan(institutionMatch)}`,
        en: `Universities, research institutes and hospitals must match at least ${formatBp(policy.institutionMatchBp)} of the provincial subsidy (${formatYuan(needed)}); the match is ${formatYuan(institutionMatch)}`,
      },
    },
  ];
}

/** R6.3: an enterprise raises ≥ 80% of total investment itself; ≥ 60% in the 26 counties / island counties or agriculture. */
function checkEnterpriseSelfRaised(app: Application, { entry, policy }: EligibilityContext): Violation[] {
  if (app.leadOrganisation.type !== 'enterprise') return [];
  const reduced =
    app.leadOrganisation.region.mountainOrIslandCounty ||
    policy.agricultureFields.includes(entry.strategicField);
  const bp = reduced ? policy.enterpriseSelfRaisedReducedBp : policy.enterpriseSelfRaisedBp;
  const { selfRaised, totalInvestment } = app.budget;
  if (atLeastTimes(selfRaised, totalInvestment, bp)) return [];
  const needed = minimumFor(totalInvestment, bp);
  return [
    {
      ruleId: 'R6.3',
      fields: ['budget.selfRaised'],
      required: `≥ ${formatBp(bp)} of total investment (${formatYuan(needed)})`,
      actual: formatYuan(selfRaised),
      message: {
        'zh-CN': `企业申报的自筹比例不得低于总投入的${formatBp(bp)}（${formatYuan(needed)}），当前自筹${formatYuan(selfRaised)}`,
        en: `An enterprise applicant must self-raise at least ${formatBp(bp)} of total investment (${formatYuan(needed)}); it raises ${formatYuan(selfRaised)}`,
      },
    },
  ];
}

/** R6.4: an enterprise's R&D intensity is at least its industry's average (config). */
function checkEnterpriseRdSpending(app: Application, { policy }: EligibilityContext): Violation[] {
  const org = app.leadOrganisation;
  if (org.type !== 'enterprise') return [];
  const average =
    (org.industry !== undefined ? policy.industryAverageRdIntensityBp[org.industry] : undefined) ??
    policy.defaultIndustryAverageRdIntensityBp;
  const actual = org.rdIntensityBp;
  if (actual !== undefined && actual >= average) return [];
  return [
    {
      ruleId: 'R6.4',
      fields: ['leadOrganisation.rdIntensityBp'],
      required: `≥ ${formatBp(average)} (industry average${org.industry ? ` of ${org.industry}` : ''})`,
      actual: actual === undefined ? 'not stated' : formatBp(actual),
      message: {
        'zh-CN': `企业研发投入强度不得低于同行业平均水平${formatBp(average)}，当前为${actual === undefined ? '未填报' : formatBp(actual)}`,
        en: `An enterprise's R&D intensity must be at least its industry average of ${formatBp(average)}; it is ${actual === undefined ? 'not stated' : formatBp(actual)}`,
      },
    },
  ];
}

export interface IntegrityParty {
  id: string;
  field: string;
  zh: string;
  en: string;
}

/** R19: whose integrity counts for an application: the whole team and every undertaking organisation. */
export function integritySubjects(app: Application): IntegrityParty[] {
  return [
    {
      id: app.team.principalInvestigator.id,
      field: 'team.principalInvestigator',
      zh: '项目负责人',
      en: 'The principal investigator',
    },
    ...app.team.members.map((m, i) => ({
      id: m.id,
      field: `team.members.${i}`,
      zh: `团队成员${m.name}`,
      en: `Team member ${m.name}`,
    })),
    { id: app.leadOrganisation.id, field: 'leadOrganisation', zh: '牵头单位', en: 'The lead organisation' },
    ...app.partnerOrganisations.map((o, i) => ({
      id: o.id,
      field: `partnerOrganisations.${i}`,
      zh: `合作单位${o.name}`,
      en: `Partner organisation ${o.name}`,
    })),
  ];
}

/** R19: the bad records (findings) of anyone whose integrity counts: shown to decision-makers, not a refusal. */
export const integrityFindings = (
  app: Application,
  records: readonly IntegrityRecord[],
): IntegrityRecord[] => {
  const ids = new Set(integritySubjects(app).map((s) => s.id));
  return records.filter((r) => r.kind === 'finding' && ids.has(r.subjectId));
};

/** R14.2 / R19: nobody of the team and no undertaking organisation may be under an active ban. */
export function checkIntegrity(
  app: Application,
  { integrityRecords, asOf }: Pick<EligibilityContext, 'integrityRecords' | 'asOf'>,
): Violation[] {
  return integritySubjects(app).flatMap((s) =>
    activeBans(s.id, integrityRecords, asOf).map((ban): Violation => ({
      ruleId: ban.ruleId === 'R14.2' ? 'R14.2' : 'R19',
      fields: [s.field],
      required: 'no active ban on applying to provincial S&T programmes',
      actual: `banned ${ban.startsOn} – ${ban.endsOn ?? 'indefinitely'} (${ban.basis})`,
      message: {
        'zh-CN': `${s.zh}处于省级科技计划申报资格暂停期（${ban.startsOn}至${ban.endsOn ?? '无期限'}），不得申报`,
        en: `${s.en} is barred from applying until ${ban.endsOn ?? 'further notice'} (since ${ban.startsOn})`,
      },
    })),
  );
}
