// What projects yielded, read back for later decisions: the department's post-evaluation ratings of a PI's
// and an organisation's earlier projects (R23), the results showcase of accepted projects (R21), and the
// science-award candidate pool (R21, with the R14.1 commendations beside it).
import type { Pool } from 'pg';
import type { PastRating, PostEvaluationGrade } from '../rules';
import type { Queryable } from './queryable';

/** The events that mark a project accepted: the province's acceptance, or a platform's completion filing (R17). */
const ACCEPTED = `action IN ('accept', 'platformCompletionFiled')`;

export interface RatedYear extends PastRating {
  title: string;
  basis: string;
  ratedAt: string;
}

/**
 * R23: every post-evaluation rating of the projects `piId` led or `organisationId` undertook, but `except`
 * (the project under review), oldest project first.
 */
export async function pastRatings(
  db: Queryable,
  subject: { piId: string; organisationId: string; except: string },
): Promise<RatedYear[]> {
  const { rows } = await db.query(
    `SELECT p.code, p.title, (e.payload->>'year')::int AS year, e.payload->>'grade' AS grade, e.basis,
            e.occurred_at, p.pi_id = $1 AS of_pi, p.lead_organisation_id = $2 AS of_org
     FROM projects p JOIN project_events e ON e.project_code = p.code AND e.action = 'postEvaluationRating'
     WHERE (p.pi_id = $1 OR p.lead_organisation_id = $2) AND p.code <> $3
     ORDER BY p.code, year`,
    [subject.piId, subject.organisationId, subject.except],
  );
  return rows.map((r: Record<string, unknown>) => ({
    code: r.code as string,
    title: r.title as string,
    year: r.year as number,
    grade: r.grade as PostEvaluationGrade,
    basis: r.basis as string,
    ratedAt: (r.occurred_at as Date).toISOString(),
    ofPrincipalInvestigator: r.of_pi as boolean,
    ofLeadOrganisation: r.of_org as boolean,
  }));
}

export interface ShowcaseItem {
  code: string;
  title: string;
  strategicField: string;
  /** The Asia/Shanghai year of the acceptance. */
  year: string;
  leadOrganisation: string;
  principalInvestigator: string;
  stage: string;
  acceptedAt: string;
  /** From the latest post-evaluation report (R23); null until the first. */
  representativeResults: string | null;
  economicAndSocialBenefits: string | null;
  /** The department's latest post-evaluation grade; null until the first rating. */
  latestGrade: PostEvaluationGrade | null;
  awardCandidate: boolean;
}

/** R21 晾晒比拼: the accepted projects, with their latest reported results and grade, by field and year. */
export async function showcase(
  pool: Pool,
  filter: { field?: string; year?: string; limit: number; offset: number },
): Promise<{ items: ShowcaseItem[]; total: number }> {
  const { rows } = await pool.query(
    `WITH accepted AS (
       SELECT p.*, a.occurred_at AS accepted_at,
              to_char(a.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY') AS accepted_year
       FROM projects p
       JOIN LATERAL (SELECT occurred_at FROM project_events
                     WHERE project_code = p.code AND ${ACCEPTED} ORDER BY seq DESC LIMIT 1) a ON true
       WHERE $1::text IS NULL OR p.strategic_field = $1
     )
     SELECT a.code, a.title, a.strategic_field, a.accepted_year, a.lead_organisation_name, a.pi_name, a.stage,
            a.accepted_at, r.basis AS results, r.payload->>'benefits' AS benefits, g.payload->>'grade' AS grade,
            EXISTS (SELECT 1 FROM award_candidates c WHERE c.project_code = a.code) AS award_candidate,
            count(*) OVER () AS total
     FROM accepted a
     LEFT JOIN LATERAL (SELECT basis, payload FROM project_events WHERE project_code = a.code
                        AND action = 'postEvaluationReport' ORDER BY seq DESC LIMIT 1) r ON true
     LEFT JOIN LATERAL (SELECT payload FROM project_events WHERE project_code = a.code
                        AND action = 'postEvaluationRating' ORDER BY seq DESC LIMIT 1) g ON true
     WHERE $2::text IS NULL OR a.accepted_year = $2
     ORDER BY a.strategic_field, a.accepted_year DESC, a.code
     LIMIT $3 OFFSET $4`,
    [filter.field ?? null, filter.year ?? null, filter.limit, filter.offset],
  );
  return {
    total: rows.length ? Number((rows[0] as { total: string }).total) : 0,
    items: rows.map((r: Record<string, unknown>) => ({
      code: r.code as string,
      title: r.title as string,
      strategicField: r.strategic_field as string,
      year: r.accepted_year as string,
      leadOrganisation: r.lead_organisation_name as string,
      principalInvestigator: r.pi_name as string,
      stage: r.stage as string,
      acceptedAt: (r.accepted_at as Date).toISOString(),
      representativeResults: (r.results as string | null) ?? null,
      economicAndSocialBenefits: (r.benefits as string | null) ?? null,
      latestGrade: (r.grade as PostEvaluationGrade | null) ?? null,
      awardCandidate: r.award_candidate as boolean,
    })),
  };
}

