// Creates the daily digest Schedule once: a second worker start finds it and leaves it as it is.
import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';

export const DIGEST_WORKFLOW_TYPE = 'digestWorkflow';
export const digestScheduleId = (taskQueue: string): string => `digest:${taskQueue}`;

export async function ensureDigestSchedule(
  client: Client,
  taskQueue: string,
  cron: string,
): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId: digestScheduleId(taskQueue),
      spec: { cronExpressions: [cron], timezone: 'Asia/Shanghai' },
      action: { type: 'startWorkflow', workflowType: DIGEST_WORKFLOW_TYPE, taskQueue, args: [] },
      policies: { overlap: 'SKIP', catchupWindow: '1 day' },
      memo: { purpose: 'Daily digest of deadlines for project leads' },
    });
    return 'created';
  } catch (err) {
    if (err instanceof ScheduleAlreadyRunning) return 'exists';
    throw err;
  }
}
