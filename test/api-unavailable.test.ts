// With PostgreSQL or Temporal unreachable the API answers 503 with a clear problem, never 500.
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testKeyring } from './support/codec';
import { buildApp } from '../api/app';
import { DEFAULT_POLICY, PolicyRegistry } from '../rules';
import { createHarness, type Harness } from './support/harness';
import { listEntry, passingDemonstration } from '../examples/applications';

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
      // Drafting and demonstrating need only PostgreSQL; publication needs Temporal when the entry runs a
      // workflow.
      const draftDemonstrated = async (strategicField: string) => {
        const entry = listEntry({ id: `down-${strategicField}-${Date.now()}`, strategicField });
        const drafted = await app.inject({
          method: 'POST',
          url: '/lists',
          payload: entry,
          headers: officerDown,
        });
        expect(drafted.statusCode, drafted.body).toBe(201);
        const demonstrated = await app.inject({
          method: 'POST',
          url: `/call-lists/${entry.callListYear}/demonstrations`,
          payload: passingDemonstration([entry.id]),
          headers: officerDown,
        });
        expect(demonstrated.statusCode, demonstrated.body).toBe(201);
        return entry;
      };
      const publish = (id: string) =>
        app.inject({ method: 'POST', url: `/lists/${id}/publication`, headers: officerDown });
      // An entry with an R8 examination needs its workflow: 503, and it stays a draft, since its publication
      // commits only with its workflow.
      const examined = await draftDemonstrated('socialWelfare');
      const res = await publish(examined.id);
      expect(res.statusCode, res.body).toBe(503);
      const rows = await h.pool.query('SELECT status FROM list_entries WHERE id = $1', [examined.id]);
      expect(rows.rows).toEqual([{ status: 'draft' }]);
      // Any other entry is only a row: published while Temporal is down.
      const published = await publish((await draftDemonstrated('integratedCircuits')).id);
      expect(published.statusCode, published.body).toBe(200);
      expect(published.json()).toMatchObject({ status: 'published', entryWorkflow: false });
    } finally {
      await app.close();
      await connection.close().catch(() => undefined);
    }
  });
});
