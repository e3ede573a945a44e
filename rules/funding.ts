// R11 funding modes, R16 acceptance panel, R16.1 simplified acceptance and R17 platform self-management.
import type { Application, FundingMode, ListEntry } from './domain';
import { formatYuan } from './money';
import type { PolicyVersion } from './policy-version';
import type { RuleId, Violation } from './violation';

/**
 * R11: whether a funding mode fits the application, the entry and the decision: `decision` is what the
 * decision sets, the approved subsidy and whether it orders a military order (R14).
 */
export function checkFundingMode(
  mode: FundingMode,
  app: Application,
  entry: ListEntry,
  decision: { approvedSubsidy: number; militaryOrder: boolean },
): Violation[] {
  switch (mode) {
    case 'standard':
      return [];
    case 'postHocSubsidy':
      return app.industrialOrEngineering
        ? []
        : [
            {
              ruleId: 'R11',
              fields: ['fundingMode', 'industrialOrEngineering'],
              required: 'an industrial or engineering project',
              actual: 'not an industrial or engineering project',
              message: {
                'zh-CN': '事前立项事后补助仅适用于产业、工程类项目',
                en: 'Post-hoc subsidy is only for industrial and engineering projects',
              },
            },
          ];
    case 'immediateApproval': {
      const out: Violation[] = [];
      if (!entry.urgent) {
        out.push({
          ruleId: 'R11',
          fields: ['fundingMode', 'listEntry.urgent'],
          required: 'an especially major or urgent list entry',
          actual: 'the entry is not marked urgent',
          message: {
            'zh-CN': '即时立项仅适用于特别重大、特别紧急的项目',
            en: 'Immediate approval is only for especially major or urgent tasks',
          },
        });
      }
      if (!decision.militaryOrder) {
        out.push({
          ruleId: 'R14',
          fields: ['fundingMode', 'militaryOrder'],
          required: 'a military order (军令状)',
          actual: 'no military order',
          message: {
            'zh-CN': '即时立项的项目须签订军令状',
            en: 'An immediately approved project signs a military order',
          },
        });
      }
      return out;
    }
    case 'approvedWithoutFunding': {
      const out: Violation[] = [];
      if (!app.leadOrganisation.region.ningbo) {
        out.push({
          ruleId: 'R11',
          fields: ['fundingMode', 'leadOrganisation.region.ningbo'],
          required: 'a Ningbo institute or enterprise',
          actual: app.leadOrganisation.region.county,
          message: {
            'zh-CN': '立项不资助仅适用于宁波市属科研机构和企业承担的项目',
            en: 'Approval without funding is only for projects of Ningbo institutes and enterprises',
          },
        });
      }
      // The decision's amount counts, whatever was requested: the cut goes to self-raised funds (R12).
      if (decision.approvedSubsidy !== 0) {
        out.push({
          ruleId: 'R11',
          fields: ['approvedSubsidy'],
          required: '¥0.00 (Ningbo funds and manages the project)',
          actual: formatYuan(decision.approvedSubsidy),
          message: {
            'zh-CN': '立项不资助的项目不安排省财政补助',
            en: 'A project approved without funding receives no provincial subsidy',
          },
        });
      }
      return out;
    }
  }
}

export type AcceptancePath = 'standard' | 'simplified' | 'platformFiling';

/** The rule an acceptance on each path is held under: R16, its simplified R16.1, or R17's platform filing. */
export const ACCEPTANCE_PATH_RULE: Record<AcceptancePath, RuleId> = {
  standard: 'R16',
  simplified: 'R16.1',
  platformFiling: 'R17',
};

/** The rules a project entering acceptance answers to: the simplified path is one way of R16's acceptance. */
export const acceptanceEntryRules = (path: AcceptancePath): RuleId[] =>
  path === 'simplified' ? ['R16', 'R16.1'] : [ACCEPTANCE_PATH_RULE[path]];

/**
 * R17 first: projects of provincial labs and technology innovation centres with ≥ ¥3,000,000 provincial
 * money through the platform are self-managed and filed; then R16.1: under ¥1,000,000 the institution's
 * financial final account suffices.
 */
export function acceptancePath(
  app: Application,
  provincialSubsidy: number,
  policy: PolicyVersion,
): AcceptancePath {
  if (platformSelfManaged(app, provincialSubsidy, policy)) return 'platformFiling';
  if (provincialSubsidy < policy.simplifiedAcceptanceBelow) return 'simplified';
  return 'standard';
}

/** R17. */
export function platformSelfManaged(
  app: Application,
  provincialSubsidy: number,
  policy: PolicyVersion,
): boolean {
  const platform = app.leadOrganisation.majorInnovationPlatform;
  return (
    (platform === 'provincialLab' || platform === 'technologyInnovationCentre') &&
    provincialSubsidy >= policy.platformSelfManagementFrom
  );
}

