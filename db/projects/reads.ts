// Reads of the project read model (`projects`) and its audit trail (`project_events`), limited to what
// the reader may see. The one write is the workflow's (./transitions.ts).
import type { Pool } from 'pg';
import { FINAL_STAGES, isOverdue, type PendingAction, type ProjectStage } from '../../contract/project';
import type { Application, ApprovedProjectFacts } from '../../rules';
import type { ClosedOutsideApi } from './closed-outside';
import { visibilityParam, visibilitySql, type ProjectReader } from './visibility';
import { overdueSql, waitingOnSql } from './tasks';
import type { Queryable } from '../queryable';

export interface ProjectRow {
  code: string;
  listEntryId: string;
  title: string;
  stage: string;
  strategicField: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  county: string;
  principalInvestigatorId: string;
  policyVersion: string;
  totalInvestment: number;
  provincialSubsidy: number;
  militaryOrder: boolean;
  nextDeadline: string | null;
  /** As of the last recorded transition; `overdue` is as of now. */
  pendingActions: PendingAction[];
  /** The workflow's event sequence number the record reflects; it only grows. */
  version: number;
  updatedAt: string;
  /** Set when the project's workflow was cancelled, terminated or reset outside the API. */
  closedOutsideApi: ClosedOutsideApi | null;
}

export type { ClosedOutsideApi } from './closed-outside';

/** One row of a project's audit trail (R24), as readers see it. */
export interface AuditEvent {
  seq: number;
  action: string;
  actorId: string;
  actorRole: string;
  basis: string | null;
  ruleIds: string[];
  payload: Record<string, unknown>;
  occurredAt: string;
}

export interface ProjectFilter {
  stage?: ProjectStage;
  strategicField?: string;
  county?: string;
  leadOrganisationId?: string;
  listEntryId?: string;
  deadlineBefore?: string;
  /** Only projects with a pending action past its deadline now. */
  overdue?: boolean;
  /** Only projects waiting on this role or this person. */
  waitingOn?: string;
  limit: number;
  offset: number;
}

const COLUMNS = `p.code, p.list_entry_id, p.title, p.stage, p.strategic_field, p.lead_organisation_id,
  p.lead_organisation_name, p.county, p.pi_id, p.policy_version, p.total_investment::float8 AS total_investment,
  p.provincial_subsidy::float8 AS provincial_subsidy, p.military_order, p.next_deadline, p.pending_actions, p.version, p.updated_at, p.closed_outside_api`;

function toRow(row: Record<string, unknown>): ProjectRow {
  return {
    code: row.code as string,
    listEntryId: row.list_entry_id as string,
    title: row.title as string,
    stage: row.stage as string,
    strategicField: row.strategic_field as string,
    leadOrganisationId: row.lead_organisation_id as string,
    leadOrganisationName: row.lead_organisation_name as string,
    county: row.county as string,
    principalInvestigatorId: row.pi_id as string,
    policyVersion: row.policy_version as string,
    totalInvestment: row.total_investment as number,
    provincialSubsidy: row.provincial_subsidy as number,
    militaryOrder: row.military_order as boolean,
    nextDeadline: row.next_deadline ? (row.next_deadline as Date).toISOString() : null,
    pendingActions: asOfNow(row.pending_actions as PendingAction[]),
    version: row.version as number,
    updatedAt: (row.updated_at as Date).toISOString(),
    closedOutsideApi: (row.closed_outside_api as ClosedOutsideApi | null) ?? null,
  };
}

/** A deadline may have passed since the transition that stored the actions; one without stays as stored. */
function asOfNow(actions: PendingAction[]): PendingAction[] {
  const now = Date.now();
  return actions.map((a) => (a.deadline === undefined ? a : { ...a, overdue: isOverdue(a.deadline, now) }));
}

/** What the publicity of an approval discloses (R18.3). */
export interface PublicisedApproval {
  code: string;
  title: string;
  leadOrganisation: string;
  principalInvestigator: string;
  strategicField: string;
  county: string;
  /** Fen. */
  approvedSubsidy: number;
  fundingMode: string;
  startsAt: string;
  endsAt: string;
}

