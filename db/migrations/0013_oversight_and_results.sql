-- Up Migration

-- R18.4: each random spot-check draw as it was made: the population it drew from, the seed and share, and
-- what it drew, so anyone can draw again from the same input and get the same projects.
CREATE SEQUENCE spot_check_draw_seq;
CREATE TABLE spot_check_draws (
  id          text PRIMARY KEY,
  drawn_at    timestamptz NOT NULL,
  drawn_by    text NOT NULL,
  policy_version text NOT NULL,
  seed        text NOT NULL,
  share_bp    integer NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
  check_by    timestamptz NOT NULL,
  -- What the population was limited to: a call-list entry, a strategic field, or nothing ({}).
  scope       jsonb NOT NULL,
  population  text[] NOT NULL,
  drawn       text[] NOT NULL
);
CREATE FUNCTION spot_check_draws_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'spot-check draws are kept as drawn (R18.4, R24): % refused', TG_OP;
END $$;
CREATE TRIGGER spot_check_draws_append_only BEFORE UPDATE OR DELETE ON spot_check_draws
  FOR EACH ROW EXECUTE FUNCTION spot_check_draws_append_only();

-- R21: the science-award candidate pool (科技奖励候选成果库): projects whose major results staff entered,
-- with the decision's evidence (R20). R14.1 commendations are read beside it, from integrity_records.
CREATE TABLE award_candidates (
  project_code  text PRIMARY KEY REFERENCES projects(code),
  major_results text NOT NULL,
  evidence      jsonb NOT NULL,
  entered_by    text NOT NULL,
  entered_at    timestamptz NOT NULL DEFAULT now()
);

-- R18.5: a commissioner reads the projects they oversee.
CREATE INDEX projects_commissioner_idx ON projects (commissioner_id) WHERE commissioner_id IS NOT NULL;

-- R23: the department's post-evaluation ratings are read by PI and organisation at later reviews.
CREATE INDEX project_events_post_evaluation_rating_idx
  ON project_events (project_code) WHERE action = 'postEvaluationRating';

-- Down Migration
DROP INDEX project_events_post_evaluation_rating_idx;
DROP INDEX projects_commissioner_idx;
DROP TABLE award_candidates;
DROP TABLE spot_check_draws;
DROP FUNCTION spot_check_draws_append_only();
DROP SEQUENCE spot_check_draw_seq;