export const AcceptancePanelRole = [
  'demandSide',
  'endUser',
  'leadingEnterprise',
  'association',
  'investor',
  'technicalExpert',
  'financeExpert',
] as const;
export type AcceptancePanelRole = (typeof AcceptancePanelRole)[number];

export const DEMAND_SIDE_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type DemandSideGrade = (typeof DEMAND_SIDE_GRADES)[number];

/**
 * R16: a demand-side or end-user member's evaluation, the acceptance's core indicator: how completely the
 * goals were met, how the results may be applied, and whether they would promote them.
 */
export interface DemandSideRating {
  completion: DemandSideGrade;
  applicationProspects: DemandSideGrade;
  promotionOpinion: string;
}

export interface AcceptancePanelMember {
  personId: string;
  organisationId: string;
  role: AcceptancePanelRole;
  rating?: DemandSideRating;
}

const isDemandSide = (m: AcceptancePanelMember) => m.role === 'demandSide' || m.role === 'endUser';

/**
 * R16: every demand-side or end-user member rates the project, and a failing rating of theirs fails the
 * acceptance, whatever the others think.
 */
export function checkDemandSideRatings(members: readonly AcceptancePanelMember[]): Violation[] {
  const out: Violation[] = [];
  members.forEach((m, index) => {
    if (!isDemandSide(m)) return;
    if (!m.rating) {
      out.push({
        ruleId: 'R16',
        fields: [`panel.${index}.rating`],
        required:
          'the demand side’s rating of completion and application prospects, with a promotion opinion',
        actual: 'missing',
        message: {
          'zh-CN': `需求方/最终用户 ${m.personId} 须对完成情况和应用前景作出评价并提出推广意见`,
          en: `Demand-side member ${m.personId} rates completion and application prospects and gives a promotion opinion`,
        },
      });
    } else if (m.rating.completion === 'fail' || m.rating.applicationProspects === 'fail') {
      out.push({
        ruleId: 'R16',
        fields: ['passed', `panel.${index}.rating`],
        required: 'no failing demand-side rating in a passed acceptance',
        actual: `${m.personId}: completion ${m.rating.completion}, prospects ${m.rating.applicationProspects}`,
        message: {
          'zh-CN': `需求方评价是验收的核心指标：${m.personId} 评价为不合格，验收不能通过`,
          en: `The demand side’s rating is the core indicator: ${m.personId} rates it failing, so it cannot pass`,
        },
      });
    }
  });
  return out;
}

/**
 * R16: the demand side or end users take part and their evaluation is the core indicator; R18.2: nobody
 * accepts a project of their own institution or team.
 */
export function checkAcceptancePanel(
  members: readonly AcceptancePanelMember[],
  project: { organisationIds: readonly string[]; teamPersonIds: readonly string[] },
): Violation[] {
  const out: Violation[] = [];
  if (!members.some(isDemandSide)) {
    out.push({
      ruleId: 'R16',
      fields: ['panel'],
      required: 'at least one demand-side or end-user member',
      actual: members.map((m) => m.role).join(', ') || 'no members',
      message: {
        'zh-CN': '验收应组织需求方、最终用户直接参与评价',
        en: 'The acceptance panel must include the demand side or end users',
      },
    });
  }
  for (const m of members) {
    if (project.organisationIds.includes(m.organisationId) || project.teamPersonIds.includes(m.personId)) {
      out.push({
        ruleId: 'R18.2',
        fields: [`panel.${m.personId}`],
        required: 'no member from the project’s own institutions or team',
        actual: `${m.personId} of ${m.organisationId}`,
        message: {
          'zh-CN': `验收专家${m.personId}须回避本单位、本团队项目`,
          en: `Panel member ${m.personId} must recuse from a project of their own institution or team`,
        },
      });
    }
  }
  return out;
}

/** What an acceptance result brings; which of it counts depends on the project's acceptance path. */
export interface AcceptanceResult {
  passed: boolean;
  panel: readonly AcceptancePanelMember[];
  demandSideEvaluation?: string;
  financialFinalAccount?: string;
  filing?: string;
}

/**
 * Whether a passing acceptance brings what its path needs: R16.1 the financial final account (经费决算表),
 * R17 the platform's filing, R16 a panel with the demand side whose evaluation is the core indicator.
 */
