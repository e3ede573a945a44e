// API keys (`api_keys`): stored only as a SHA-256 hash of the key, with the user and role it acts as.
import type { Queryable } from './queryable';

export interface StoredKeyOwner {
  userId: string;
  role: string;
  /** The organisations the key acts for (R7 visibility, a project lead's institution). */
  organisations: string[];
}

export async function insertApiKey(
  db: Queryable,
  key: { id: string; hash: string; userId: string; role: string; name: string; organisations: string[] },
): Promise<void> {
  await db.query(
    'INSERT INTO api_keys (id, key_hash, user_id, role, name, organisations) VALUES ($1, $2, $3, $4, $5, $6)',
    [key.id, key.hash, key.userId, key.role, key.name, key.organisations],
  );
}

/** The owner of a key that is neither unknown nor revoked. */
export async function findActiveKeyOwner(db: Queryable, hash: string): Promise<StoredKeyOwner | undefined> {
  const { rows } = await db.query<{ user_id: string; role: string; organisations: string[] }>(
    'SELECT user_id, role, organisations FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL',
    [hash],
  );
  const row = rows[0];
  return row && { userId: row.user_id, role: row.role, organisations: row.organisations };
}

/** Revokes every active key of a user; returns how many. */
export async function revokeUserKeys(db: Queryable, userId: string): Promise<number> {
  const { rowCount } = await db.query(
    'UPDATE api_keys SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
    [userId],
  );
  return rowCount ?? 0;
}
