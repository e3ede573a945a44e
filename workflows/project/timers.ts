// Timed waits that say, in the Temporal UI's event history, which deadline or reminder they are. A summary is
// the timer's user metadata; projects started before the manager's view keep their timers as they were.
import { condition } from '@temporalio/workflow';
import { clipToBytes } from '../../contract/action-names';
import type { ProjectRun } from './run';

/** Asia/Shanghai date and time of an instant, as staff read deadlines: 2027-01-10 09:00. */
export const shanghaiTime = (iso: string): string =>
  new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);

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