export function checkAcceptance(
  path: AcceptancePath,
  result: AcceptanceResult,
  project: { organisationIds: readonly string[]; teamPersonIds: readonly string[] },
): Violation[] {
  if (!result.passed) return [];
  switch (path) {
    case 'simplified':
      return result.financialFinalAccount
        ? []
        : [
            missing(
              'R16.1',
              'financialFinalAccount',
              'The financial final account',
              '简易验收须提供经费决算表',
            ),
          ];
    case 'platformFiling':
      return result.filing
        ? []
        : [missing('R17', 'filing', 'The platform filing reference', '平台自主管理项目须报备实施情况和绩效')];
    case 'standard':
      return [
        ...checkAcceptancePanel(result.panel, project),
        ...checkDemandSideRatings(result.panel),
        ...(result.demandSideEvaluation
          ? []
          : [
              missing(
                'R16',
                'demandSideEvaluation',
                'The demand side’s evaluation',
                '需求方评价意见是验收的核心指标',
              ),
            ]),
      ];
  }
}

function missing(ruleId: RuleId, field: string, what: string, zh: string): Violation {
  return {
    ruleId,
    fields: [field],
    required: what,
    actual: 'missing',
    message: { 'zh-CN': zh, en: `${what} is required` },
  };
}

/**
 * R16.1: the simplified path is the team's option, open only below the threshold, and taken with the
 * institution finance department's final account statement (经费决算表).
 */
export function checkSimplifiedChoice(
  eligible: boolean,
  choice: { simplified: boolean; financialFinalAccount?: string },
  threshold: number,
): Violation[] {
  if (!choice.simplified) return [];
  if (!eligible)
    return [
      {
        ruleId: 'R16.1',
        fields: ['simplified'],
        required: `a provincial subsidy below ${threshold} fen`,
        actual: 'at or above it',
        message: {
          'zh-CN': `财政补助不低于 ${threshold / 100} 元的项目不适用简易验收`,
          en: `Simplified acceptance is open only to a provincial subsidy below ¥${threshold / 100}`,
        },
      },
    ];
  return choice.financialFinalAccount
    ? []
    : [missing('R16.1', 'financialFinalAccount', 'The financial final account', '简易验收须提供经费决算表')];
}

/**
 * R14 / R15: a progress report says what was achieved against every indicator of the milestone; one it
 * leaves out is named.
 */
export function checkIndicatorsReported(
  indicators: readonly { name: string }[],
  achievements: readonly { indicator: string }[],
  ruleId: RuleId,
): Violation[] {
  const reported = new Set(achievements.map((a) => a.indicator));
  const left = indicators.filter((i) => !reported.has(i.name)).map((i) => i.name);
  return left.length
    ? [
        {
          ruleId,
          fields: ['achievements'],
          required: `an achievement for every indicator: ${indicators.map((i) => i.name).join(', ')}`,
          actual: `none for ${left.join(', ')}`,
          message: {
            'zh-CN': `进展报告须逐项说明考核指标完成情况，缺少：${left.join('、')}`,
            en: `The progress report says nothing of the indicator(s) ${left.join(', ')}`,
          },
        },
      ]
    : [];
}

/**
 * R14: a project under a military order signs its terms with the contract, and the milestones the order
 * makes hard are milestones of that contract.
 */
export function checkMilitaryOrderTerms(
  militaryOrder: boolean,
  terms: { milestoneIds: readonly string[] } | undefined,
  contractMilestoneIds: readonly string[],
): Violation[] {
  if (!militaryOrder) return [];
  if (!terms)
    return [
      {
        ruleId: 'R14',
        fields: ['militaryOrderTerms'],
        required: 'the military order’s terms: hard milestones, indicators, rewards and penalties',
        actual: 'missing',
        message: {
          'zh-CN': '签订军令状须明确里程碑节点、具体指标要求和奖惩措施',
          en: 'A military order states its milestones, indicators, rewards and penalties',
        },
      },
    ];
  const unknown = terms.milestoneIds.filter((id) => !contractMilestoneIds.includes(id));
  return unknown.length
    ? [
        {
          ruleId: 'R14',
          fields: ['militaryOrderTerms.milestoneIds'],
          required: `milestones of the contract: ${contractMilestoneIds.join(', ')}`,
          actual: unknown.join(', '),
          message: {
            'zh-CN': `军令状的里程碑节点 ${unknown.join('、')} 不在任务书中`,
            en: `The military order names milestones not in the contract: ${unknown.join(', ')}`,
          },
        },
      ]
    : [];
}

/** R22: direct support without a call is for a member of the project pool. */
export const notInProjectPool = (): Violation => ({
  ruleId: 'R22',
  fields: ['projectPool'],
  required: 'a member of the project pool (项目池)',
  actual: 'not in the pool',
  message: {
    'zh-CN': '仅项目池内取得重大突破的项目可经论证后予以直接支持',
    en: 'Only a project in the project pool with a demonstrated breakthrough may be supported directly',
  },
});
