-- Up Migration

-- Bearer API keys, stored only as SHA-256 hashes; created by `npm run apikey -- create`.
CREATE TABLE api_keys (
  id          text PRIMARY KEY,
  key_hash    text NOT NULL UNIQUE,
  user_id     text NOT NULL,
  role        text NOT NULL,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- Idempotency-Key: the first response to a POST is kept and returned for every repeat.
CREATE TABLE idempotency_keys (
  actor_id     text NOT NULL,
  key          text NOT NULL,
  method       text NOT NULL,
  path         text NOT NULL,
  request_hash text NOT NULL,
  status_code  integer,
  response     jsonb,
  headers      jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (actor_id, key)
);

-- Down Migration
DROP TABLE idempotency_keys;
DROP TABLE api_keys;
