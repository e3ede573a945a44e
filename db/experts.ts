// Review experts (R9, with their declared conflicts for R18.2) and the review panels drawn from them, one
// per project phase and kept with its seed so an auditor can re-run the draw.
import type { Expert } from '../rules';
import type { Queryable } from './queryable';

export interface StoredPanel {
  seed: string;
  expertIds: string[];
  /** R9: the experts seated by staff recommendation rather than the random draw. */
  recommendedIds: string[];
  enterpriseShareBp: number;
  shortfall: number;
}

export interface PanelRecord extends StoredPanel {
  phase: number;
  excluded: Array<Record<string, unknown>>;
}

const EXPERT_COLUMNS = 'id, name, organisation_id, from_enterprise, declared_conflicts, specialties';
const PANEL_COLUMNS = 'seed, expert_ids, recommended_ids, enterprise_share_bp, shortfall';

const toExpert = (row: Record<string, unknown>): Expert => ({
  id: row.id as string,
  name: row.name as string,
  organisationId: row.organisation_id as string,
  fromEnterprise: row.from_enterprise as boolean,
  declaredConflicts: row.declared_conflicts as string[],
  specialties: row.specialties as string[],
});

const toPanel = (row: Record<string, unknown>): StoredPanel => ({
  seed: row.seed as string,
  expertIds: row.expert_ids as string[],
  recommendedIds: row.recommended_ids as string[],
  enterpriseShareBp: row.enterprise_share_bp as number,
  shortfall: row.shortfall as number,
});

/** Registers an expert; false when the id is taken. */
export async function insertExpert(db: Queryable, expert: Expert): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO experts (${EXPERT_COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (id) DO NOTHING`,
    [
      expert.id,
      expert.name,
      expert.organisationId,
      expert.fromEnterprise,
      expert.declaredConflicts,
      expert.specialties,
    ],
  );
  return rowCount === 1;
}

/** Active experts by id, a page at a time; without a page, all of them (the pool a panel is drawn from). */
export async function activeExperts(
  db: Queryable,
  page?: { limit: number; offset: number },
): Promise<Expert[]> {
  const { rows } = await db.query(
    `SELECT ${EXPERT_COLUMNS} FROM experts WHERE active ORDER BY id${page ? ' LIMIT $1 OFFSET $2' : ''}`,
    page ? [page.limit, page.offset] : [],
  );
  return rows.map(toExpert);
}

export async function findPanel(
  db: Queryable,
  code: string,
  phase: number,
): Promise<StoredPanel | undefined> {
  const { rows } = await db.query(
    `SELECT ${PANEL_COLUMNS} FROM review_panels WHERE project_code = $1 AND phase = $2`,
    [code, phase],
  );
  return rows[0] ? toPanel(rows[0] as Record<string, unknown>) : undefined;
}

/** Stores a phase's draw once; a second draw of the same phase (a retry) gets the first one back. */
export async function insertPanelOnce(
  db: Queryable,
  code: string,
  phase: number,
  panel: StoredPanel & { excluded: unknown[] },
): Promise<StoredPanel> {
  const { rows } = await db.query(
    `INSERT INTO review_panels (project_code, phase, seed, expert_ids, recommended_ids, excluded,
       enterprise_share_bp, shortfall)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (project_code, phase) DO NOTHING
     RETURNING ${PANEL_COLUMNS}`,
    [
      code,
      phase,
      panel.seed,
      panel.expertIds,
      panel.recommendedIds,
      JSON.stringify(panel.excluded),
      panel.enterpriseShareBp,
      panel.shortfall,
    ],
  );
  if (rows[0]) return toPanel(rows[0] as Record<string, unknown>);
  return (await findPanel(db, code, phase))!;
}

/** A project's panels, phase by phase, with who was excluded and why. */
export async function panelsOf(db: Queryable, code: string): Promise<PanelRecord[]> {
  const { rows } = await db.query(
    `SELECT phase, excluded, ${PANEL_COLUMNS} FROM review_panels WHERE project_code = $1 ORDER BY phase`,
    [code],
  );
  return rows.map((row: Record<string, unknown>) => ({
    ...toPanel(row),
    phase: row.phase as number,
    excluded: row.excluded as Array<Record<string, unknown>>,
  }));
}

/** SQL: the expert (an SQL value) sits on a panel of the project (an SQL column). */
export const seatedOnPanelSql = (projectCode: string, expertId: string): string =>
  `EXISTS (SELECT 1 FROM review_panels rp WHERE rp.project_code = ${projectCode} AND ${expertId} = ANY(rp.expert_ids))`;

export interface ExpertRecommendation {
  expertId: string;
  basis: string;
  recommendedBy: string;
  recommendedAt: string;
}

/** R9: records staff's recommendation of experts for an entry's panels; a repeated one keeps the first. */
export async function recommendExperts(
  db: Queryable,
  entryId: string,
  rec: { expertIds: readonly string[]; basis: string; recommendedBy: string },
): Promise<void> {
  await db.query(
    `INSERT INTO expert_recommendations (list_entry_id, expert_id, basis, recommended_by)
     SELECT $1, unnest($2::text[]), $3, $4 ON CONFLICT DO NOTHING`,
    [entryId, rec.expertIds, rec.basis, rec.recommendedBy],
  );
}

/** The experts recommended for an entry, in the order they were recommended. */
export async function recommendationsFor(db: Queryable, entryId: string): Promise<ExpertRecommendation[]> {
  const { rows } = await db.query(
    `SELECT expert_id, basis, recommended_by, recommended_at FROM expert_recommendations
     WHERE list_entry_id = $1 ORDER BY recommended_at, expert_id`,
    [entryId],
  );
  return rows.map((row: Record<string, unknown>) => ({
    expertId: row.expert_id as string,
    basis: row.basis as string,
    recommendedBy: row.recommended_by as string,
    recommendedAt: (row.recommended_at as Date).toISOString(),
  }));
}

/** The active experts among `ids`. */
export async function findActiveExperts(db: Queryable, ids: readonly string[]): Promise<Expert[]> {
  const { rows } = await db.query(`SELECT ${EXPERT_COLUMNS} FROM experts WHERE active AND id = ANY($1)`, [
    ids,
  ]);
  return rows.map(toExpert);
}
