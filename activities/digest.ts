// The daily digest: one message per project lead listing their projects' deadlines in the
// next 30 days. Keyed by date and lead, so a re-run of the same day's schedule writes nothing new.
import { activityInfo } from '@temporalio/activity';
import type { Pool } from 'pg';
import { createProjectRepository } from '../db/projects/reads';
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
    return written;
  },
});
