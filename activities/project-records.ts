// The activity every recorded step runs: the project's read model, its audit trail (R24) and the change
// notice move together (db/projects/transitions.ts).
import type { Pool } from 'pg';
import { recordTransition, type Transition } from '../db/projects/transitions';

export type { ProjectEvent, ProjectSnapshot, Transition } from '../db/projects/transitions';

export const createProjectRecordActivities = (deps: { pool: Pool }) => ({
  async recordTransition(transition: Transition): Promise<void> {
    await recordTransition(deps.pool, transition);
  },
});
