-- Up Migration

-- R1/R3: an entry is drafted, demonstrated and only then published. Entries from before were published
-- when created. `revision` grows with every change to a draft, so a demonstration names what it saw.
ALTER TABLE list_entries
  ADD COLUMN status       text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published')),
  ADD COLUMN revision     integer NOT NULL DEFAULT 1,
  ADD COLUMN parent_id    text REFERENCES list_entries(id),
  ADD COLUMN published_at timestamptz,
  ADD COLUMN published_by text;
UPDATE list_entries SET published_at = created_at, published_by = created_by;
ALTER TABLE list_entries ALTER COLUMN status SET DEFAULT 'draft';
CREATE INDEX list_entries_year_idx ON list_entries (call_list_year, status);
CREATE INDEX list_entries_parent_idx ON list_entries (parent_id);

-- R3 demonstrations (论证) of an annual call list, or of some of its entries: the panel, its opinion, the
-- R20 evidence and an optional third-party evaluation. Append-only, like the audit trail.
CREATE TABLE call_list_demonstrations (
  id                     bigserial PRIMARY KEY,
  call_list_year         integer NOT NULL,
  opinion                text NOT NULL CHECK (opinion IN ('pass', 'revise')),
  panel                  jsonb NOT NULL,
  enterprise_share_bp    integer NOT NULL,
  evidence               jsonb NOT NULL,
  revisions_requested    text,
  third_party_evaluation jsonb,
  recorded_by            text NOT NULL,
  recorded_at            timestamptz NOT NULL DEFAULT now()
);

-- The entries a demonstration covered, each at the revision it saw.
CREATE TABLE call_list_demonstration_entries (
  demonstration_id bigint NOT NULL REFERENCES call_list_demonstrations(id),
  entry_id         text NOT NULL REFERENCES list_entries(id),
  revision         integer NOT NULL,
  PRIMARY KEY (demonstration_id, entry_id)
);
CREATE INDEX call_list_demonstration_entries_entry_idx ON call_list_demonstration_entries (entry_id);

CREATE TRIGGER call_list_demonstrations_append_only BEFORE UPDATE OR DELETE ON call_list_demonstrations
  FOR EACH ROW EXECUTE FUNCTION forbid_event_changes();
CREATE TRIGGER call_list_demonstration_entries_append_only BEFORE UPDATE OR DELETE
  ON call_list_demonstration_entries FOR EACH ROW EXECUTE FUNCTION forbid_event_changes();

-- R7: the organisations a key acts for (a project lead's institution); a selective or directed entry is
-- shown to, and applied to by, the invited organisations only.
ALTER TABLE api_keys ADD COLUMN organisations text[] NOT NULL DEFAULT '{}';

-- Down Migration
ALTER TABLE api_keys DROP COLUMN organisations;
DROP TABLE call_list_demonstration_entries;
DROP TABLE call_list_demonstrations;
DROP INDEX list_entries_parent_idx;
DROP INDEX list_entries_year_idx;
ALTER TABLE list_entries
  DROP COLUMN published_by,
  DROP COLUMN published_at,
  DROP COLUMN parent_id,
  DROP COLUMN revision,
  DROP COLUMN status;
