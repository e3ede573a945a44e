// Bearer API keys: `gg_<random>` handed out once by `npm run apikey -- create`, stored only as a SHA-256
// hash. The acting user's identity travels into the workflow and the audit trail (R24).
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { DEFAULT_AUTH_CACHE_MS } from '../config/env';
import { findActiveKeyOwner, insertApiKey } from '../db/api-keys';
import type { Actor, Role } from '../contract/project';
import { ProblemError } from './problem';

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

export async function createApiKey(
  pool: Pool,
  user: { userId: string; role: Role; name: string; organisations?: string[] },
): Promise<string> {
  const key = `gg_${randomBytes(24).toString('base64url')}`;
  await insertApiKey(pool, {
    id: `key_${randomBytes(6).toString('hex')}`,
    hash: hashKey(key),
    userId: user.userId,
    role: user.role,
    name: user.name,
    organisations: user.organisations ?? [],
  });
  return key;
}

export const unauthenticated = (detail: string): ProblemError =>
  new ProblemError({ type: 'unauthenticated', title: 'Authentication required', status: 401, detail });

/** Distinct keys remembered at once; the oldest go first. */
const MAX_CACHED_KEYS = 10_000;

/** Who a key acts as, and for which organisations (a project lead's institution; R7). */
export interface Caller {
  actor: Actor;
  organisations: readonly string[];
}

export type Authenticator = (request: FastifyRequest) => Promise<Caller>;

/**
 * Resolves the bearer token to an actor; 401 when it is missing, unknown or revoked. A route whose
 * caller cannot set headers (the Temporal UI's codec calls) may take the key from its path instead. Every request
 * authenticates, so a resolved key is remembered for `cacheMs` (one query fewer per request);
 * an unknown or revoked key is never remembered, so it is refused however often it is tried.
 */
export function createAuthenticator(
  pool: Pool,
  opts: { cacheMs?: number; now?: () => number } = {},
): Authenticator {
  const cacheMs = opts.cacheMs ?? DEFAULT_AUTH_CACHE_MS;
  const now = opts.now ?? Date.now;
  const resolved = new Map<string, { caller: Caller; until: number }>();
  return async (request) => {
    const fromHeader = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const fromPath = request.routeOptions?.config?.keyInPath
      ? (request.params as { key?: string }).key
      : undefined;
    const key = fromHeader ?? fromPath;
    if (!key) throw unauthenticated('Send an API key as "Authorization: Bearer gg_..."');
    const hash = hashKey(key);
    const cached = resolved.get(hash);
    if (cached && cached.until > now()) return cached.caller;
    resolved.delete(hash);
    const owner = await findActiveKeyOwner(pool, hash);
    if (!owner) throw unauthenticated('The API key is unknown or revoked');
    const caller: Caller = {
      actor: { id: owner.userId, role: owner.role as Role },
      organisations: owner.organisations,
    };
    if (cacheMs > 0) {
      if (resolved.size >= MAX_CACHED_KEYS) resolved.delete(resolved.keys().next().value!);
      resolved.set(hash, { caller, until: now() + cacheMs });
    }
    return caller;
  };
}
