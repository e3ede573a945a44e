// Named activity option groups; every group sets startToCloseTimeout (house style).
import type { ActivityOptions } from '@temporalio/workflow';

/** Short database writes: retried without limit, since PostgreSQL outages must lose nothing. */
export const databaseWrites: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '30 seconds' },
};