/** When the project was accepted, or null if it has not been. */
export async function acceptedAt(pool: Pool, code: string): Promise<string | null> {
  const { rows } = await pool.query<{ at: Date }>(
    `SELECT occurred_at AS at FROM project_events WHERE project_code = $1 AND ${ACCEPTED}
     ORDER BY seq DESC LIMIT 1`,
    [code],
  );
  return rows[0] ? rows[0].at.toISOString() : null;
}

export interface AwardCandidacy {
  code: string;
  majorResults: string;
  evidence: unknown;
  enteredBy: string;
}

/** Enters a project in the pool once; false when it is there already. */
export async function enterAwardCandidate(pool: Pool, c: AwardCandidacy): Promise<boolean> {
  const { rowCount } = await pool.query(
    `INSERT INTO award_candidates (project_code, major_results, evidence, entered_by)
     VALUES ($1, $2, $3, $4) ON CONFLICT (project_code) DO NOTHING`,
    [c.code, c.majorResults, JSON.stringify(c.evidence), c.enteredBy],
  );
  return rowCount === 1;
}

export interface AwardCandidate {
  code: string;
  title: string;
  strategicField: string;
  leadOrganisation: string;
  principalInvestigator: string;
  /** Why it is in the pool: its major results entered by staff (R21), a military order's commendation (R14.1). */
  grounds: Array<'majorResults' | 'commendation'>;
  majorResults: string | null;
  enteredAt: string;
}

/** R21: the candidate pool, newest first: projects entered for major results and those R14.1 commended. */
export async function awardCandidates(pool: Pool): Promise<AwardCandidate[]> {
  const { rows } = await pool.query(
    `WITH grounds AS (
       SELECT project_code, 'majorResults' AS ground, major_results, entered_at FROM award_candidates
       UNION ALL
       SELECT project_code, 'commendation', NULL, starts_on::timestamptz FROM integrity_records
       WHERE kind = 'commendation' AND rule_id = 'R14.1' AND project_code IS NOT NULL
     )
     SELECT p.code, p.title, p.strategic_field, p.lead_organisation_name, p.pi_name,
            array_agg(DISTINCT g.ground ORDER BY g.ground) AS grounds, max(g.major_results) AS major_results,
            min(g.entered_at) AS entered_at
     FROM grounds g JOIN projects p ON p.code = g.project_code
     GROUP BY p.code ORDER BY entered_at DESC, p.code`,
  );
  return rows.map((r: Record<string, unknown>) => ({
    code: r.code as string,
    title: r.title as string,
    strategicField: r.strategic_field as string,
    leadOrganisation: r.lead_organisation_name as string,
    principalInvestigator: r.pi_name as string,
    grounds: r.grounds as AwardCandidate['grounds'],
    majorResults: (r.major_results as string | null) ?? null,
    enteredAt: (r.entered_at as Date).toISOString(),
  }));
}
