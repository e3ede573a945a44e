-- Up Migration

-- The papers of a project's steps (application form, recommendation and commitment letters, contract 任务书,
-- military order, progress and final reports, 经费决算表, evaluations, filings), stored once per content:
-- addressed by their SHA-256, so history and the audit trail carry the hash, never the bytes.
CREATE TABLE documents (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type  text NOT NULL,
  size        integer NOT NULL CHECK (size > 0),
  content     bytea NOT NULL,
  stored_at   timestamptz NOT NULL DEFAULT now()
);

-- A document attached to a project as a kind of paper, by whom and when.
CREATE TABLE project_documents (
  project_code text NOT NULL REFERENCES projects(code),
  sha256       text NOT NULL REFERENCES documents(sha256),
  kind         text NOT NULL,
  file_name    text NOT NULL,
  uploaded_by  text NOT NULL,
  uploaded_role text NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_code, sha256, kind)
);

-- R24: every upload and download of a project's papers, by whom and when.
CREATE TABLE document_access_log (
  id           bigserial PRIMARY KEY,
  project_code text NOT NULL REFERENCES projects(code),
  sha256       text NOT NULL,
  action       text NOT NULL CHECK (action IN ('upload', 'download')),
  actor_id     text NOT NULL,
  actor_role   text NOT NULL,
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX document_access_log_project_idx ON document_access_log (project_code, id);

-- Down Migration
DROP TABLE document_access_log;
DROP TABLE project_documents;
DROP TABLE documents;
