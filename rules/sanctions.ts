// R14.1 commendation, R14.2 two-year ban after a subjective failure, R19 integrity checks.
import { addYears } from './dates';
import type { CivilDate } from './scalars';
import type { IntegrityRecord } from './domain';
import type { PolicyVersion } from './policy-version';

export interface BanPeriod {
  startsOn: CivilDate;
  /** Exclusive: the subject may apply again on this date. */
  endsOn: CivilDate;
}

/** R14.2: a subjective failure (主观不努力) bars the PI for the policy's ban years from the finding date. */
export function subjectiveFailureBan(findingDate: CivilDate, policy: PolicyVersion): BanPeriod {
  return { startsOn: findingDate, endsOn: addYears(findingDate, policy.subjectiveFailureBanYears) };
}

/** R14.2 / R19: the bans in force for a subject on a date. */
export function activeBans(
  subjectId: string,
  records: readonly IntegrityRecord[],
  asOf: CivilDate,
): IntegrityRecord[] {
  return records.filter(
    (r) =>
      r.kind === 'ban' &&
      r.subjectId === subjectId &&
      r.startsOn <= asOf &&
      (r.endsOn === undefined || asOf < r.endsOn),
  );
}

/**
 * R14.1: a military-order team that met every milestone on time and whose performance was assessed as
 * outstanding earns a commendation (priority in talent recommendation and science awards).
 */
export function earnsCommendation(milestonesMetOnTime: readonly boolean[], outstanding: boolean): boolean {
  return outstanding && milestonesMetOnTime.length > 0 && milestonesMetOnTime.every(Boolean);
}
