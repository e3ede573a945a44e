// Idempotency-Key on POST: the first response (success or 4xx) is stored with a hash of the request and
// returned for every repeat, so a client retrying after a timeout never applies an action twice.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import {
  claimKey,
  findRequest,
  findReserved,
  releaseKey,
  storeReserved,
  storeResponse,
  takeOverStale,
} from '../db/idempotency';
import { ProblemError, malformed } from './problem';

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
  const reserved = await findReserved(pool, claim);
  if (reserved) return reserved;
  const value = await make();
  await storeReserved(pool, claim, value);
  return value;
}

export function registerIdempotency(app: FastifyInstance, pool: Pool, staleAfterMs = 30_000): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !request.actor) return;
    const key = request.headers['idempotency-key'];
    if (key === undefined) return;
    if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
      throw malformed('headers.idempotency-key', '1 to 128 letters, digits, "_", "-", ":" or "."');
    }
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');
    const ref = { actorId: request.actor.id, key };
    if (await claimKey(pool, ref, { method: request.method, path: request.url, hash: requestHash })) {
      request.idempotency = ref;
      return;
    }
    const first = (await findRequest(pool, ref))!;
    if (first.requestHash !== requestHash) {
      throw new ProblemError({
        type: 'idempotency-key-reused',
        title: 'Idempotency-Key reused for a different request',
        status: 422,
        detail: `Idempotency-Key ${key} was first used for another request; use a new key for a new request`,
      });
    }
    if (first.statusCode === null) {
      // The first attempt died mid-flight (API killed, say): after a grace period a retry takes it over
      // and runs again, reusing whatever the first attempt reserved (see `reserveOnce`).
      if (await takeOverStale(pool, ref, staleAfterMs)) {
        request.idempotency = { ...ref, takeover: true };
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
      .status(first.statusCode)
      .headers({ ...(first.headers ?? {}), 'idempotent-replayed': 'true' })
      .send(first.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = undefined;
    if (reply.statusCode >= 500) {
      // Nothing was promised: let a retry run the request again.
      await releaseKey(pool, claim);
      return payload;
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'location', 'content-language']) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await storeResponse(pool, claim, {
      statusCode: reply.statusCode,
      body: typeof payload === 'string' ? payload : 'null',
      headers,
    });
    return payload;
  });
}

/**
 * The workflow update ID of a request sent with an Idempotency-Key: the same for every attempt, at any API
 * instance, so an update whose first attempt was answered 503 (Temporal aborted or lost the answer under
 * load) and is retried is taken once by the workflow, which answers the retry with the first outcome.
 */
export function updateIdOf(request: FastifyRequest): string | undefined {
  const claim = request.idempotency;
  if (!claim) return undefined;
  return `idempotency:${createHash('sha256').update(`${claim.actorId}\n${claim.key}`).digest('hex').slice(0, 40)}`;
}
