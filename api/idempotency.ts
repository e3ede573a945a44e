// Idempotency-Key on POST: the first response (success or 4xx) is stored with a hash of the request and
// returned for every repeat, so a client retrying after a timeout never applies an action twice.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { ProblemError } from './problem';

const KEY_PATTERN = /^[\w\-:.]{1,128}$/;

/**
 * Within one request: the value reserved by an earlier attempt of the same Idempotency-Key, or a new one
 * made by `make` and recorded, so that a retry after a crash reuses it (one project code per request).
 */
export async function reserveOnce(
  pool: Pool,
  request: FastifyRequest,
  make: () => Promise<string>,
): Promise<string> {
  const claim = request.idempotency;
  if (!claim) return make();
  const { rows } = await pool.query<{ reserved: string | null }>(
    'SELECT reserved FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
    [claim.actorId, claim.key],
  );
  if (rows[0]?.reserved) return rows[0].reserved;
  const value = await make();
  await pool.query('UPDATE idempotency_keys SET reserved = $3 WHERE actor_id = $1 AND key = $2', [
    claim.actorId,
    claim.key,
    value,
  ]);
  return value;
}

export function registerIdempotency(app: FastifyInstance, pool: Pool, staleAfterMs = 30_000): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !request.actor) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw new ProblemError({
        type: 'validation',
        title: 'The request is malformed',
        status: 400,
        detail: 'headers.idempotency-key: 1 to 128 letters, digits, "_", "-", ":" or "."',
        errors: [
          { field: 'headers.idempotency-key', message: '1 to 128 letters, digits, "_", "-", ":" or "."' },
        ],
      });
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const actorId = request.actor.id;
    const claimed = await pool.query(
      `INSERT INTO idempotency_keys (actor_id, key, method, path, request_hash) VALUES ($1,$2,$3,$4,$5)
       ON CONFLICT (actor_id, key) DO NOTHING`,
      [actorId, key, request.method, request.url, requestHash],
    );
    if (claimed.rowCount === 1) {
      request.idempotency = { actorId, key };
      return;
    }
    const { rows } = await pool.query<{
      request_hash: string;
      status_code: number | null;
      response: unknown;
      headers: Record<string, string> | null;
    }>(
      'SELECT request_hash, status_code, response, headers FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
      [actorId, key],
    );
    const first = rows[0]!;
    if (first.request_hash !== requestHash) {
      throw new ProblemError({
        type: 'idempotency-key-reused',
        title: 'Idempotency-Key reused for a different request',
        status: 422,
        detail: `Idempotency-Key ${key} was first used for another request; use a new key for a new request`,
      });
    }
    if (first.status_code === null) {
      // The first attempt died mid-flight (API killed, say): after a grace period a retry takes it over
      // and runs again, reusing whatever the first attempt reserved (see `reserveOnce`).
      const takeover = await pool.query<{ reserved: string | null }>(
        `UPDATE idempotency_keys SET claimed_at = now()
         WHERE actor_id = $1 AND key = $2 AND status_code IS NULL AND claimed_at < now() - make_interval(secs => $3)
         RETURNING reserved`,
        [actorId, key, staleAfterMs / 1000],
      );
      if (takeover.rows[0]) {
        request.idempotency = { actorId, key, takeover: true };
        return;
      }
      throw new ProblemError({
        type: 'idempotency-in-progress',
        title: 'The same request is still being processed',
        status: 409,
        detail: `A request with Idempotency-Key ${key} is in progress; retry shortly`,
      });
    }
    return reply
      .status(first.status_code)
      .headers({ ...(first.headers ?? {}), 'idempotent-replayed': 'true' })
      .send(first.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500) {
      // Nothing was promised: let a retry run the request again.
      await pool.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2', [
        claim.actorId,
        claim.key,
      ]);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'location', 'content-language']) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await pool.query(
      'UPDATE idempotency_keys SET status_code = $3, response = $4::jsonb, headers = $5 WHERE actor_id = $1 AND key = $2',
      [
        claim.actorId,
        claim.key,
        reply.statusCode,
        typeof payload === 'string' ? payload : 'null',
        JSON.stringify(headers),
      ],
    );
    return payload;
  });
}
