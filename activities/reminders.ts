// Writes reminders into the outbox: one row per (reminder, recipient), so a retried activity adds nothing.
// Role addresses (`role:supervisor`) expand to everyone in the contact directory holding that role.
import { activityInfo } from '@temporalio/activity';
import type { Pool } from 'pg';
import type { Queryable } from '../db/queryable';
import { contactsWithRoleFor, contactsWithRoles, insertOutboxEntry } from '../db/reminders';

export interface ReminderRequest {
  key: string;
  kind: 'before' | 'overdue' | 'escalation';
  projectCode: string;
  projectTitle: string;
  action: string;
  deadline: string;
  dueAt: string;
  recipients: string[];
}

const ACTION_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  submitReviewScore: { 'zh-CN': '提交评审意见', en: 'submit your review score' },
  platformFiling: { 'zh-CN': '向省科技厅报备', en: 'file with the province' },
  resolveObjection: { 'zh-CN': '处理公示异议', en: 'resolve the objection to the publicised approval' },
  recommend: {
    'zh-CN': '出具推荐意见（推荐承诺书）',
    en: 'recommend the application (recommendation letter)',
  },
  decide: { 'zh-CN': '作出立项决定', en: 'take the funding decision' },
  signContract: { 'zh-CN': '签订任务书', en: 'sign the contract' },
  milestoneCheck: { 'zh-CN': '完成里程碑节点检查', en: 'complete the milestone check' },
  decideMilestone: { 'zh-CN': '对逾期里程碑作出处理决定', en: 'decide on the overdue milestone' },
  applyForAcceptance: { 'zh-CN': '申请验收', en: 'apply for acceptance' },
  recordAcceptance: { 'zh-CN': '组织验收', en: 'hold the acceptance' },
  recordExamination: { 'zh-CN': '完成项目审查', en: 'record the examination' },
  postEvaluationReport: { 'zh-CN': '提交后评估报告', en: 'submit the post-evaluation report' },
};

/** Subject and body in zh-CN then English: recipients read either. */
export function renderReminder(r: Omit<ReminderRequest, 'recipients' | 'dueAt'>): {
  subject: string;
  body: string;
} {
  const [name, detail] = r.action.split(':') as [string, string | undefined];
  const what = ACTION_NAMES[name] ?? { 'zh-CN': name, en: name };
  const item = detail ? ` (${detail})` : '';
  const deadline = new Date(r.deadline).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const when = {
    before: {
      zh: `截止时间：${deadline}（北京时间）`,
      en: `due ${r.deadline}`,
      tagZh: '提醒',
      tagEn: 'Reminder',
    },
    overdue: {
      zh: `已于${deadline}逾期`,
      en: `overdue since ${r.deadline}`,
      tagZh: '逾期',
      tagEn: 'Overdue',
    },
    escalation: {
      zh: `逾期未办，已升级处理（原截止${deadline}）`,
      en: `still overdue since ${r.deadline}; escalated`,
      tagZh: '督办',
      tagEn: 'Escalated',
    },
  }[r.kind];
  return {
    subject: `[攻关 ${when.tagZh} / ${when.tagEn}] ${r.projectCode} ${what['zh-CN']}${item} / ${what.en}`,
    body: [
      `项目 ${r.projectCode}「${r.projectTitle}」：请${what['zh-CN']}${item}。${when.zh}。`,
      '',
      `Project ${r.projectCode} "${r.projectTitle}": please ${what.en}${item}, ${when.en}.`,
    ].join('\n'),
  };
}

export async function expandRecipients(db: Queryable, recipients: string[]): Promise<string[]> {
  const addresses = recipients.filter((r) => r.startsWith('role:')).map((r) => r.slice(5));
  const users = recipients.filter((r) => !r.startsWith('role:'));
  const roles = addresses.filter((a) => !a.includes('@'));
  if (roles.length) users.push(...(await contactsWithRoles(db, roles)));
  for (const scoped of addresses.filter((a) => a.includes('@'))) {
    const [role, organisationId] = scoped.split('@') as [string, string];
    users.push(...(await contactsWithRoleFor(db, role, organisationId)));
  }
  return [...new Set(users)];
}

export const createReminderActivities = (deps: { pool: Pool }) => ({
  async enqueueReminder(r: ReminderRequest): Promise<number> {
    // The task queue scopes delivery, so each worker fleet (and each test) sends only its own reminders.
    const scope = activityInfo().taskQueue;
    const { subject, body } = renderReminder(r);
    let written = 0;
    for (const recipient of await expandRecipients(deps.pool, r.recipients)) {
      const inserted = await insertOutboxEntry(deps.pool, {
        reminderKey: `${r.projectCode}:${r.key}`,
        recipientId: recipient,
        scope,
        kind: r.kind,
        projectCode: r.projectCode,
        action: r.action,
        deadline: r.deadline,
        subject,
        body,
        dueAt: r.dueAt,
      });
      if (inserted) written += 1;
    }
    return written;
  },
});
