// SQL reads of the project read model. Writes belong to workflow activities only.
import type { Pool } from 'pg';

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
  updatedAt: string;
}

export const createProjectRepository = (pool: Pool) => ({
  /** ZJ-<year>-<5-digit sequence>; the year is the Asia/Shanghai year of submission. */
  async nextCode(year: number): Promise<string> {
    const { rows } = await pool.query<{ n: string }>("SELECT nextval('project_code_seq')::text AS n");
    return `ZJ-${year}-${rows[0]!.n.padStart(5, '0')}`;
  },

  async find(code: string): Promise<ProjectRow | undefined> {
    const { rows } = await pool.query(
      `SELECT code, list_entry_id, title, stage, strategic_field, lead_organisation_id, lead_organisation_name,
              county, pi_id, policy_version, total_investment::float8 AS total_investment,
              provincial_subsidy::float8 AS provincial_subsidy, military_order, next_deadline, updated_at
       FROM projects WHERE code = $1`,
      [code],
    );
    const r = rows[0] as Record<string, unknown> | undefined;
    if (!r) return undefined;
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
      updatedAt: (r.updated_at as Date).toISOString(),
    };
  },
});
