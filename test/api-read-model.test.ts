// A project's record carries what it waits on, so staff clients can follow projects from
// PostgreSQL alone (`live=false`) without a workflow query per read. Proved with the worker stopped: a
// read that asked the workflow could not answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './support/harness';
import { eventually } from './support/harness';
import { apply, officer, publish, startTestApp, status, stopTestApp } from './support/lifecycle';

describe('project read model', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false, experts: 8 }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  const get = async (url: string) => app.inject({ method: 'GET', url, headers: await h.as(officer) });

  it('serves pending actions from the record; live=false reads without asking the workflow', async () => {
    const worker = await h.startWorker();
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id);
    const live = await eventually(async () => {
      const s = await status(h.client, code);
      return s.pendingActions.some((a) => a.action === 'submitReviewScore') ? s : undefined;
    });
    // The record reaches the same version once the transition activity has committed.
    const record = await eventually(async () => {
      const r = (await get(`/projects/${code}`)).json();
      return r.version === live.timeline.length ? r : undefined;
    });
    expect(record.pendingActions).toEqual(live.pendingActions);

    await worker.stop();
    const res = await get(`/projects/${code}?live=false`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code, stage: 'review', version: record.version, live: null });
    expect(res.json().pendingActions).toEqual(record.pendingActions);
    // A long poll on the record alone ends at waitMs, unchanged, with no worker to move the project.
    const idle = await get(`/projects/${code}?live=false&afterVersion=${record.version}&waitMs=200`);
    expect(idle.statusCode, idle.body).toBe(200);
    expect(idle.json().version).toBe(record.version);
    // Lists carry them too: a dashboard of many projects needs no query per project.
    const list = await get(`/projects?listEntryId=${entry.id}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toMatchObject([{ code, pendingActions: record.pendingActions }]);

    const bad = await get(`/projects/${code}?live=maybe`);
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body).toMatch(/live/);
  });
});
