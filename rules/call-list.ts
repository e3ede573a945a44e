// R1, R2, R7: what a call-list entry must be to enter the annual list, and who may apply to it.
import type { ListEntry, Tier } from './domain';
import type { PolicyVersion } from './policy-version';
import type { Violation } from './violation';

export function checkStrategicField(field: string, policy: PolicyVersion): Violation[] {
  if (policy.strategicFields.includes(field)) return [];
  return [
    {
      ruleId: 'R1',
      fields: ['strategicField'],
      required: `one of the strategic fields: ${policy.strategicFields.join(', ')}`,
      actual: field,
      message: {
        'zh-CN': `“${field}”不是15大战略领域之一`,
        en: `"${field}" is not one of the strategic fields`,
      },
    },
  ];
}

/** R1: the tier each tier sits under (重大专项 > 重大专题 > 重大项目). */
const PARENT_TIER: Record<Tier, Tier | undefined> = {
  programme: undefined,
  topic: 'programme',
  project: 'topic',
};

/**
 * R1: an entry's parent link. A programme has none; a topic sits under a programme and a project under a
 * topic of the same annual list. `parent` is the stored entry `entry.parentId` names, if there is one.
 */
export function checkParent(entry: ListEntry, parent: ListEntry | undefined): Violation[] {
  if (entry.parentId === undefined) return [];
  const expected = PARENT_TIER[entry.tier];
  const refuse = (required: string, actual: string, zh: string, en: string): Violation[] => [
    { ruleId: 'R1', fields: ['parentId'], required, actual, message: { 'zh-CN': zh, en } },
  ];
  if (!expected) {
    return refuse(
      'no parent: a programme is the top tier',
      entry.parentId,
      '重大专项是最高层级，不能有上级条目',
      'A programme is the top tier and has no parent entry',
    );
  }
  if (!parent) {
    return refuse(
      `an entry of tier ${expected} in the ${entry.callListYear} list`,
      `no entry ${entry.parentId}`,
      `上级条目“${entry.parentId}”不存在`,
      `The parent entry ${entry.parentId} does not exist`,
    );
  }
  if (parent.tier !== expected || parent.callListYear !== entry.callListYear) {
    return refuse(
      `an entry of tier ${expected} in the ${entry.callListYear} list`,
      `${parent.tier} in the ${parent.callListYear} list`,
      `${entry.tier === 'topic' ? '重大专题' : '重大项目'}的上级须为同一年度榜单的${expected === 'programme' ? '重大专项' : '重大专题'}`,
      `A ${entry.tier}'s parent must be a ${expected} of the same annual list`,
    );
  }
  return [];
}

/** R2: every entry records who proposed it, by kind. */
export function checkProposers(entry: ListEntry): Violation[] {
  if (entry.proposers.length > 0) return [];
  return [
    {
      ruleId: 'R2',
      fields: ['proposers'],
      required:
        'at least one proposer: industryDepartment, majorPlatform, association, leadingEnterprise, endUser or ventureInvestor',
      actual: 'none',
      message: {
        'zh-CN': '榜单条目须记录提出单位（行业部门、重大平台、协会、领军企业、成果应用单位或创投机构）',
        en: 'A list entry records who proposed it (industry department, major platform, association, leading enterprise, end user or venture investor)',
      },
    },
  ];
}

/**
 * R7: an open competition names nobody; a selective commission names the organisations it is limited to,
 * a directed commission exactly one.
 */
export function checkSelectionScope(entry: ListEntry): Violation[] {
  const invited = entry.invitedOrganisations.length;
  const refuse = (required: string, zh: string, en: string): Violation[] => [
    {
      ruleId: 'R7',
      fields: ['invitedOrganisations'],
      required,
      actual: `${invited} invited organisation(s)`,
      message: { 'zh-CN': zh, en },
    },
  ];
  switch (entry.selectionMode) {
    case 'openCompetition':
      return invited === 0
        ? []
        : refuse(
            'none: anyone eligible may apply',
            '公开竞争的条目不限定申报单位',
            'An open competition names no invited organisations: anyone eligible may apply',
          );
    case 'selectiveCommission':
      return invited >= 1
        ? []
        : refuse(
            'at least one invited organisation',
            '择优委托须列明限定范围内的受邀单位',
            'A selective commission names the organisations it is limited to',
          );
    case 'directedCommission':
      return invited === 1
        ? []
        : refuse(
            'exactly one named organisation',
            '定向委托须且只能指定一家单位',
            'A directed commission names exactly one organisation',
          );
  }
}

/** R7: whether an organisation may see and apply to the entry. */
export const isInvited = (entry: ListEntry, organisationId: string): boolean =>
  entry.selectionMode === 'openCompetition' ||
  entry.invitedOrganisations.some((org) => org.id === organisationId);

/** R7 at application: only the invited organisations lead an application to a commissioned entry. */
export function checkInvited(entry: ListEntry, leadOrganisationId: string): Violation[] {
  if (isInvited(entry, leadOrganisationId)) return [];
  const mode = entry.selectionMode === 'directedCommission' ? '定向委托' : '择优委托';
  return [
    {
      ruleId: 'R7',
      fields: ['leadOrganisation.id'],
      required: `one of ${entry.invitedOrganisations.map((org) => org.id).join(', ')} (${entry.selectionMode})`,
      actual: leadOrganisationId,
      message: {
        'zh-CN': `该条目为${mode}，只有受邀单位可以牵头申报`,
        en: `This entry is a ${entry.selectionMode}: only the invited organisations may lead an application`,
      },
    },
  ];
}
