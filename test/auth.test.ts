// The API remembers a resolved key for AUTH_CACHE_MS, so a request costs one query fewer; a
// revoked key stops working within that time and an unknown one is refused every time. Unit test of the
// authenticator alone, with a stand-in for the api_keys table.
import type { FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import { describe, expect, it } from 'vitest';
import { createAuthenticator, hashKey } from '../api/auth';
import { ProblemError } from '../api/problem';

function keyTable() {
  const rows = new Map([
    [
      hashKey('gg_officer'),
      { user_id: 'officer-wang', role: 'programmeOfficer', organisations: ['prov-st-dept'] },
    ],
  ]);
  let queries = 0;
  const pool = {
    query: async (_sql: string, [hash]: [string]) => {
      queries++;
      const row = rows.get(hash);
      return { rows: row ? [row] : [] };
    },
  } as unknown as Pool;
  return { pool, revoke: (key: string) => rows.delete(hashKey(key)), queries: () => queries };
}

const bearer = (key?: string) =>
  ({ headers: key ? { authorization: `Bearer ${key}` } : {} }) as unknown as FastifyRequest;

async function refusal(p: Promise<unknown>): Promise<number | undefined> {
  try {
    await p;
  } catch (err) {
    if (err instanceof ProblemError) return err.problem.status;
    throw err;
  }
  return undefined;
}

describe('API key authentication', () => {
  it('asks the database once per key within AUTH_CACHE_MS, and again after it', async () => {
    const table = keyTable();
    let now = 1_000;
    const authenticate = createAuthenticator(table.pool, { cacheMs: 10_000, now: () => now });
    expect(await authenticate(bearer('gg_officer'))).toEqual({
      actor: { id: 'officer-wang', role: 'programmeOfficer' },
      organisations: ['prov-st-dept'],
    });
    now += 9_999;
    await authenticate(bearer('gg_officer'));
    expect(table.queries()).toBe(1);
    now += 1;
    await authenticate(bearer('gg_officer'));
    expect(table.queries()).toBe(2);
  });

  it('refuses a revoked key once the remembered answer has expired', async () => {
    const table = keyTable();
    let now = 0;
    const authenticate = createAuthenticator(table.pool, { cacheMs: 5_000, now: () => now });
    await authenticate(bearer('gg_officer'));
    table.revoke('gg_officer');
    now = 5_000;
    expect(await refusal(authenticate(bearer('gg_officer')))).toBe(401);
    expect(await refusal(authenticate(bearer('gg_officer')))).toBe(401);
    expect(table.queries()).toBe(3);
  });

  it('never remembers an unknown key, and asks nothing without one', async () => {
    const table = keyTable();
    const authenticate = createAuthenticator(table.pool);
    expect(await refusal(authenticate(bearer('gg_nope')))).toBe(401);
    expect(await refusal(authenticate(bearer('gg_nope')))).toBe(401);
    expect(table.queries()).toBe(2);
    expect(await refusal(authenticate(bearer()))).toBe(401);
    expect(table.queries()).toBe(2);
  });

  it('asks the database every time with AUTH_CACHE_MS=0', async () => {
    const table = keyTable();
    const authenticate = createAuthenticator(table.pool, { cacheMs: 0 });
    await authenticate(bearer('gg_officer'));
    await authenticate(bearer('gg_officer'));
    expect(table.queries()).toBe(2);
  });
});
