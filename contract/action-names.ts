// What each pending action asks of its owner, in zh-CN and English: one table for reminders, the Temporal
// UI's current details and the inbox, so a step reads the same wherever a person meets it.
import type { LocalisedText } from '../rules/violation';
import type { ProjectStage, Role } from './project-workflow';

const ACTION_NAMES: Record<string, LocalisedText> = {
  publishListEntry: { 'zh-CN': '组织榜单论证并发布', en: 'have the list entry demonstrated and publish it' },
  recommend: {
    'zh-CN': '出具推荐意见（推荐承诺书）',
    en: 'recommend the application (recommendation letter)',
  },
  recordExamination: { 'zh-CN': '完成项目审查', en: 'record the examination' },
  submitReviewScore: { 'zh-CN': '提交评审意见', en: 'submit the review score' },
  decide: { 'zh-CN': '作出立项决定', en: 'take the funding decision' },
  resolveObjection: { 'zh-CN': '处理公示异议', en: 'resolve the objection to the publicised approval' },
  platformFiling: { 'zh-CN': '向省科技厅报备', en: 'file with the province' },
  signContract: { 'zh-CN': '签订任务书', en: 'sign the contract' },
  milestoneCheck: { 'zh-CN': '报告里程碑进展', en: 'report the milestone’s progress' },
  recordMilestoneCheck: { 'zh-CN': '完成里程碑节点检查', en: 'complete the milestone check' },
  decideMilestone: { 'zh-CN': '对逾期里程碑作出处理决定', en: 'decide on the overdue milestone' },
  disburse: { 'zh-CN': '拨付经费', en: 'pay the instalment' },
  spendingReport: { 'zh-CN': '提交年度经费使用报告', en: 'file the yearly spending report' },
  decideChange: { 'zh-CN': '审批变更申请', en: 'decide the change request' },
  respondToMajorEvent: { 'zh-CN': '处理重大事项报告', en: 'respond to the major event' },
  spotCheck: { 'zh-CN': '开展随机抽查', en: 'hold the spot check' },
  rectifySpotCheck: { 'zh-CN': '完成抽查整改', en: 'rectify what the spot check found' },
  commissionerReport: { 'zh-CN': '提交项目专员报告', en: 'file the commissioner’s report' },
  applyForAcceptance: { 'zh-CN': '申请验收', en: 'apply for acceptance' },
  recordAcceptance: { 'zh-CN': '组织验收', en: 'hold the acceptance' },
  postEvaluationReport: { 'zh-CN': '提交后评估报告', en: 'submit the post-evaluation report' },
  ratePostEvaluation: { 'zh-CN': '评定后评估结果', en: 'rate the post-evaluation year' },
};

/** A summary as the Temporal server keeps it: at most 200 bytes, cut at a character. */
export function clipToBytes(text: string, max = 200): string {
  const encoder = new TextEncoder();
  let out = text;
  while (encoder.encode(out).length > max) out = out.slice(0, -1);
  return out;
}

/** What an action (`name` or `name:item`) asks, with its item: `提交后评估报告（2）` / `submit … (2)`. */
export function actionName(action: string): LocalisedText {
  const [name, item] = action.split(':') as [string, string | undefined];
  const what = ACTION_NAMES[name] ?? { 'zh-CN': name, en: name };
  return item ? { 'zh-CN': `${what['zh-CN']}（${item}）`, en: `${what.en} (${item})` } : what;
}

export const ROLE_NAMES: Record<Role, LocalisedText> = {
  programmeOfficer: { 'zh-CN': '项目管理处', en: 'the programme officer' },
  supervisor: { 'zh-CN': '监督部门', en: 'the supervisor' },
  expert: { 'zh-CN': '评审专家', en: 'an expert' },
  projectLead: { 'zh-CN': '项目负责人', en: 'the PI' },
  financeOfficer: { 'zh-CN': '财务部门', en: 'finance' },
  auditor: { 'zh-CN': '审计', en: 'the auditor' },
  admin: { 'zh-CN': '管理员', en: 'the administrator' },
  recommendingAuthority: { 'zh-CN': '归口管理单位', en: 'the recommending authority' },
  institution: { 'zh-CN': '项目承担单位', en: 'the undertaking institution' },
  commissioner: { 'zh-CN': '项目专员', en: 'the commissioner' },
  system: { 'zh-CN': '系统', en: 'the system' },
};

export const STAGE_NAMES: Record<ProjectStage, LocalisedText> = {
  application: { 'zh-CN': '申报', en: 'application' },
  examination: { 'zh-CN': '审查', en: 'examination' },
  review: { 'zh-CN': '评审', en: 'review' },
  decision: { 'zh-CN': '立项决策', en: 'decision' },
  publicity: { 'zh-CN': '公示', en: 'publicity' },
  contract: { 'zh-CN': '签订任务书', en: 'contract' },
  execution: { 'zh-CN': '实施', en: 'execution' },
  acceptance: { 'zh-CN': '验收', en: 'acceptance' },
  postEvaluation: { 'zh-CN': '后评估', en: 'post-evaluation' },
  closed: { 'zh-CN': '已结项', en: 'closed' },
  rejected: { 'zh-CN': '未立项', en: 'rejected' },
  terminated: { 'zh-CN': '已终止', en: 'terminated' },
};
