-- Up Migration

-- A value reserved by the first attempt of a request (a project code), reused when a retry takes over a
-- request whose first attempt died mid-flight, so the retry creates the same thing and not a second one.
ALTER TABLE idempotency_keys ADD COLUMN reserved text, ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now();

-- Down Migration
ALTER TABLE idempotency_keys DROP COLUMN reserved, DROP COLUMN claimed_at;
