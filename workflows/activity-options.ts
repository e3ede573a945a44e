// Named activity option groups; every group sets startToCloseTimeout (house style).
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';

/** Short database writes: retried without limit, since PostgreSQL outages must lose nothing. */
export const databaseWrites: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
};

/**
 * The same writes run inside a workflow task (local activities), when a step must be in the read model
 * before the task answers; a retry more than a minute away (the SDK's local retry threshold) waits on a
 * timer in history rather than hold the task.
 */
export const databaseWritesInTask: LocalActivityOptions = {
  startToCloseTimeout: databaseWrites.startToCloseTimeout,
  retry: databaseWrites.retry,
};