export const createProjectRepository = (pool: Pool) => ({
  /** ZJ-<year>-<5-digit sequence>; the year is the Asia/Shanghai year of submission. */
  async nextCode(year: number): Promise<string> {
    const { rows } = await pool.query<{ n: string }>("SELECT nextval('project_code_seq')::text AS n");
    return `ZJ-${year}-${rows[0]!.n.padStart(5, '0')}`;
  },

  /** The application as the project's read model holds it (with the budget after review). */
  async application(code: string): Promise<Application | undefined> {
    const { rows } = await pool.query<{ application: Application }>(
      'SELECT application FROM projects WHERE code = $1',
      [code],
    );
    return rows[0]?.application;
  },

  /** R11: the funding mode decided for the project; null before the decision. */
  /** R22: whether the project is in the project pool. */
  async inProjectPool(code: string): Promise<boolean> {
    const { rows } = await pool.query<{ project_pool: boolean }>(
      'SELECT project_pool FROM projects WHERE code = $1',
      [code],
    );
    return rows[0]?.project_pool === true;
  },

  async fundingMode(code: string): Promise<string | null | undefined> {
    const { rows } = await pool.query<{ funding_mode: string | null }>(
      'SELECT funding_mode FROM projects WHERE code = $1',
      [code],
    );
    return rows[0]?.funding_mode;
  },

  async version(code: string): Promise<number | undefined> {
    const { rows } = await pool.query<{ version: number }>('SELECT version FROM projects WHERE code = $1', [
      code,
    ]);
    return rows[0]?.version;
  },

  /**
   * Whether the project exists and the actor may see it, and its record when asked, in one query (every
   * request about a project asks this first): undefined when there is no such project.
   */
  async access(
    code: string,
    reader: ProjectReader,
    withRecord = false,
  ): Promise<{ visible: boolean; row?: ProjectRow } | undefined> {
    const visibility = visibilitySql(reader, 2);
    const { rows } = await pool.query<Record<string, unknown>>(
      `SELECT ${visibility ?? 'true'} AS visible${withRecord ? `, ${COLUMNS}` : ''} FROM projects p WHERE p.code = $1`,
      visibility ? [code, visibilityParam(reader)] : [code],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { visible: row.visible as boolean, row: withRecord ? toRow(row) : undefined };
  },

  async find(code: string): Promise<ProjectRow | undefined> {
    const { rows } = await pool.query(`SELECT ${COLUMNS} FROM projects p WHERE p.code = $1`, [code]);
    return rows[0] ? toRow(rows[0] as Record<string, unknown>) : undefined;
  },

  /** A page of the projects the actor may see, newest first. */
  async list(filter: ProjectFilter, reader: ProjectReader): Promise<{ items: ProjectRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.stage) add((n) => `p.stage = $${n}`, filter.stage);
    if (filter.strategicField) add((n) => `p.strategic_field = $${n}`, filter.strategicField);
    if (filter.county) add((n) => `p.county = $${n}`, filter.county);
    if (filter.leadOrganisationId) add((n) => `p.lead_organisation_id = $${n}`, filter.leadOrganisationId);
    if (filter.listEntryId) add((n) => `p.list_entry_id = $${n}`, filter.listEntryId);
    if (filter.deadlineBefore) add((n) => `p.next_deadline < $${n}`, filter.deadlineBefore);
    if (filter.overdue) where.push(overdueSql);
    if (filter.waitingOn) add(waitingOnSql, filter.waitingOn);
    params.push(visibilityParam(reader));
    const visibility = visibilitySql(reader, params.length);
    if (visibility) where.push(visibility);
    else params.pop();
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM projects p ${clause}`,
      params,
    );
    const { rows } = await pool.query(
      `SELECT ${COLUMNS} FROM projects p ${clause} ORDER BY p.created_at DESC, p.code DESC
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items: rows.map((row) => toRow(row as Record<string, unknown>)), total: total.rows[0]!.n };
  },

  /**
   * R18.3: the approvals being publicised now, with what may be disclosed: the project, its lead
   * organisation, PI, field and county, the approved subsidy and funding mode, and the period.
   */
  async inPublicity(): Promise<PublicisedApproval[]> {
    const { rows } = await pool.query(
      `SELECT p.code, p.title, p.lead_organisation_name, p.pi_name, p.strategic_field, p.county,
              e.payload->'approvedSubsidy' AS approved_subsidy, e.payload->>'fundingMode' AS funding_mode,
              e.payload->'publicity'->>'startsAt' AS starts_at, e.payload->'publicity'->>'endsAt' AS ends_at
       FROM projects p
       JOIN LATERAL (SELECT payload FROM project_events
                     WHERE project_code = p.code AND action = 'approve' ORDER BY seq DESC LIMIT 1) e ON true
       WHERE p.stage = 'publicity' ORDER BY ends_at, p.code`,
    );
    return rows.map((row: Record<string, unknown>) => ({
      code: row.code as string,
      title: row.title as string,
      leadOrganisation: row.lead_organisation_name as string,
      principalInvestigator: row.pi_name as string,
      strategicField: row.strategic_field as string,
      county: row.county as string,
      approvedSubsidy: Number(row.approved_subsidy),
      fundingMode: row.funding_mode as string,
      startsAt: row.starts_at as string,
      endsAt: row.ends_at as string,
    }));
  },

  /**
   * R6.5 / R9: the entry's projects whose experts have all scored or that went on from review, with their
   * scores and whether an industrial fund or private equity backs the lead organisation.
   */
  async reviewedOfEntry(entryId: string): Promise<
    Array<{
      code: string;
      title: string;
      stage: string;
      scores: number[];
      fundBacked: boolean;
      piId: string;
      leadOrganisationId: string;
    }>
  > {
    const { rows } = await pool.query(
      `SELECT p.code, p.title, p.stage, (p.application->'leadOrganisation'->>'fundBacked')::boolean AS fund_backed,
              p.pi_id, p.lead_organisation_id,
              array_agg((e.payload->>'score')::float8 ORDER BY e.seq) AS scores
       FROM projects p JOIN project_events e ON e.project_code = p.code AND e.action = 'submitReviewScore'
       WHERE p.list_entry_id = $1 GROUP BY p.code ORDER BY p.code`,
      [entryId],
    );
    return rows.map((row: Record<string, unknown>) => ({
      code: row.code as string,
      title: row.title as string,
      stage: row.stage as string,
      scores: row.scores as number[],
      fundBacked: row.fund_backed === true,
      piId: row.pi_id as string,
      leadOrganisationId: row.lead_organisation_id as string,
    }));
  },

  /** R13: the technical routes of the other approved teams in the race of the project's entry. */
  async raceRoutes(code: string): Promise<string[]> {
    const { rows } = await pool.query<{ route: string }>(
      `SELECT o.application->>'technicalRoute' AS route FROM projects p
       JOIN projects o ON o.list_entry_id = p.list_entry_id AND o.code <> p.code
       WHERE p.code = $1 AND o.horse_race_group IS NOT NULL AND o.stage NOT IN ('rejected', 'terminated')
         AND o.application->>'technicalRoute' IS NOT NULL`,
      [code],
    );
    return rows.map((row) => row.route);
  },

  /** A project of the entry whose review panel is drawn, if any (R9: recommendations come before). */
  async panelDrawnForEntry(entryId: string): Promise<string | undefined> {
    const { rows } = await pool.query<{ code: string }>(
      `SELECT p.code FROM review_panels rp JOIN projects p ON p.code = rp.project_code
       WHERE p.list_entry_id = $1 LIMIT 1`,
      [entryId],
    );
    return rows[0]?.code;
  },

  /** R18.1: whether the person took a step of the project's audit trail, such as signing a commitment. */
  async tookStep(code: string, action: string, actorId: string): Promise<boolean> {
    const { rowCount } = await pool.query(
      'SELECT 1 FROM project_events WHERE project_code = $1 AND action = $2 AND actor_id = $3 LIMIT 1',
      [code, action, actorId],
    );
    return (rowCount ?? 0) > 0;
  },

  async events(code: string): Promise<AuditEvent[]> {
    const { rows } = await pool.query(
      `SELECT seq, action, actor_id, actor_role, basis, rule_ids, payload, occurred_at
       FROM project_events WHERE project_code = $1 ORDER BY seq`,
      [code],
    );
    return rows.map((row: Record<string, unknown>) => ({
      seq: row.seq as number,
      action: row.action as string,
      actorId: row.actor_id as string,
      actorRole: row.actor_role as string,
      basis: (row.basis as string | null) ?? null,
      ruleIds: row.rule_ids as string[],
      payload: row.payload as Record<string, unknown>,
      occurredAt: (row.occurred_at as Date).toISOString(),
    }));
  },

  /**
   * R10: the facts of every approved project (of the given list entries, when named), with the PI's
   * birth date and the date of the project's first approval in Asia/Shanghai.
   */
  async approvedFacts(listEntryIds?: string[]): Promise<ApprovedProjectFacts[]> {
    const { rows } = await pool.query(
      `SELECT p.application, p.mountain_or_island, p.lead_organisation_type,
         (SELECT to_char(min(e.occurred_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') FROM project_events e
          WHERE e.project_code = p.code AND e.action = 'approve') AS approved_on
       FROM projects p
       WHERE p.stage = ANY($1) ${listEntryIds ? 'AND p.list_entry_id = ANY($2)' : ''}`,
      listEntryIds ? [APPROVED_STAGES, listEntryIds] : [APPROVED_STAGES],
    );
    return rows
      .filter((row: Record<string, unknown>) => row.approved_on !== null)
      .map((row: Record<string, unknown>) => {
        const application = row.application as Application;
        return {
          manufacturing: application.manufacturing === true,
          enterpriseLed: row.lead_organisation_type === 'enterprise',
          mountainOrIslandCounty: row.mountain_or_island as boolean,
          principalInvestigatorBirthDate: application.team.principalInvestigator.birthDate,
          approvedOn: row.approved_on as string,
        };
      });
  },

  /** Each PI's open projects with a deadline within `days`, soonest first (the daily digest). */
  async upcomingDeadlinesByPi(piIds: string[], days: number): Promise<Map<string, UpcomingDeadline[]>> {
    const { rows } = await pool.query<{ pi_id: string; items: UpcomingDeadline[] }>(
      `SELECT pi_id, json_agg(json_build_object('code', code, 'title', title, 'stage', stage, 'deadline', next_deadline)
                              ORDER BY next_deadline) AS items
       FROM projects
       WHERE next_deadline IS NOT NULL AND next_deadline <= now() + make_interval(days => $1)
         AND stage <> ALL($2) AND pi_id = ANY($3)
       GROUP BY pi_id`,
      [days, FINAL_STAGES, piIds],
    );
    return new Map(rows.map((row) => [row.pi_id, row.items]));
  },
});

export interface UpcomingDeadline {
  code: string;
  title: string;
  stage: string;
  deadline: string;
}

/** Stages from which a project counts as approved for R10. */
const APPROVED_STAGES: ProjectStage[] = ['contract', 'execution', 'acceptance', 'postEvaluation', 'closed'];

/** The entry a project applied to, and its strategic field (R9: the field its review panel is drawn for). */
export async function entryOfProject(
  db: Queryable,
  code: string,
): Promise<{ listEntryId: string; strategicField: string } | undefined> {
  const { rows } = await db.query<{ list_entry_id: string; strategic_field: string }>(
    'SELECT list_entry_id, strategic_field FROM projects WHERE code = $1',
    [code],
  );
  return rows[0] && { listEntryId: rows[0].list_entry_id, strategicField: rows[0].strategic_field };
}
