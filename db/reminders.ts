// Where people are reached (`contacts`) and the reminders written for them (`reminder_outbox`): one row
// per reminder and recipient, so a retried write adds nothing; the sender claims due rows with SKIP LOCKED.
import type { Queryable } from './queryable';

export interface Contact {
  name: string;
  email?: string;
  webhookUrl?: string;
  language: 'zh-CN' | 'en';
}

export interface OutboxEntry {
  reminderKey: string;
  recipientId: string;
  /** The task queue whose sender delivers it: each worker fleet (and each test) sends only its own. */
  scope: string;
  kind: 'before' | 'overdue' | 'escalation' | 'digest';
  projectCode?: string;
  action?: string;
  deadline?: string;
  subject: string;
  body: string;
  /** Absent: due now. */
  dueAt?: string;
}

export interface StoredReminder {
  id: string;
  kind: string;
  projectCode: string | null;
  action: string | null;
  deadline: string | null;
  subject: string;
  body: string;
  dueAt: string;
  status: string;
  channel: string | null;
  sentAt: string | null;
}

/** A claimed row with where its recipient is reached. */
export interface ClaimedReminder {
  id: string;
  recipientId: string;
  subject: string;
  body: string;
  kind: string;
  projectCode: string | null;
  action: string | null;
  deadline: Date | null;
  attempts: number;
  email: string | null;
  webhookUrl: string | null;
}

export async function upsertContact(
  db: Queryable,
  user: { id: string; role: string },
  contact: Contact,
): Promise<void> {
  await db.query(
    `INSERT INTO contacts (user_id, role, name, email, webhook_url, language) VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role, name = EXCLUDED.name, email = EXCLUDED.email,
       webhook_url = EXCLUDED.webhook_url, language = EXCLUDED.language`,
    [user.id, user.role, contact.name, contact.email ?? null, contact.webhookUrl ?? null, contact.language],
  );
}

/** Everyone in the contact directory holding one of the roles, by id. */
export async function contactsWithRoles(db: Queryable, roles: string[]): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    'SELECT user_id FROM contacts WHERE role = ANY($1) ORDER BY user_id',
    [roles],
  );
  return rows.map((row) => row.user_id);
}

/** Everyone in the contact directory holding the role for the organisation (an active key acting for it). */
export async function contactsWithRoleFor(
  db: Queryable,
  role: string,
  organisationId: string,
): Promise<string[]> {
  const { rows } = await db.query<{ user_id: string }>(
    `SELECT DISTINCT c.user_id FROM contacts c
     JOIN api_keys k ON k.user_id = c.user_id AND k.revoked_at IS NULL AND k.role = c.role
     WHERE c.role = $1 AND $2 = ANY(k.organisations) ORDER BY c.user_id`,
    [role, organisationId],
  );
  return rows.map((row) => row.user_id);
}

/** Writes an entry once; returns whether it was new. */
export async function insertOutboxEntry(db: Queryable, entry: OutboxEntry): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO reminder_outbox (reminder_key, recipient_id, scope, kind, project_code, action, deadline, subject, body, due_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,COALESCE($10::timestamptz, now()))
     ON CONFLICT (reminder_key, recipient_id) DO NOTHING`,
    [
      entry.reminderKey,
      entry.recipientId,
      entry.scope,
      entry.kind,
      entry.projectCode ?? null,
      entry.action ?? null,
      entry.deadline ?? null,
      entry.subject,
      entry.body,
      entry.dueAt ?? null,
    ],
  );
  return rowCount === 1;
}

/** A recipient's reminders, newest first. */
export async function remindersOf(
  db: Queryable,
  recipientId: string,
  page: { limit: number; offset: number },
): Promise<StoredReminder[]> {
  const { rows } = await db.query(
    `SELECT id::text, kind, project_code, action, deadline, subject, body, due_at, status, channel, sent_at
     FROM reminder_outbox WHERE recipient_id = $1 ORDER BY due_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [recipientId, page.limit, page.offset],
  );
  return rows.map((row: Record<string, unknown>) => ({
    id: row.id as string,
    kind: row.kind as string,
    projectCode: (row.project_code as string | null) ?? null,
    action: (row.action as string | null) ?? null,
    deadline: row.deadline ? (row.deadline as Date).toISOString() : null,
    subject: row.subject as string,
    body: row.body as string,
    dueAt: (row.due_at as Date).toISOString(),
    status: row.status as string,
    channel: (row.channel as string | null) ?? null,
    sentAt: row.sent_at ? (row.sent_at as Date).toISOString() : null,
  }));
}

/** Rows claimed longer ago than `claimTimeoutMs` belonged to a sender that died: back to pending. */
export async function releaseStaleClaims(
  db: Queryable,
  scope: string,
  claimTimeoutMs: number,
): Promise<void> {
  await db.query(
    `UPDATE reminder_outbox SET status = 'pending', claimed_at = NULL
     WHERE scope = $1 AND status = 'sending' AND claimed_at < now() - make_interval(secs => $2)`,
    [scope, claimTimeoutMs / 1000],
  );
}

/** Claims up to `batch` due rows of the scope, each counted as one more attempt. */
export async function claimDue(db: Queryable, scope: string, batch: number): Promise<ClaimedReminder[]> {
  const { rows } = await db.query(
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
  return rows.map((row: Record<string, unknown>) => ({
    id: row.id as string,
    recipientId: row.recipient_id as string,
    subject: row.subject as string,
    body: row.body as string,
    kind: row.kind as string,
    projectCode: row.project_code as string | null,
    action: row.action as string | null,
    deadline: row.deadline as Date | null,
    attempts: row.attempts as number,
    email: row.email as string | null,
    webhookUrl: row.webhook_url as string | null,
  }));
}

export async function markSent(db: Queryable, id: string, channels: string[]): Promise<void> {
  await db.query(
    `UPDATE reminder_outbox SET status = 'sent', sent_at = now(), channel = $2, last_error = NULL WHERE id = $1`,
    [id, channels.join('+')],
  );
}

/** A failed attempt: retried after `retryInSeconds`, or given up for good when `final`. */
export async function markAttemptFailed(
  db: Queryable,
  id: string,
  failure: { final: boolean; message: string; retryInSeconds: number },
): Promise<void> {
  await db.query(
    `UPDATE reminder_outbox SET status = $2, last_error = $3, claimed_at = NULL,
       next_attempt_at = now() + make_interval(secs => $4)
     WHERE id = $1`,
    [id, failure.final ? 'failed' : 'pending', failure.message, failure.retryInSeconds],
  );
}
