// Dates in the policy are civil dates of Asia/Shanghai (UTC+8 all year: China has kept no daylight saving
// since 1991), written YYYY-MM-DD. Instants convert to a civil date by that fixed offset.
import type { CivilDate } from './scalars';

export const POLICY_TIMEZONE = 'Asia/Shanghai';
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export function shanghaiDate(instant: Date): CivilDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Asia/Shanghai date and time to the minute, as staff read deadlines: 2027-01-10 09:00. */
export function shanghaiDateTime(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The instant a civil date starts in Asia/Shanghai. */
export function startOfShanghaiDay(date: CivilDate): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`));
}

function parts(date: CivilDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** Same month and day `years` later; 29 February falls to 28 February in a common year. */
export function addYears(date: CivilDate, years: number): CivilDate {
  const [y, m, d] = parts(date);
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whole years completed between birth and on (an age on a date). */
export function ageOn(birthDate: CivilDate, on: CivilDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
