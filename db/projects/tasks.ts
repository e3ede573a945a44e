// What people owe: each pending action of an open project, read from the read model's `pending_actions`,
// for the caller as a person (their id), through their role, or through their role for an organisation
// they act for; and which projects wait on whom or are overdue.
import type { Pool } from 'pg';
import { FINAL_STAGES, isOverdue, type PendingAction, type Role } from '../../contract/project-workflow';
import { visibilityParam, visibilitySql, type ProjectReader } from './visibility';

export interface Task extends PendingAction {
  /** A project's step, or a call-list entry's (a draft to demonstrate and publish, R1–R3). */
  subject: 'project' | 'listEntry';
  projectCode?: string;
  listEntryId?: string;
  title: string;
  /** The project's stage, or the entry's status. */
  stage: string;
}

/** Who asks: the person, the role their key holds, the organisations it acts for, and what they may see. */
export interface TaskOwner {
  id: string;
  role: Role;
  organisations: readonly string[];
  reader: ProjectReader;
}

/** An action `$1`/`$2`/`$3` (person, role, organisations) owes, as SQL over the element `a`. */
const OWED = `a->>'ownerRole' = $2 AND (
    a->>'ownerId' = $1 OR (a->>'ownerId' IS NULL AND (a->>'ownerOrganisationId' IS NULL OR a->>'ownerOrganisationId' = ANY($3)))
  )`;

const ENDED = `(${FINAL_STAGES.map((stage) => `'${stage}'`).join(', ')})`;

/** Draft entries are the programme officers' to have demonstrated and to publish (R1–R3); no deadline. */
const DRAFT_ENTRIES = `SELECT 'listEntry' AS subject, e.id, e.title, e.status AS stage,
    jsonb_build_object('action', 'publishListEntry', 'ownerRole', 'programmeOfficer', 'overdue', false) AS action
  FROM list_entries e WHERE e.status = 'draft' AND $2 = 'programmeOfficer'`;

/** The caller's tasks, earliest deadline first (those without one last), then by project or entry. */
export async function tasksOf(
  pool: Pool,
  owner: TaskOwner,
  page: { overdue?: boolean; limit: number; offset: number },
): Promise<{ items: Task[]; total: number }> {
  const params: unknown[] = [owner.id, owner.role, owner.organisations];
  const where = [`p.stage NOT IN ${ENDED}`, OWED];
  if (page.overdue) where.push(`(a->>'deadline')::timestamptz <= now()`);
  params.push(visibilityParam(owner.reader));
  const visibility = visibilitySql(owner.reader, params.length);
  if (visibility) where.push(visibility);
  else params.pop();
  const { rows } = await pool.query(
    `WITH owed AS (
       SELECT 'project' AS subject, p.code AS id, p.title, p.stage, a AS action
       FROM projects p CROSS JOIN LATERAL jsonb_array_elements(p.pending_actions) a
       WHERE ${where.join(' AND ')}
       ${page.overdue ? '' : `UNION ALL ${DRAFT_ENTRIES}`}
     )
     SELECT *, count(*) OVER () AS total FROM owed
     ORDER BY (action->>'deadline')::timestamptz NULLS LAST, id, action->>'action'
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, page.limit, page.offset],
  );
  const now = Date.now();
  return {
    total: rows.length ? Number((rows[0] as { total: string }).total) : 0,
    items: rows.map((row: Record<string, unknown>) => {
      const action = row.action as PendingAction;
      return {
        ...action,
        overdue: action.deadline === undefined ? action.overdue : isOverdue(action.deadline, now),
        subject: row.subject as Task['subject'],
        ...(row.subject === 'project'
          ? { projectCode: row.id as string }
          : { listEntryId: row.id as string }),
        title: row.title as string,
        stage: row.stage as string,
      };
    }),
  };
}

/** SQL for `GET /projects?overdue=true`: the project has a pending action past its deadline now. */
export const overdueSql = `EXISTS (SELECT 1 FROM jsonb_array_elements(p.pending_actions) o
  WHERE (o->>'deadline')::timestamptz <= now())`;

/** SQL for `GET /projects?waitingOn=`: a pending action is owed by that role or that person. */
export const waitingOnSql = (
  param: number,
): string => `EXISTS (SELECT 1 FROM jsonb_array_elements(p.pending_actions) w
  WHERE w->>'ownerRole' = $${param} OR w->>'ownerId' = $${param})`;
