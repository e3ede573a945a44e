// The benchmark's policy: the real durations, with only the application window shortened so a lifecycle
// can proceed at once. Staff act well inside every other deadline, as they do in practice, so no deadline
// passes under load and each lifecycle asks the same of Temporal however slow the machine is. (With the
// tests' compressed policy, deadlines of seconds passed while projects queued for a saturated machine:
// the reminders, escalations and timers that followed grew with the load, and the baseline, shaped from
// the first lifecycles, slept through deadlines that had passed in them.)
import { DEFAULT_POLICY, derivePolicy, type PolicyVersion } from '../rules';

export const BENCH_POLICY_ID = 'bench';

export const benchPolicy = (): PolicyVersion =>
  derivePolicy(DEFAULT_POLICY, {
    id: BENCH_POLICY_ID,
    durations: { applicationWindowMs: 1_500, publicityPeriodMs: 1_500 },
  });

/** A contract milestone as far ahead as real ones are: its reminders are not due during the bench. */
export const benchMilestoneDueAt = (): string => new Date(Date.now() + 365 * 86_400_000).toISOString();
