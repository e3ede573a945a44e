// Run by the daily Schedule (visible under Schedules in the Temporal UI): one digest per project lead.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities';
import { shanghaiDate } from '../rules/dates';
import { databaseWrites } from './activity-options';

const { enqueueDigests } = proxyActivities<Activities>(databaseWrites);

export async function digestWorkflow(): Promise<number> {
  // The scheduled time, not the start time: a late or retried run still files under its own day.
  const scheduled = workflowInfo().startTime;
  return enqueueDigests({ date: shanghaiDate(scheduled) });
}
