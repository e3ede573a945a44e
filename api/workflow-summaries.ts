// What managers read first in the Temporal UI: a one-line static summary and Markdown static details for
// each workflow the API starts, in business words (zh-CN, then English). Given at the start, never changed:
// what changes is in the workflow's current details.
import { clipToBytes } from '../contract/action-names';
import type { ProjectWorkflowInput } from '../contract/project-workflow';
import type { ListEntry } from '../rules';
import { formatYuan } from '../rules/money';

/** ¥1,000,000.00（100 万元）. */
const money = (fen: number): string =>
  `${formatYuan(fen)}（${(fen / 1_000_000).toLocaleString('zh-CN')} 万元）`;

const table = (rows: Array<[string, string]>): string =>
  [
    '| 项目 · item | 内容 · value |',
    '| --- | --- |',
    ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '/')} |`),
  ].join('\n');

export function projectSummary(input: ProjectWorkflowInput): {
  staticSummary: string;
  staticDetails: string;
} {
  const { application: a, listEntry: entry, code } = input;
  const org = a.leadOrganisation;
  return {
    staticSummary: clipToBytes(
      `${code} · ${a.title} · ${org.name} · ${a.team.principalInvestigator.name} · ${entry.strategicField} · ${org.region.county}`,
    ),
    staticDetails: [
      `**${a.title}**（${code}）`,
      '',
      table([
        ['牵头单位 lead organisation', `${org.name}（${org.type}）`],
        ['项目负责人 PI', `${a.team.principalInvestigator.name}（${a.team.principalInvestigator.id}）`],
        ['领域 field', entry.strategicField],
        [
          '所在县（市、区）county',
          `${org.region.county}${org.region.mountainOrIslandCounty ? '（山区海岛县 mountain or island）' : ''}`,
        ],
        ['榜单 list entry', `${entry.title}（${entry.id}）`],
        ['总投资 total investment', money(a.budget.totalInvestment)],
        ['申请省级财政资助 provincial subsidy asked', money(a.budget.provincialSubsidy)],
        ['资助方式 funding mode', '立项时确定，见当前详情 · decided at approval, see current details'],
        ['军令状 military order', '立项时确定 · decided at approval'],
        ['政策版本 policy version', input.policy.id],
      ]),
    ].join('\n'),
  };
}

export function listEntrySummary(
  entry: ListEntry,
  policyVersion: string,
): { staticSummary: string; staticDetails: string } {
  return {
    staticSummary: clipToBytes(`榜单 list entry ${entry.id} · ${entry.title} · ${entry.strategicField}`),
    staticDetails: table([
      ['榜单 list entry', `${entry.title}（${entry.id}）`],
      ['领域 field', entry.strategicField],
      ['层级 tier', entry.tier],
      ['年度 call-list year', String(entry.callListYear)],
      ['计划立项数 planned approvals', String(entry.plannedApprovals)],
      ['政策版本 policy version', policyVersion],
    ]),
  };
}
