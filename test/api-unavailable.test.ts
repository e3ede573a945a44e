// With PostgreSQL or Temporal unreachable the API answers 503 with a clear problem, never 500.
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from './support/codec';
import { buildApp } from '../api/app';
import { DEFAULT_POLICY, PolicyRegistry } from '../rules';
import { createHarness, type Harness } from './support/harness';

describe('dependencies down', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  const policies = new PolicyRegistry([DEFAULT_POLICY], DEFAULT_POLICY.id);
  const keyring = testKeyring();

  it('answers 503 when PostgreSQL refuses connections', async () => {
    const deadPool = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/gongguan',
      connectionTimeoutMillis: 500,
    });
    const app = await buildApp({
      pool: deadPool,
      temporal: h.client,
      taskQueue: h.taskQueue,
      policies,
      keyring,
    });
    try {
      const health = await app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({
        status: 'unavailable',
        postgres: { reachable: false },
        temporal: { reachable: true },
      });
      const res = await app.inject({
        method: 'GET',
        url: '/projects',
        headers: { authorization: 'Bearer gg_whatever' },
      });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ title: 'PostgreSQL is unavailable' });
    } finally {
      await app.close();
      await deadPool.end();
    }
  });

  it('answers 503 when Temporal is unreachable', async () => {
    const connection = Connection.lazy({ address: '127.0.0.1:1', connectTimeout: 500 });
    const temporal = new Client({ connection });
    const app = await buildApp({ pool: h.pool, temporal, taskQueue: h.taskQueue, policies, keyring });
    try {
      const health = await app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toMatchObject({ temporal: { reachable: false }, postgres: { reachable: true } });
      expect(health.headers['x-request-id']).toBeTruthy();
      const officerDown = await h.as({ id: 'officer-down', role: 'programmeOfficer' });
      const entry = (strategicField: string) => ({
        id: `down-${strategicField}-${Date.now()}`,
        callListYear: 2026,
        title: 'x',
        tier: 'project',
        strategicField,
        plannedApprovals: 1,
      });
      const publish = (payload: ReturnType<typeof entry>) =>
        app.inject({ method: 'POST', url: '/lists', payload, headers: officerDown });
      // An entry with an R8 examination needs its workflow: 503, and nothing was written, since the
      // entry's row commits only with its workflow.
      const examined = entry('socialWelfare');
      const res = await publish(examined);
      expect(res.statusCode, res.body).toBe(503);
      const rows = await h.pool.query('SELECT 1 FROM list_entries WHERE id = $1', [examined.id]);
      expect(rows.rowCount).toBe(0);
      // Any other entry is only a row: published while Temporal is down.
      const published = await publish(entry('integratedCircuits'));
      expect(published.statusCode, published.body).toBe(201);
      expect(published.json()).toMatchObject({ entryWorkflow: false });
    } finally {
      await app.close();
      await connection.close().catch(() => undefined);
    }
  });
});
