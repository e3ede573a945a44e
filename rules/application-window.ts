// R1: an entry's application window. It opens when the entry is published and closes at the end of its
// application deadline (a civil date in Asia/Shanghai), or after the policy's window when it names none.
// An application is on time when the API accepted it before the close, however late its workflow starts.
import { startOfShanghaiDay } from './dates';
import type { PolicyVersion } from './policy-version';
import type { CivilDate } from './scalars';

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
