-- Up Migration

-- Who read sealed payloads through the codec endpoint (the Temporal UI's decoding), when, and which: one
-- row per request, the payloads named by their SHA-256, so an auditor can tell what someone saw.
CREATE TABLE payload_decodes (
  id              bigserial PRIMARY KEY,
  user_id         text NOT NULL,
  role            text NOT NULL,
  namespace       text,
  origin          text,
  payload_hashes  text[] NOT NULL,
  decoded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX payload_decodes_user_idx ON payload_decodes (user_id, decoded_at);

-- A project whose workflow was cancelled, terminated or reset from outside the API (Temporal's own
-- buttons): {"kind", "at", "runId"}, so its record does not show a live stage for a closed workflow.
ALTER TABLE projects ADD COLUMN closed_outside_api jsonb;

-- Down Migration
ALTER TABLE projects DROP COLUMN closed_outside_api;
DROP TABLE payload_decodes;
