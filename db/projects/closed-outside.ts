// The note on a project's record that Temporal itself closed its workflow (cancelled, terminated or reset
// from the Web UI or the CLI, not through the API), so the record does not show a live stage for it.
import { FINAL_STAGES } from '../../contract/project';
import type { Queryable } from '../queryable';

export interface ClosedOutsideApi {
  kind: 'cancelled' | 'terminated' | 'reset';
  /** When Temporal closed the run. */
  at: string;
  runId: string;
}

/**
 * Notes it once, and only on a project still open in the read model: a workflow that ended by itself was
 * not closed from outside. True when noted.
 */
export async function markClosedOutsideApi(
  db: Queryable,
  code: string,
  closed: ClosedOutsideApi,
): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE projects SET closed_outside_api = $2
     WHERE code = $1 AND closed_outside_api IS NULL AND stage <> ALL($3)`,
    [code, JSON.stringify(closed), FINAL_STAGES],
  );
  return rowCount === 1;
}
