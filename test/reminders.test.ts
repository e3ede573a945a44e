// Reminders before every deadline, escalation when it passes, rescheduling on extension and
// silence on termination — delivered once each over real SMTP, with compressed durations.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideMilestoneUpdate, terminateSignal, type Actor } from '../contract/project';
import { digestScheduleId, ensureDigestSchedule } from '../worker/digest-schedule';
import { smtpDelivery } from '../worker/reminder-sender';
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
import { startSmtpServer, type ReceivedMail } from './support/smtp';

describe('reminders', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: ReturnType<typeof smtpDelivery>;

  const registerContact = async (actor: Actor, email: string) => {
    const res = await app.inject({
      method: 'PUT',
      url: '/me/contact',
      headers: await h.as(actor),
      payload: { name: actor.id, email },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 8 }));
    smtp = await startSmtpServer();
    mailer = smtpDelivery(smtp.url, 'gongguan <noreply@gongguan.test>');
    h.startSender(mailer, 100);
    await registerContact(officer, 'officer.wang@gongguan.test');
    await registerContact(supervisor, 'supervisor.li@gongguan.test');
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
    mailer?.close();
    await smtp?.close();
  });

  const mailsFor = (code: string): ReceivedMail[] => smtp.mails.filter((m) => m.subject.includes(code));
  const outbox = async (code: string) =>
    (
      await h.pool.query<{ recipient_id: string; kind: string; status: string; deadline: Date }>(
        'SELECT recipient_id, kind, status, deadline FROM reminder_outbox WHERE project_code = $1 ORDER BY id',
        [code],
      )
    ).rows;

  it('reminds the lead before a milestone, escalates when overdue, follows an extension and stops at termination — each once', async () => {
    const { code, piId } = await toContract(app, h.as, h.client);
    const lead: Actor = { id: piId, role: 'projectLead' };
    await registerContact(lead, `${piId}@gongguan.test`);
    const leadMail = `${piId}@gongguan.test`;
    // Offsets of the compressed policy: 500 ms before, at the deadline, then every 1 000 ms.
    const dueAt = Date.now() + 3_000;
    await signContract(h.client, code, [dueAt - Date.now()]);

    // Wait for the second escalation, which reaches the supervisor.
    await eventually(
      async () =>
        mailsFor(code).some((m) => m.to.includes('supervisor.li@gongguan.test')) ? true : undefined,
      20_000,
    );
    const early = mailsFor(code);
    const before = early.filter((m) => m.subject.includes('提醒 / Reminder'));
    expect(before.map((m) => m.to)).toEqual([[leadMail]]);
    expect(before[0]!.receivedAt).toBeLessThan(dueAt + 300);
    expect(before[0]!.receivedAt).toBeGreaterThan(dueAt - 1_500);
    const overdue = early.filter((m) => m.subject.includes('逾期 / Overdue'));
    expect(overdue.flatMap((m) => m.to).sort()).toEqual([leadMail, 'officer.wang@gongguan.test'].sort());
    const escalations = early.filter((m) => m.subject.includes('督办 / Escalated'));
    expect(escalations.some((m) => m.to.includes('supervisor.li@gongguan.test'))).toBe(true);

    // An extension moves the reminders to the new deadline; the old one stops escalating.
    const extendedTo = Date.now() + 2_500;
    await project(h.client, code).executeUpdate(decideMilestoneUpdate, {
      args: [
        {
          decision: 'extend',
          milestoneId: 'M1',
          newDueAt: new Date(extendedTo).toISOString(),
          evidence: evidence('supplier delay'),
          actor: officer,
        },
      ],
    });
    const oldDeadline = new Date(dueAt).toISOString().slice(0, 19);
    await eventually(async () => {
      const rows = await outbox(code);
      return rows.some(
        (r) => r.kind === 'before' && r.deadline.getTime() > dueAt + 1_000 && r.status === 'sent',
      )
        ? true
        : undefined;
    }, 10_000);
    const afterExtension = (await outbox(code)).filter((r) =>
      r.deadline.toISOString().startsWith(oldDeadline),
    ).length;

    // Termination silences everything.
    await project(h.client, code).signal(terminateSignal, {
      reason: 'stopped',
      basis: 'R15',
      evidence: evidence(),
      actor: supervisor,
    });
    await eventually(async () =>
      (await project(h.client, code).describe()).status.name === 'COMPLETED' ? true : undefined,
    );
    const atEnd = mailsFor(code).length;
    await new Promise((r) => setTimeout(r, 3_000));
    expect(mailsFor(code).length).toBe(atEnd);
    expect((await outbox(code)).filter((r) => r.deadline.toISOString().startsWith(oldDeadline)).length).toBe(
      afterExtension,
    );

    // Exactly once: every outbox row was sent, and every mail is a different reminder.
    const rows = await outbox(code);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    const delivered = mailsFor(code);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(delivered.length);
    expect(delivered.flatMap((m) => m.to).length).toBe(rows.length);

    const mine = await app.inject({ method: 'GET', url: '/me/reminders', headers: await h.as(lead) });
    expect(mine.statusCode).toBe(200);
    const items = mine.json().items as Array<{ projectCode: string; status: string; kind: string }>;
    expect(items.filter((i) => i.projectCode === code).length).toBe(
      rows.filter((r) => r.recipient_id === piId).length,
    );
    expect(items.every((i) => i.status === 'sent')).toBe(true);
  });

  it('creates the digest schedule once and sends each lead one digest per day', async () => {
    const { piId } = await toContract(app, h.as, h.client);
    await registerContact({ id: piId, role: 'projectLead' }, `${piId}@gongguan.test`);
    expect(await ensureDigestSchedule(h.client, h.taskQueue, '0 9 * * *')).toBe('created');
    expect(await ensureDigestSchedule(h.client, h.taskQueue, '0 9 * * *')).toBe('exists');
    const ids: string[] = [];
    for await (const s of h.client.schedule.list())
      if (s.scheduleId === digestScheduleId(h.taskQueue)) ids.push(s.scheduleId);
    expect(ids).toHaveLength(1);
    const schedule = h.client.schedule.getHandle(digestScheduleId(h.taskQueue));
    const described = await schedule.describe();
    expect(described.spec.timezone).toBe('Asia/Shanghai');

    // Two runs on the same day: one digest.
    await schedule.trigger('ALLOW_ALL');
    await eventually(async () =>
      (await schedule.describe()).info.recentActions.length >= 1 ? true : undefined,
    );
    // Scheduled workflow ids carry the second they start in: the second run must start a second later.
    await new Promise((r) => setTimeout(r, 1_100));
    await schedule.trigger('ALLOW_ALL');
    await eventually(async () =>
      (await schedule.describe()).info.recentActions.length >= 2 ? true : undefined,
    );
    const digests = await eventually(async () => {
      const { rows } = await h.pool.query(
        "SELECT status FROM reminder_outbox WHERE kind = 'digest' AND recipient_id = $1",
        [piId],
      );
      return rows.length && rows.every((r) => r.status === 'sent') ? rows : undefined;
    }, 20_000);
    expect(digests).toHaveLength(1);
    await eventually(async () =>
      smtp.mails.some((m) => m.to.includes(`${piId}@gongguan.test`) && m.subject.includes('Daily digest'))
        ? true
        : undefined,
    );
    expect(
      smtp.mails.filter((m) => m.to.includes(`${piId}@gongguan.test`) && m.subject.includes('Daily digest')),
    ).toHaveLength(1);
    await schedule.delete();
  });

  it('delivers to a webhook when the contact has one', async () => {
    const received: Array<Record<string, unknown>> = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body) as Record<string, unknown>);
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const { code, piId } = await toContract(app, h.as, h.client);
      const res = await app.inject({
        method: 'PUT',
        url: '/me/contact',
        headers: await h.as({ id: piId, role: 'projectLead' }),
        payload: { name: 'hook', webhookUrl: `http://127.0.0.1:${port}/gongguan` },
      });
      expect(res.statusCode, res.body).toBe(200);
      await signContract(h.client, code, [1_200]);
      const hook = await eventually(async () =>
        received.find((r) => r.projectCode === code && r.kind === 'before'),
      );
      expect(hook).toMatchObject({ recipient: piId, action: 'milestoneCheck:M1' });
      expect(String(hook.body)).toContain('里程碑');
      const { rows } = await h.pool.query(
        "SELECT channel FROM reminder_outbox WHERE project_code = $1 AND kind = 'before'",
        [code],
      );
      expect(rows).toEqual([{ channel: 'webhook' }]);
      await project(h.client, code).signal(terminateSignal, {
        reason: 'end',
        basis: 'R15',
        evidence: evidence(),
        actor: supervisor,
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('records, and retries, a reminder to a contact without any channel', async () => {
    const { code, piId } = await toContract(app, h.as, h.client);
    await app.inject({
      method: 'PUT',
      url: '/me/contact',
      headers: await h.as({ id: piId, role: 'projectLead' }),
      payload: { name: 'no channel' },
    });
    await signContract(h.client, code, [1_000]);
    const failed = await eventually(async () => {
      const { rows } = await h.pool.query(
        'SELECT status, last_error FROM reminder_outbox WHERE project_code = $1 AND recipient_id = $2',
        [code, piId],
      );
      return rows.find((r) => r.last_error) ? rows : undefined;
    });
    expect(failed[0].last_error).toContain('no e-mail or webhook');
  });
});
