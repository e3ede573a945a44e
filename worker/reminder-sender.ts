// Delivers the reminder outbox: claims due rows with SKIP LOCKED, sends by SMTP (nodemailer) and/or a
// webhook, and records sent / retried / failed. Runs in the worker process beside the Temporal worker.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Pool } from 'pg';
import {
  claimDue,
  markAttemptFailed,
  markSent,
  releaseStaleClaims,
  type ClaimedReminder,
} from '../db/reminders';

export interface Delivery {
  email?: (to: string, subject: string, body: string, messageId: string) => Promise<void>;
  webhook?: (url: string, payload: unknown) => Promise<void>;
}

export async function postWebhook(url: string, payload: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`webhook ${url} answered ${res.status}`);
}

export function smtpDelivery(smtpUrl: string, from: string): Delivery & { close(): void } {
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async email(to, subject, body, messageId) {
      await transport.sendMail({ from, to, subject, text: body, messageId });
    },
    webhook: postWebhook,
    close: () => transport.close(),
  };
}

const MAX_ATTEMPTS = 5;

export interface SenderOptions {
  pool: Pool;
  scope: string;
  delivery: Delivery;
  pollMs: number;
  /** A row claimed longer ago than this belonged to a sender that died: it goes back to pending. */
  claimTimeoutMs?: number;
  log?: (line: string) => void;
}

/** One pass: claims due rows of this scope and delivers each. Returns how many were handled. */
export async function deliverDue(opts: SenderOptions, batch = 20): Promise<number> {
  const { pool, scope } = opts;
  await releaseStaleClaims(pool, scope, opts.claimTimeoutMs ?? 60_000);
  const claimed = await claimDue(pool, scope, batch);
  for (const reminder of claimed) await deliverOne(opts, reminder);
  return claimed.length;
}

async function deliverOne({ pool, delivery, log }: SenderOptions, reminder: ClaimedReminder): Promise<void> {
  const channels: string[] = [];
  try {
    if (!reminder.email && !reminder.webhookUrl)
      throw new Error(`no e-mail or webhook for ${reminder.recipientId}`);
    // A stable Message-ID lets the receiving server drop a copy should a crash ever resend a row.
    if (reminder.email && delivery.email) {
      await delivery.email(
        reminder.email,
        reminder.subject,
        reminder.body,
        `<reminder-${reminder.id}@gongguan>`,
      );
      channels.push('email');
    }
    if (reminder.webhookUrl && delivery.webhook) {
      await delivery.webhook(reminder.webhookUrl, {
        id: reminder.id,
        recipient: reminder.recipientId,
        kind: reminder.kind,
        projectCode: reminder.projectCode,
        action: reminder.action,
        deadline: reminder.deadline?.toISOString() ?? null,
        subject: reminder.subject,
        body: reminder.body,
      });
      channels.push('webhook');
    }
    if (!channels.length) throw new Error('no delivery channel configured (set SMTP_URL)');
    await markSent(pool, reminder.id, channels);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const final = reminder.attempts >= MAX_ATTEMPTS;
    await markAttemptFailed(pool, reminder.id, { final, message, retryInSeconds: 2 ** reminder.attempts });
    log?.(
      `reminder ${reminder.id} to ${reminder.recipientId}: ${final ? 'failed' : 'will retry'}: ${message}`,
    );
  }
}

/** Polls until stopped; returns the stop function. */
export function startReminderSender(opts: SenderOptions): () => Promise<void> {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    current = deliverDue(opts)
      .catch((err: unknown) =>
        opts.log?.(`reminder sender: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, opts.pollMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
