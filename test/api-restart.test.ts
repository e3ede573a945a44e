// The API process is killed during a burst of idempotent requests and restarted; clients retry
// with the same Idempotency-Key and every request is applied exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applicationBody,
  enterpriseApplication,
  listEntry,
  passingDemonstration,
} from '../examples/applications';
import { eventually, type Harness } from './support/harness';
import { officer, startTestApp, stopTestApp } from './support/lifecycle';
import { startApiProcess, type ApiProcess } from './support/api-process';

describe('API restarted during a burst', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({}));
  });
  afterAll(async () => {
    await api?.kill();
    await stopTestApp({ h, app });
  });

  it('applies each application once across the crash', { timeout: 180_000 }, async () => {
    const env = { IDEMPOTENCY_STALE_MS: '1000' };
    api = await startApiProcess(h.taskQueue, undefined, env);
    const port = Number(new URL(api.url).port);
    // Published through the API process, under its policy (the test app's windows last seconds).
    const entry = listEntry();
    const officerHeaders = { ...(await h.as(officer)), 'content-type': 'application/json' };
    for (const [path, body] of [
      ['/lists', entry],
      [`/call-lists/${entry.callListYear}/demonstrations`, passingDemonstration([entry.id])],
      [`/lists/${entry.id}/publication`, {}],
    ] as const) {
      const res = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: officerHeaders,
        body: JSON.stringify(body),
      });
      expect(res.status, await res.text()).toBeLessThan(300);
    }

    const requests = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const application = enterpriseApplication();
        const headers = {
          ...(await h.as({ id: application.team.principalInvestigator.id, role: 'projectLead' })),
          'content-type': 'application/json',
          'idempotency-key': `burst-${entry.id}-${i}`,
        };
        return { headers, body: JSON.stringify(applicationBody(application)) };
      }),
    );
    const send = (r: (typeof requests)[number]) =>
      fetch(`${api!.url}/lists/${entry.id}/applications`, {
        method: 'POST',
        headers: r.headers,
        body: r.body,
      });

    // Fire the burst and kill the API the moment the third answer is back, while the rest are in flight
    // (an application is answered within milliseconds, so waiting to notice would let the burst finish).
    let answered = 0;
    let killed: Promise<void> | undefined;
    const burst = requests.map((r) =>
      send(r)
        .then(async (res) => {
          if (++answered === 3) killed = api!.kill();
          return { status: res.status, body: (await res.json()) as { code?: string } };
        })
        .catch(() => undefined),
    );
    await eventually(async () => (killed ? true : undefined), 60_000);
    await killed;
    const first = await Promise.all(burst);
    expect(first.some((r) => r === undefined)).toBe(true);

    api = await startApiProcess(h.taskQueue, port, env);
    // Clients retry every request with its key until it is answered (409 means "still in progress").
    const final: Array<{ status: number; body: { code: string } }> = [];
    for (const r of requests) {
      const res = await eventually(async () => {
        const attempt = await send(r);
        return attempt.status === 409 ? undefined : attempt;
      }, 30_000);
      final.push({ status: res.status, body: (await res.json()) as { code: string } });
    }
    expect(final.map((r) => r.status)).toEqual(requests.map(() => 201));
    // What was answered before the crash is what the retry answers.
    first.forEach((r, i) => {
      if (r?.status === 201) expect(final[i]!.body.code).toBe(r.body.code);
    });
    const codes = new Set(final.map((r) => r.body.code));
    expect(codes.size).toBe(requests.length);
    const rows = await h.pool.query('SELECT code FROM projects WHERE list_entry_id = $1', [entry.id]);
    expect(rows.rows.map((r) => r.code).sort()).toEqual([...codes].sort());
  });
});
