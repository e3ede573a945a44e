// SQL reads of the project read model. Writes belong to workflow activities only.
import type { Pool } from 'pg';
import { isOverdue, type Actor, type PendingAction, type ProjectStage } from '../../contract/project';
import { projectVisibilitySql } from '../authorization';

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
}

export interface ProjectFilter {
  stage?: ProjectStage;
  strategicField?: string;
  county?: string;
  leadOrganisationId?: string;
  listEntryId?: string;
  deadlineBefore?: string;
  limit: number;
  offset: number;
}

const COLUMNS = `p.code, p.list_entry_id, p.title, p.stage, p.strategic_field, p.lead_organisation_id,
  p.lead_organisation_name, p.county, p.pi_id, p.policy_version, p.total_investment::float8 AS total_investment,
  p.provincial_subsidy::float8 AS provincial_subsidy, p.military_order, p.next_deadline, p.pending_actions, p.version, p.updated_at`;

function toRow(r: Record<string, unknown>): ProjectRow {
  return {
    code: r.code as string,
    listEntryId: r.list_entry_id as string,
    title: r.title as string,
    stage: r.stage as string,
    strategicField: r.strategic_field as string,
    leadOrganisationId: r.lead_organisation_id as string,
    leadOrganisationName: r.lead_organisation_name as string,
    county: r.county as string,
    principalInvestigatorId: r.pi_id as string,
    policyVersion: r.policy_version as string,
    totalInvestment: r.total_investment as number,
    provincialSubsidy: r.provincial_subsidy as number,
    militaryOrder: r.military_order as boolean,
    nextDeadline: r.next_deadline ? (r.next_deadline as Date).toISOString() : null,
    pendingActions: asOfNow(r.pending_actions as PendingAction[]),
    version: r.version as number,
    updatedAt: (r.updated_at as Date).toISOString(),
  };
}

/** A deadline may have passed since the transition that stored the actions; one without stays as stored. */
function asOfNow(actions: PendingAction[]): PendingAction[] {
  const now = Date.now();
  return actions.map((a) => (a.deadline === undefined ? a : { ...a, overdue: isOverdue(a.deadline, now) }));
}

export const createProjectRepository = (pool: Pool) => ({
  /** ZJ-<year>-<5-digit sequence>; the year is the Asia/Shanghai year of submission. */
  async nextCode(year: number): Promise<string> {
    const { rows } = await pool.query<{ n: string }>("SELECT nextval('project_code_seq')::text AS n");
    return `ZJ-${year}-${rows[0]!.n.padStart(5, '0')}`;
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
    actor: Actor,
    withRecord = false,
  ): Promise<{ visible: boolean; row?: ProjectRow } | undefined> {
    const visibility = projectVisibilitySql(actor, 2);
    const { rows } = await pool.query<Record<string, unknown>>(
      `SELECT ${visibility ?? 'true'} AS visible${withRecord ? `, ${COLUMNS}` : ''} FROM projects p WHERE p.code = $1`,
      visibility ? [code, actor.id] : [code],
    );
    const r = rows[0];
    if (!r) return undefined;
    return { visible: r.visible as boolean, row: withRecord ? toRow(r) : undefined };
  },

  async find(code: string): Promise<ProjectRow | undefined> {
    const { rows } = await pool.query(`SELECT ${COLUMNS} FROM projects p WHERE p.code = $1`, [code]);
    return rows[0] ? toRow(rows[0] as Record<string, unknown>) : undefined;
  },

  /** A page of the projects the actor may see, newest first. */
  async list(filter: ProjectFilter, actor: Actor): Promise<{ items: ProjectRow[]; total: number }> {
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
    params.push(actor.id);
    const visibility = projectVisibilitySql(actor, params.length);
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
    return { items: rows.map((r) => toRow(r as Record<string, unknown>)), total: total.rows[0]!.n };
  },

  async events(code: string) {
    const { rows } = await pool.query(
      `SELECT seq, action, actor_id, actor_role, basis, rule_ids, payload, occurred_at
       FROM project_events WHERE project_code = $1 ORDER BY seq`,
      [code],
    );
    return rows.map((r: Record<string, unknown>) => ({
      seq: r.seq as number,
      action: r.action as string,
      actorId: r.actor_id as string,
      actorRole: r.actor_role as string,
      basis: (r.basis as string | null) ?? null,
      ruleIds: r.rule_ids as string[],
      payload: r.payload as Record<string, unknown>,
      occurredAt: (r.occurred_at as Date).toISOString(),
    }));
  },

  async panels(code: string) {
    const { rows } = await pool.query(
      `SELECT phase, seed, expert_ids, excluded, enterprise_share_bp, shortfall
       FROM review_panels WHERE project_code = $1 ORDER BY phase`,
      [code],
    );
    return rows.map((r: Record<string, unknown>) => ({
      phase: r.phase as number,
      seed: r.seed as string,
      expertIds: r.expert_ids as string[],
      excluded: r.excluded as Array<Record<string, unknown>>,
      enterpriseShareBp: r.enterprise_share_bp as number,
      shortfall: r.shortfall as number,
    }));
  },
});
