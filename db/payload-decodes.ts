// The audit of the codec endpoint (`payload_decodes`): who decoded which sealed payloads, and when.
import type { Queryable } from './queryable';

export interface PayloadDecode {
  userId: string;
  role: string;
  namespace: string | undefined;
  origin: string | undefined;
  /** SHA-256 of each payload as sealed. */
  payloadHashes: string[];
}

export async function recordPayloadDecode(db: Queryable, decode: PayloadDecode): Promise<void> {
  await db.query(
    `INSERT INTO payload_decodes (user_id, role, namespace, origin, payload_hashes) VALUES ($1,$2,$3,$4,$5)`,
    [decode.userId, decode.role, decode.namespace ?? null, decode.origin ?? null, decode.payloadHashes],
  );
}

/** A user's decodes, newest first (for audits and tests). */
export async function decodesBy(
  db: Queryable,
  userId: string,
): Promise<Array<PayloadDecode & { at: string }>> {
  const { rows } = await db.query(
    `SELECT user_id, role, namespace, origin, payload_hashes, decoded_at FROM payload_decodes
     WHERE user_id = $1 ORDER BY decoded_at DESC, id DESC`,
    [userId],
  );
  return rows.map((row: Record<string, unknown>) => ({
    userId: row.user_id as string,
    role: row.role as string,
    namespace: (row.namespace as string | null) ?? undefined,
    origin: (row.origin as string | null) ?? undefined,
    payloadHashes: row.payload_hashes as string[],
    at: (row.decoded_at as Date).toISOString(),
  }));
}
