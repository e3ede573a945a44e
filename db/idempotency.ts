// Idempotency keys (`idempotency_keys`), per actor: the first request's hash and, once answered, its
// response; a value reserved mid-request (a project code) so a retry after a crash reuses it.
import type { Queryable } from './queryable';

export interface KeyRef {
  actorId: string;
  key: string;
}

export interface StoredRequest {
  requestHash: string;
  statusCode: number | null;
  response: unknown;
  headers: Record<string, string> | null;
}

/** Claims the key for a new request; false when an earlier request holds it. */
export async function claimKey(
  db: Queryable,
  ref: KeyRef,
  request: { method: string; path: string; hash: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO idempotency_keys (actor_id, key, method, path, request_hash) VALUES ($1,$2,$3,$4,$5)
     ON CONFLICT (actor_id, key) DO NOTHING`,
    [ref.actorId, ref.key, request.method, request.path, request.hash],
  );
  return rowCount === 1;
}

export async function findRequest(db: Queryable, ref: KeyRef): Promise<StoredRequest | undefined> {
  const { rows } = await db.query<{
    request_hash: string;
    status_code: number | null;
    response: unknown;
    headers: Record<string, string> | null;
  }>(
    'SELECT request_hash, status_code, response, headers FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
    [ref.actorId, ref.key],
  );
  const row = rows[0];
  return (
    row && {
      requestHash: row.request_hash,
      statusCode: row.status_code,
      response: row.response,
      headers: row.headers,
    }
  );
}

/** Takes over a request unanswered for longer than `staleAfterMs` (its API died); false if it is not. */
export async function takeOverStale(db: Queryable, ref: KeyRef, staleAfterMs: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE idempotency_keys SET claimed_at = now()
     WHERE actor_id = $1 AND key = $2 AND status_code IS NULL AND claimed_at < now() - make_interval(secs => $3)`,
    [ref.actorId, ref.key, staleAfterMs / 1000],
  );
  return rowCount === 1;
}

export async function findReserved(db: Queryable, ref: KeyRef): Promise<string | undefined> {
  const { rows } = await db.query<{ reserved: string | null }>(
    'SELECT reserved FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
    [ref.actorId, ref.key],
  );
  return rows[0]?.reserved ?? undefined;
}

export async function storeReserved(db: Queryable, ref: KeyRef, value: string): Promise<void> {
  await db.query('UPDATE idempotency_keys SET reserved = $3 WHERE actor_id = $1 AND key = $2', [
    ref.actorId,
    ref.key,
    value,
  ]);
}

/** The answer every repeat of the request gets. */
export async function storeResponse(
  db: Queryable,
  ref: KeyRef,
  response: { statusCode: number; body: string; headers: Record<string, string> },
): Promise<void> {
  await db.query(
    'UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb, headers = $5 WHERE actor_id = $1 AND key = $2',
    [ref.actorId, ref.key, response.statusCode, response.body, JSON.stringify(response.headers)],
  );
}

/** Forgets the key: nothing was promised, so a retry runs the request again. */
export async function releaseKey(db: Queryable, ref: KeyRef): Promise<void> {
  await db.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2', [ref.actorId, ref.key]);
}
