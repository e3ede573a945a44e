// Activities are factories over their dependencies (samples' activities-dependency-injection), so tests
// and the worker inject a real pool and workflows type their proxies from the return type.
import type { Pool } from 'pg';
import { createDigestActivities } from './digest';
import { createLifecycleActivities } from './lifecycle';
import { createProjectRecordActivities } from './project-records';
import { createReminderActivities } from './reminders';

export interface ActivityDeps {
  pool: Pool;
}

export const createActivities = (deps: ActivityDeps) => ({
  ...createProjectRecordActivities(deps),
  ...createLifecycleActivities(deps),
  ...createReminderActivities(deps),
  ...createDigestActivities(deps),
});

export type Activities = ReturnType<typeof createActivities>;
