// What each timer and each write says in the Temporal UI's event history: which deadline or reminder a timer
// is, what an activity records. A summary is user metadata of the command; projects started before the
// manager's view keep their commands as they were.
import { condition, type ActivityFunctionWithOptions } from '@temporalio/workflow';
import { databaseWrites } from '../activity-options';
import { clipToBytes } from '../../contract/action-names';
import { shanghaiDateTime } from '../../rules/dates';
import type { ProjectRun } from './run';

/**
 * Asia/Shanghai date and time of an instant, as staff read deadlines: 2027-01-10 09:00. By the fixed
 * offset, not Intl: a formatter per call was a noticeable part of a workflow task, and the text cannot
 * drift with the ICU data of whichever Node runs the worker.
 */
export const shanghaiTime = (iso: string): string => shanghaiDateTime(new Date(iso));

/**
 * Waits until `done` or for `ms`, true when done. `summary` says what the timer is (zh-CN first, then
 * English), e.g. `评审截止 review deadline 2027-01-10 09:00`.
 */
export function waitAtMost(
  run: ProjectRun,
  done: () => boolean,
  ms: number,
  summary: string,
): Promise<boolean> {
  return run.features.managerView
    ? condition(done, ms, { summary: clipToBytes(summary) })
    : condition(done, ms);
}

/** The summary of a deadline's timer: what falls due, and when in Asia/Shanghai. */
export const deadlineSummary = (zh: string, en: string, at: number | string): string => {
  const when = shanghaiTime(typeof at === 'number' ? new Date(at).toISOString() : at);
  return `${zh} ${en}: ${when}`;
};

/**
 * Runs a database-writing activity; on projects with the manager's view it says in the event history what
 * it records (zh-CN, then English).
 */
export function summarised<A extends unknown[], R>(
  run: ProjectRun,
  activity: ActivityFunctionWithOptions<(...args: A) => Promise<R>>,
  summary: string,
  ...args: A
): Promise<R> {
  return run.features.managerView
    ? activity.executeWithOptions({ ...databaseWrites, summary: clipToBytes(summary) }, args)
    : activity(...args);
}
