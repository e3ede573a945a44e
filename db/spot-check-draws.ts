// R18.4: the random spot-check draws, kept as drawn (the table refuses a change), and the population a
// draw is made from: the projects in execution as the read model has them.
import type { Pool } from 'pg';
import type { SpotCheckDraw } from '../rules';

export interface DrawScope {
  listEntryId?: string;
  strategicField?: string;
}

export interface StoredSpotCheckDraw extends SpotCheckDraw {
  id: string;
  scope: DrawScope;
  drawnAt: string;
  drawnBy: string;
  policyVersion: string;
  checkBy: string;
}

/** A new draw's id, `SC-<year>-<n>`, unique however many API instances draw at once. */
export async function nextDrawId(pool: Pool, year: string): Promise<string> {
  const { rows } = await pool.query<{ n: string }>(`SELECT nextval('spot_check_draw_seq')::text AS n`);
  return `SC-${year}-${rows[0]!.n.padStart(4, '0')}`;
}

export async function projectsInExecution(pool: Pool, scope: DrawScope): Promise<string[]> {
  const { rows } = await pool.query<{ code: string }>(
    `SELECT code FROM projects WHERE stage = 'execution'
       AND ($1::text IS NULL OR list_entry_id = $1) AND ($2::text IS NULL OR strategic_field = $2)
     ORDER BY code`,
    [scope.listEntryId ?? null, scope.strategicField ?? null],
  );
  return rows.map((r) => r.code);
}

/** Stores the draw once; a retried request under the same id answers the draw as first stored. */
export async function storeDraw(pool: Pool, draw: StoredSpotCheckDraw): Promise<StoredSpotCheckDraw> {
  await pool.query(
    `INSERT INTO spot_check_draws
       (id, drawn_at, drawn_by, policy_version, seed, share_bp, check_by, scope, population, drawn)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
    [
      draw.id,
      draw.drawnAt,
      draw.drawnBy,
      draw.policyVersion,
      draw.seed,
      draw.shareBp,
      draw.checkBy,
      JSON.stringify(draw.scope),
      draw.population,
      draw.drawn,
    ],
  );
  return (await findDraws(pool, draw.id))[0]!;
}

/** One draw by id, or every draw, newest first. */
export async function findDraws(pool: Pool, id?: string): Promise<StoredSpotCheckDraw[]> {
  const { rows } = await pool.query(
    `SELECT id, drawn_at, drawn_by, policy_version, seed, share_bp, check_by, scope, population, drawn
     FROM spot_check_draws WHERE $1::text IS NULL OR id = $1 ORDER BY drawn_at DESC, id DESC`,
    [id ?? null],
  );
  return rows.map((r: Record<string, unknown>) => ({
    id: r.id as string,
    drawnAt: (r.drawn_at as Date).toISOString(),
    drawnBy: r.drawn_by as string,
    policyVersion: r.policy_version as string,
    seed: r.seed as string,
    shareBp: r.share_bp as number,
    checkBy: (r.check_by as Date).toISOString(),
    scope: r.scope as DrawScope,
    population: r.population as string[],
    drawn: r.drawn as string[],
  }));
}
