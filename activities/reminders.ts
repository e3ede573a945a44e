// Writes reminders into the outbox: one row per (reminder, recipient), so a retried activity adds nothing.
// Role addresses (`role:supervisor`) expand to everyone in the contact directory holding that role.
import { activityInfo } from '@temporalio/activity';
import { actionName } from '../contract/action-names';
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

/** Subject and body in zh-CN then English: recipients read either. */
export function renderReminder(r: Omit<ReminderRequest, 'recipients' | 'dueAt'>): {
  subject: string;
  body: string;
} {
  const what = actionName(r.action);
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
    subject: `[攻关 ${when.tagZh} / ${when.tagEn}] ${r.projectCode} ${what['zh-CN']} / ${what.en}`,
    body: [
      `项目 ${r.projectCode}「${r.projectTitle}」：请${what['zh-CN']}。${when.zh}。`,
      '',
      `Project ${r.projectCode} "${r.projectTitle}": please ${what.en}, ${when.en}.`,
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
