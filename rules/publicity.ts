// R18.3 / R20 publicity (公示): an approval is published for a number of working days of the Asia/Shanghai
// calendar before it takes effect. The period starts the working day after publication and ends at the
// close of its last working day; weekends and the policy's public holidays do not count.
import { shanghaiDate, startOfShanghaiDay } from './dates';
import type { PolicyVersion } from './policy-version';
import type { CivilDate } from './scalars';

const DAY_MS = 24 * 60 * 60 * 1000;

const nextDay = (date: CivilDate): CivilDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

function isWorkingDay(date: CivilDate, holidays: readonly CivilDate[]): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.includes(date);
}

/** When a publicity period that starts at `publishedAt` ends (an instant, ISO 8601). */
export function publicityEndsAt(publishedAt: number, policy: PolicyVersion): string {
  const compressed = policy.durations.publicityPeriodMs;
  if (compressed !== undefined) return new Date(publishedAt + compressed).toISOString();
  let day = shanghaiDate(new Date(publishedAt));
  for (let counted = 0; counted < policy.publicityWorkingDays;) {
    day = nextDay(day);
    if (isWorkingDay(day, policy.publicHolidays)) counted++;
  }
  return startOfShanghaiDay(nextDay(day)).toISOString();
}
