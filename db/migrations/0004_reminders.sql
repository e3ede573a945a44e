-- Up Migration

-- How to reach a person: the reminder sender looks recipients up here.
CREATE TABLE contacts (
  user_id     text PRIMARY KEY,
  role        text NOT NULL,
  name        text NOT NULL,
  email       text,
  webhook_url text,
  language    text NOT NULL DEFAULT 'zh-CN',
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contacts_role_idx ON contacts (role);

-- One row per (reminder, recipient): a retried activity or a restarted sender can never send twice.
CREATE TABLE reminder_outbox (
  id              bigserial PRIMARY KEY,
  reminder_key    text NOT NULL,
  recipient_id    text NOT NULL,
  scope           text NOT NULL,
  kind            text NOT NULL,
  project_code    text,
  action          text,
  deadline        timestamptz,
  subject         text NOT NULL,
  body            text NOT NULL,
  due_at          timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'pending',
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  claimed_at      timestamptz,
  channel         text,
  last_error      text,
  sent_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (reminder_key, recipient_id)
);
CREATE INDEX reminder_outbox_due_idx ON reminder_outbox (scope, status, due_at);
CREATE INDEX reminder_outbox_recipient_idx ON reminder_outbox (recipient_id, created_at);

-- Down Migration
DROP TABLE reminder_outbox;
DROP TABLE contacts;
