// The daily digest (issue 6): one message per project lead listing their projects' deadlines in the
// next 30 days. Keyed by date and lead, so a re-run of the same day's schedule writes nothing new.
import { activityInfo } from '@temporalio/activity';
import type { Pool } from 'pg';

const HORIZON_DAYS = 30;

export const createDigestActivities = (deps: { pool: Pool }) => ({
  async enqueueDigests(args: { date: string }): Promise<number> {
    const scope = activityInfo().taskQueue;
    const { rows } = await deps.pool.query<{
      pi_id: string;
      items: Array<{ code: string; title: string; stage: string; deadline: string }>;
    }>(
      `SELECT pi_id, json_agg(json_build_object('code', code, 'title', title, 'stage', stage, 'deadline', next_deadline)
                              ORDER BY next_deadline) AS items
       FROM projects
       WHERE next_deadline IS NOT NULL AND next_deadline <= now() + make_interval(days => $1)
         AND stage NOT IN ('closed', 'rejected', 'terminated')
         AND pi_id IN (SELECT user_id FROM contacts WHERE role = 'projectLead')
       GROUP BY pi_id`,
      [HORIZON_DAYS],
    );
    let written = 0;
    for (const { pi_id, items } of rows) {
      const lines = items.map(
        (i) => `- ${i.code} ${i.title}（${i.stage}）: ${new Date(i.deadline).toISOString()}`,
      );
      const res = await deps.pool.query(
        `INSERT INTO reminder_outbox (reminder_key, recipient_id, scope, kind, subject, body, due_at)
         VALUES ($1, $2, $3, 'digest', $4, $5, now()) ON CONFLICT (reminder_key, recipient_id) DO NOTHING`,
        [
          `digest:${args.date}`,
          pi_id,
          scope,
          `[攻关 每日摘要 / Daily digest] ${args.date}: ${items.length} 个截止事项 / deadline(s)`,
          [`未来${HORIZON_DAYS}天内的截止事项 / Deadlines in the next ${HORIZON_DAYS} days:`, ...lines].join(
            '\n',
          ),
        ],
      );
      written += res.rowCount ?? 0;
    }
    return written;
  },
});
