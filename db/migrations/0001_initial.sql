-- Up Migration

-- R1/R2: call-list entries (榜单条目).
CREATE TABLE list_entries (
  id                   text PRIMARY KEY,
  call_list_year       integer NOT NULL,
  title                text NOT NULL,
  tier                 text NOT NULL,
  strategic_field      text NOT NULL,
  selection_mode       text NOT NULL,
  joint_funded         boolean NOT NULL,
  planned_approvals    integer NOT NULL,
  examination_required boolean NOT NULL,
  urgent               boolean NOT NULL,
  proposed_by          text,
  application_deadline date,
  policy_version       text NOT NULL,
  entry                jsonb NOT NULL,
  created_by           text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now()
);

-- Project codes are business keys: ZJ-<year>-<5-digit sequence>.
CREATE SEQUENCE project_code_seq;

-- The read model of each project, written only by workflow activities. `version` is the workflow's event
-- sequence number, so a retried or late write never overwrites a newer state.
CREATE TABLE projects (
  code                   text PRIMARY KEY,
  list_entry_id          text NOT NULL REFERENCES list_entries(id),
  title                  text NOT NULL,
  stage                  text NOT NULL,
  strategic_field        text NOT NULL,
  lead_organisation_id   text NOT NULL,
  lead_organisation_name text NOT NULL,
  lead_organisation_type text NOT NULL,
  county                 text NOT NULL,
  mountain_or_island     boolean NOT NULL,
  pi_id                  text NOT NULL,
  pi_name                text NOT NULL,
  policy_version         text NOT NULL,
  total_investment       bigint NOT NULL,
  provincial_subsidy     bigint NOT NULL,
  military_order         boolean NOT NULL DEFAULT false,
  horse_race_group       text,
  next_deadline          timestamptz,
  application            jsonb NOT NULL,
  version                integer NOT NULL,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_list_entry_idx ON projects (list_entry_id);
CREATE INDEX projects_stage_idx ON projects (stage);
CREATE INDEX projects_lead_organisation_idx ON projects (lead_organisation_id);
CREATE INDEX projects_pi_idx ON projects (pi_id);

-- R24 audit trail: append-only. event_key is derived deterministically in the workflow
-- (<project code>:<sequence>), so an activity retry can never add a second row.
CREATE TABLE project_events (
  id           bigserial PRIMARY KEY,
  project_code text NOT NULL REFERENCES projects(code),
  seq          integer NOT NULL,
  event_key    text NOT NULL UNIQUE,
  action       text NOT NULL,
  actor_id     text NOT NULL,
  actor_role   text NOT NULL,
  basis        text,
  rule_ids     text[] NOT NULL DEFAULT '{}',
  payload      jsonb NOT NULL DEFAULT '{}',
  occurred_at  timestamptz NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_code, seq)
);

CREATE FUNCTION forbid_event_changes() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'project_events is append-only (R24)';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER project_events_append_only BEFORE UPDATE OR DELETE ON project_events
  FOR EACH ROW EXECUTE FUNCTION forbid_event_changes();

-- R14.2 / R19 integrity records: bans, findings, commendations.
CREATE TABLE integrity_records (
  id           text PRIMARY KEY,
  subject_type text NOT NULL,
  subject_id   text NOT NULL,
  kind         text NOT NULL,
  rule_id      text NOT NULL,
  starts_on    date NOT NULL,
  ends_on      date,
  basis        text NOT NULL,
  project_code text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX integrity_records_subject_idx ON integrity_records (subject_id);

-- Down Migration
DROP TABLE integrity_records;
DROP TRIGGER project_events_append_only ON project_events;
DROP FUNCTION forbid_event_changes();
DROP TABLE project_events;
DROP TABLE projects;
DROP SEQUENCE project_code_seq;
DROP TABLE list_entries;
