-- Up Migration

ALTER TABLE projects
  ADD COLUMN phase          integer NOT NULL DEFAULT 1,
  ADD COLUMN funding_mode   text,
  ADD COLUMN funds_paid     bigint NOT NULL DEFAULT 0,
  ADD COLUMN project_pool   boolean NOT NULL DEFAULT false,
  ADD COLUMN commissioner_id text;
CREATE INDEX projects_next_deadline_idx ON projects (next_deadline) WHERE next_deadline IS NOT NULL;

ALTER TABLE list_entries
  ADD COLUMN window_closes_at timestamptz;

-- R9 review experts and their declared conflicts (R18.2).
CREATE TABLE experts (
  id                 text PRIMARY KEY,
  name               text NOT NULL,
  organisation_id    text NOT NULL,
  from_enterprise    boolean NOT NULL DEFAULT false,
  declared_conflicts text[] NOT NULL DEFAULT '{}',
  active             boolean NOT NULL DEFAULT true,
  created_at         timestamptz NOT NULL DEFAULT now()
);

-- R9 draws, kept with their seed so an auditor can re-run them. One per project phase.
CREATE TABLE review_panels (
  project_code        text NOT NULL REFERENCES projects(code),
  phase               integer NOT NULL,
  seed                text NOT NULL,
  expert_ids          text[] NOT NULL,
  excluded            jsonb NOT NULL,
  enterprise_share_bp integer NOT NULL,
  shortfall           integer NOT NULL,
  drawn_at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_code, phase)
);

-- R13 / termination: unspent or misused fiscal funds to reclaim, written exactly once per project phase.
CREATE TABLE fund_reclamations (
  project_code text NOT NULL REFERENCES projects(code),
  phase        integer NOT NULL,
  amount       bigint NOT NULL,
  reason       text NOT NULL,
  rule_ids     text[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_code, phase)
);

-- Down Migration
DROP TABLE fund_reclamations;
DROP TABLE review_panels;
DROP TABLE experts;
ALTER TABLE list_entries DROP COLUMN window_closes_at;
DROP INDEX projects_next_deadline_idx;
ALTER TABLE projects DROP COLUMN phase, DROP COLUMN funding_mode, DROP COLUMN funds_paid, DROP COLUMN project_pool,
  DROP COLUMN commissioner_id;
