// R1: an entry's application window. It opens when the entry is published and closes at the end of its
// application deadline (a civil date in Asia/Shanghai), or after the policy's window when it names none.
// An application is on time when the API accepted it before the close, however late its workflow starts.
import { startOfShanghaiDay } from './dates';
import type { PolicyVersion } from './policy-version';
import type { CivilDate } from './scalars';
import type { Violation } from './violation';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the window of an entry published at `publishedAt` closes. */
export function applicationWindowClosesAt(
  applicationDeadline: CivilDate | undefined,
  publishedAt: Date,
  policy: PolicyVersion,
): string {
  const closesMs = applicationDeadline
    ? startOfShanghaiDay(applicationDeadline).getTime() + DAY_MS
    : publishedAt.getTime() + policy.durations.applicationWindowMs;
  return new Date(closesMs).toISOString();
}

/** An application submitted at `submittedAt` (an ISO instant) came in before the window closed. */
export const submittedOnTime = (submittedAt: string, closesAt: string): boolean =>
  Date.parse(submittedAt) < Date.parse(closesAt);

/** An entry published with a deadline whose day is already over would open a window that is closed. */
export function checkApplicationDeadline(
  applicationDeadline: CivilDate | undefined,
  publishedAt: Date,
  policy: PolicyVersion,
): Violation[] {
  if (!applicationDeadline) return [];
  const closesAt = applicationWindowClosesAt(applicationDeadline, publishedAt, policy);
  if (Date.parse(closesAt) > publishedAt.getTime()) return [];
  return [
    {
      ruleId: 'R1',
      fields: ['applicationDeadline'],
      required: 'a deadline on or after the day of publication (Asia/Shanghai)',
      actual: applicationDeadline,
      message: {
        'zh-CN': `申报截止日期${applicationDeadline}已过，榜单条目发布后无法申报`,
        en: `The application deadline ${applicationDeadline} has passed: nobody could apply to the entry`,
      },
    },
  ];
}
