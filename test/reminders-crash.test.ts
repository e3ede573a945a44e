// The worker process (Temporal worker + reminder sender) is SIGKILLed while reminders stream out;
// after a restart every reminder is delivered, none twice, and none of the overdue series is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminateSignal, type Actor } from '../contract/project';
import { eventually, type Harness } from './support/harness';
import {
  officer,
  project,
  signContract,
  startTestApp,
  stopTestApp,
  supervisor,
  toContract,
  evidence,
} from './support/lifecycle';
import { startSmtpServer } from './support/smtp';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process';

describe('reminders across a worker crash', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false, experts: 8 }));
    smtp = await startSmtpServer();
  });
  afterAll(async () => {
    await worker?.kill();
    await stopTestApp({ h, app });
    await smtp?.close();
  });

  const start = () =>
    startWorkerProcess(h.taskQueue, {
      SMTP_URL: smtp.url,
      REMINDER_POLL_MS: '100',
      REMINDER_CLAIM_TIMEOUT_MS: '3000',
    });
  const contact = async (actor: Actor, email: string) =>
    app.inject({
      method: 'PUT',
      url: '/me/contact',
      headers: await h.as(actor),
      payload: { name: actor.id, email },
    });

  it('delivers every reminder exactly once', { timeout: 240_000 }, async () => {
    worker = await start();
    await contact(officer, 'officer.wang@gongguan.test');
    await contact(supervisor, 'supervisor.li@gongguan.test');
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { code, piId } = await toContract(app, h.as, h.client);
      await contact({ id: piId, role: 'projectLead' }, `${piId}@gongguan.test`);
      await signContract(h.client, code, [1_500]);
      codes.push(code);
    }
    // Overdue notices now arrive every second for each project; crash in the middle of the stream.
    await eventually(async () => (smtp.mails.length >= 12 ? true : undefined), 30_000);
    await worker.kill();
    await new Promise((r) => setTimeout(r, 2_500));
    const restartedAt = new Date();
    worker = await start();
    await eventually(async () => (smtp.mails.length >= 40 ? true : undefined), 60_000);
    // Every project's series goes on after the restart. A project whose workflow task was in flight at the
    // kill resumes only once that task times out, so a mail count alone could end the test before it did.
    await eventually(async () => {
      const { rows } = await h.pool.query<{ project_code: string }>(
        `SELECT DISTINCT project_code FROM reminder_outbox
          WHERE project_code = ANY($1) AND reminder_key LIKE '%:overdue-%' AND created_at > $2`,
        [codes, restartedAt],
      );
      return rows.length === codes.length ? true : undefined;
    }, 60_000);
    for (const code of codes) {
      await project(h.client, code).signal(terminateSignal, {
        reason: 'end of test',
        basis: 'R15',
        evidence: evidence(),
        actor: supervisor,
      });
    }
    const rows = await eventually(async () => {
      const { rows } = await h.pool.query<{ id: string; reminder_key: string; status: string }>(
        'SELECT id::text, reminder_key, status FROM reminder_outbox WHERE project_code = ANY($1)',
        [codes],
      );
      return rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 60_000);

    // No duplicate: one delivered message per outbox row and recipient, each Message-ID once.
    const ids = smtp.mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(rows.length);
    // No loss: for each deadline, the overdue series has no gap.
    const series = new Map<string, number[]>();
    for (const r of rows) {
      const m = /^(.*):overdue-(\d+)$/.exec(r.reminder_key);
      if (m) series.set(m[1]!, [...(series.get(m[1]!) ?? []), Number(m[2])]);
    }
    expect(series.size).toBeGreaterThanOrEqual(3);
    for (const [key, numbers] of series) {
      const distinct = [...new Set(numbers)].sort((a, b) => a - b);
      expect(distinct, key).toEqual(distinct.map((_, i) => i));
    }
  });
});
