// Delivers the reminder outbox: claims due rows with SKIP LOCKED, sends by SMTP (nodemailer) and/or a
// webhook, and records sent / retried / failed. Runs in the worker process beside the Temporal worker.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Pool } from 'pg';

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

interface OutboxRow {
  id: string;
  recipient_id: string;
  subject: string;
  body: string;
  kind: string;
  project_code: string | null;
  action: string | null;
  deadline: Date | null;
  attempts: number;
  email: string | null;
  webhook_url: string | null;
}

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
  await pool.query(
    `UPDATE reminder_outbox SET status = 'pending', claimed_at = NULL
     WHERE scope = $1 AND status = 'sending' AND claimed_at < now() - make_interval(secs => $2)`,
    [scope, (opts.claimTimeoutMs ?? 60_000) / 1000],
  );
  const { rows } = await pool.query<OutboxRow>(
    `WITH due AS (
       SELECT id FROM reminder_outbox
       WHERE scope = $1 AND status = 'pending' AND due_at <= now() AND (next_attempt_at IS NULL OR next_attempt_at <= now())
       ORDER BY due_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
     UPDATE reminder_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1
     FROM due WHERE o.id = due.id
     RETURNING o.id, o.recipient_id, o.subject, o.body, o.kind, o.project_code, o.action, o.deadline, o.attempts,
       (SELECT email FROM contacts c WHERE c.user_id = o.recipient_id) AS email,
       (SELECT webhook_url FROM contacts c WHERE c.user_id = o.recipient_id) AS webhook_url`,
    [scope, batch],
  );
  for (const row of rows) await deliverOne(opts, row);
  return rows.length;
}

async function deliverOne({ pool, delivery, log }: SenderOptions, row: OutboxRow): Promise<void> {
  const channels: string[] = [];
  try {
    if (!row.email && !row.webhook_url) throw new Error(`no e-mail or webhook for ${row.recipient_id}`);
    // A stable Message-ID lets the receiving server drop a copy should a crash ever resend a row.
    if (row.email && delivery.email) {
      await delivery.email(row.email, row.subject, row.body, `<reminder-${row.id}@gongguan>`);
      channels.push('email');
    }
    if (row.webhook_url && delivery.webhook) {
      await delivery.webhook(row.webhook_url, {
        id: row.id,
        recipient: row.recipient_id,
        kind: row.kind,
        projectCode: row.project_code,
        action: row.action,
        deadline: row.deadline?.toISOString() ?? null,
        subject: row.subject,
        body: row.body,
      });
      channels.push('webhook');
    }
    if (!channels.length) throw new Error('no delivery channel configured (set SMTP_URL)');
    await pool.query(
      `UPDATE reminder_outbox SET status = 'sent', sent_at = now(), channel = $2, last_error = NULL WHERE id = $1`,
      [row.id, channels.join('+')],
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const final = row.attempts >= MAX_ATTEMPTS;
    await pool.query(
      `UPDATE reminder_outbox SET status = $2, last_error = $3, claimed_at = NULL,
         next_attempt_at = now() + make_interval(secs => $4)
       WHERE id = $1`,
      [row.id, final ? 'failed' : 'pending', message, 2 ** row.attempts],
    );
    log?.(`reminder ${row.id} to ${row.recipient_id}: ${final ? 'failed' : 'will retry'}: ${message}`);
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
