// The daily digest: one message per project lead listing their projects' deadlines in the next 30 days,
// and a reminder to the PI and finance of each reclamation (R13) past due and not repaid, whose project's
// workflow has ended. Keyed by date and recipient, so a re-run of the same day's schedule writes nothing new.
import { activityInfo } from '@temporalio/activity';
import type { Pool } from 'pg';
import { createProjectRepository } from '../db/projects/reads';
import { overdueReclamations } from '../db/ledger';
import { contactsWithRoles, insertOutboxEntry } from '../db/reminders';

const HORIZON_DAYS = 30;

export const createDigestActivities = (deps: { pool: Pool }) => ({
  async enqueueDigests(args: { date: string }): Promise<number> {
    const scope = activityInfo().taskQueue;
    const leads = await contactsWithRoles(deps.pool, ['projectLead']);
    const deadlines = await createProjectRepository(deps.pool).upcomingDeadlinesByPi(leads, HORIZON_DAYS);
    let written = 0;
    for (const [piId, items] of deadlines) {
      const lines = items.map(
        (i) => `- ${i.code} ${i.title}（${i.stage}）: ${new Date(i.deadline).toISOString()}`,
      );
      const inserted = await insertOutboxEntry(deps.pool, {
        reminderKey: `digest:${args.date}`,
        recipientId: piId,
        scope,
        kind: 'digest',
        subject: `[攻关 每日摘要 / Daily digest] ${args.date}: ${items.length} 个截止事项 / deadline(s)`,
        body: [
          `未来${HORIZON_DAYS}天内的截止事项 / Deadlines in the next ${HORIZON_DAYS} days:`,
          ...lines,
        ].join('\n'),
      });
      if (inserted) written += 1;
    }
    const finance = await contactsWithRoles(deps.pool, ['financeOfficer']);
    for (const demand of await overdueReclamations(deps.pool, args.date)) {
      for (const recipientId of [demand.piId, ...finance]) {
        const inserted = await insertOutboxEntry(deps.pool, {
          reminderKey: `reclamation:${demand.code}:${args.date}`,
          recipientId,
          scope,
          kind: 'overdue',
          projectCode: demand.code,
          action: 'repayReclamation',
          deadline: demand.dueOn,
          subject: `[攻关 催缴 / Repayment overdue] ${demand.code} ${demand.title}`,
          body: [
            `应缴回财政资金 ${demand.outstanding / 100} 元，缴回期限 ${demand.dueOn}，尚未缴清（R13）。`,
            `Fiscal funds of ¥${demand.outstanding / 100} were due back by ${demand.dueOn} and are not repaid in full (R13).`,
          ].join('\n'),
        });
        if (inserted) written += 1;
      }
    }
    return written;
  },
});
