-- Up Migration

-- What the project waits on, and from whom, as of its last recorded transition: staff clients
-- and lists read it from here instead of querying every project's workflow.
ALTER TABLE projects ADD COLUMN pending_actions jsonb NOT NULL DEFAULT '[]'::jsonb;

-- Down Migration
ALTER TABLE projects DROP COLUMN pending_actions;
