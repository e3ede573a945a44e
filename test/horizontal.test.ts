// Two worker processes and two API processes on one Temporal and one PostgreSQL, as a province scales out:
// both workers run the projects and send reminders, yet each reminder arrives once; an Idempotency-Key
// sent to one API instance and retried at the other is applied once; a long poll held by one instance is
// woken by a change recorded through the other. Runs on the dev server and, in cluster mode, on the cluster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminateSignal, type Actor } from '../contract/project';
import {
  applicationBody,
  authorityOf,
  enterpriseApplication,
  listEntry,
  passingDemonstration,
  recommendation,
} from '../examples/applications';
import { startApiProcess, type ApiProcess } from './support/api-process';
import { eventually, type Harness } from './support/harness';
import {
  evidence,
  officer,
  project,
  signContract,
  startTestApp,
  stopTestApp,
  supervisor,
  toContract,
} from './support/lifecycle';
import { expectEachReminderOnce, startSmtpServer } from './support/smtp';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process';

describe('two workers and two APIs', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const workers: WorkerProcess[] = [];
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false, experts: 8 }));
    smtp = await startSmtpServer();
    const env = { SMTP_URL: smtp.url, REMINDER_POLL_MS: '100', REMINDER_CLAIM_TIMEOUT_MS: '3000' };
    workers.push(...(await Promise.all([1, 2].map(() => startWorkerProcess(h.taskQueue, env)))));
    apis.push(...(await Promise.all([1, 2].map(() => startApiProcess(h.taskQueue)))));
  }, 120_000);
  afterAll(async () => {
    await Promise.all([...workers, ...apis].map((p) => p.kill()));
    await stopTestApp({ h, app });
    await smtp?.close();
  });

  /** A request to one API instance, as `actor`, answered with status and body. */
  async function call(
    api: ApiProcess,
    actor: Actor,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    organisations: string[] = [],
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        ...(await h.as(actor, organisations)),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** A list entry published through API `a`, open for applications under its (default) policy. */
  async function publishThrough(a: ApiProcess) {
    const entry = listEntry();
    for (const [path, body] of [
      ['/lists', entry],
      [`/call-lists/${entry.callListYear}/demonstrations`, passingDemonstration([entry.id])],
      [`/lists/${entry.id}/publication`, {}],
    ] as const) {
      const res = await call(a, officer, 'POST', path, body);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    }
    return entry;
  }

  /** An application made through API `a` to a list entry published through it: the project's code. */
  async function applyThrough(a: ApiProcess) {
    const entry = await publishThrough(a);
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const applied = await call(
      a,
      lead,
      'POST',
      `/lists/${entry.id}/applications`,
      applicationBody(application),
    );
    expect(applied.status, JSON.stringify(applied.body)).toBe(201);
    return { application, code: applied.body.code as string };
  }

  it('runs projects on both workers and delivers each reminder once', { timeout: 240_000 }, async () => {
    for (const [actor, email] of [
      [officer, 'officer.wang@gongguan.test'],
      [supervisor, 'supervisor.li@gongguan.test'],
    ] as const) {
      await app.inject({
        method: 'PUT',
        url: '/me/contact',
        headers: await h.as(actor),
        payload: { name: actor.id, email },
      });
    }
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const { code, piId } = await toContract(app, h.as, h.client);
      await app.inject({
        method: 'PUT',
        url: '/me/contact',
        headers: await h.as({ id: piId, role: 'projectLead' }),
        payload: { name: piId, email: `${piId}@gongguan.test` },
      });
      await signContract(h.client, code, [1_500]);
      codes.push(code);
    }
    // Overdue notices now come every second for each project, claimed by whichever sender polls first.
    await eventually(async () => (smtp.mails.length >= 30 ? true : undefined), 60_000);
    for (const code of codes) {
      await project(h.client, code).signal(terminateSignal, {
        reason: 'end of test',
        basis: 'R15',
        evidence: evidence(),
        actor: supervisor,
      });
    }
    expect(await expectEachReminderOnce(h.pool, h.taskQueue, smtp.mails)).toBeGreaterThanOrEqual(30);

    // Both workers took the projects' tasks: each history names the worker that completed a task.
    const identities = new Set<string>();
    for (const code of codes) {
      const history = await project(h.client, code).fetchHistory();
      for (const event of history.events ?? []) {
        const identity =
          event.workflowTaskCompletedEventAttributes?.identity ??
          event.activityTaskStartedEventAttributes?.identity;
        if (identity) identities.add(identity);
      }
    }
    const pids = workers.map((w) => String(w.child.pid));
    expect([...identities].map((id) => id.split('@')[0]).filter((pid) => pids.includes(pid!))).toEqual(
      expect.arrayContaining(pids),
    );
  });

  it('honours an Idempotency-Key across API instances', { timeout: 120_000 }, async () => {
    const [a, b] = apis as [ApiProcess, ApiProcess];
    const entry = await publishThrough(a);
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const key = { 'idempotency-key': `horizontal-${entry.id}` };
    const body = applicationBody(application);
    const first = await call(a, lead, 'POST', `/lists/${entry.id}/applications`, body, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const retried = await call(b, lead, 'POST', `/lists/${entry.id}/applications`, body, key);
    expect(retried).toEqual(first);

    // Sent to both at once: one applies it, the other answers 409 (in progress) or the same answer.
    const other = enterpriseApplication();
    const otherLead: Actor = { id: other.team.principalInvestigator.id, role: 'projectLead' };
    const both = { 'idempotency-key': `horizontal-both-${entry.id}` };
    const send = (api: ApiProcess) =>
      call(api, otherLead, 'POST', `/lists/${entry.id}/applications`, applicationBody(other), both);
    const answers = await Promise.all([send(a), send(b)]);
    expect(answers.map((r) => r.status).sort()).toSatisfy(
      (s: number[]) => (s[0] === 201 && s[1] === 201) || (s[0] === 201 && s[1] === 409),
    );
    const settled = await eventually(async () => {
      const res = await send(b);
      return res.status === 409 ? undefined : res;
    });
    expect(settled.status).toBe(201);
    for (const res of answers.filter((r) => r.status === 201)) expect(res.body.code).toBe(settled.body.code);

    const { rows } = await h.pool.query('SELECT code FROM projects WHERE list_entry_id = $1 ORDER BY code', [
      entry.id,
    ]);
    expect(rows.map((r) => r.code)).toEqual([first.body.code, settled.body.code].sort());
  });

  it(
    'takes a retried update once when its first answer was lost, at another instance',
    { timeout: 120_000 },
    async () => {
      const [a, b] = apis as [ApiProcess, ApiProcess];
      const { code } = await applyThrough(a);
      const key = `pool-${code}`;
      const body = { member: true, basis: 'R22 pool', recommendation: 'review panel', evidence: evidence() };
      const send = (api: ApiProcess) =>
        call(api, officer, 'POST', `/projects/${code}/project-pool`, body, { 'idempotency-key': key });
      const first = await send(a);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const trail = async (): Promise<number> =>
        (await h.pool.query('SELECT count(*)::int AS n FROM project_events WHERE project_code = $1', [code]))
          .rows[0].n;
      const recorded = await eventually(async () => ((await trail()) > 0 ? trail() : undefined));
      // As after a 503 (Temporal aborted the update under load): the API released the key, the client retries.
      await h.pool.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
      const retried = await send(b);
      expect(retried).toEqual(first);
      await new Promise((r) => setTimeout(r, 500));
      expect(await trail()).toBe(recorded);
    },
  );

  it(
    'wakes a long poll on one instance with a change recorded through the other',
    { timeout: 120_000 },
    async () => {
      const [a, b] = apis as [ApiProcess, ApiProcess];
      const { application, code } = await applyThrough(a);
      const before = await eventually(async () => {
        const res = await call(b, officer, 'GET', `/projects/${code}?live=false`);
        return res.status === 200 ? res.body : undefined;
      });
      // Held by B for up to 30 s (the most a client may ask), unless the project moves.
      const waiting = call(
        b,
        officer,
        'GET',
        `/projects/${code}?live=false&afterVersion=${String(before.version)}&waitMs=30000`,
      );
      await new Promise((r) => setTimeout(r, 300));
      const organisationId = application.leadOrganisation.id;
      const recommended = await call(
        a,
        authorityOf(organisationId),
        'POST',
        `/projects/${code}/recommendation`,
        recommendation(application),
        {},
        [organisationId],
      );
      expect(recommended.status, JSON.stringify(recommended.body)).toBe(200);
      const woken = await waiting;
      expect(woken.status).toBe(200);
      expect(Number(woken.body.version)).toBeGreaterThan(Number(before.version));
    },
  );
});
