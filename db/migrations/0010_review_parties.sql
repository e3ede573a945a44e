-- Up Migration

-- R9: the strategic fields an expert reviews; the draw takes experts of the entry's field.
ALTER TABLE experts ADD COLUMN specialties text[] NOT NULL DEFAULT '{}';

-- R9 precise recommendation (精准推荐): experts staff name for an entry's review panels, seated beside the
-- random draw when they pass recusal (R18.2) and integrity (R19).
CREATE TABLE expert_recommendations (
  list_entry_id  text NOT NULL REFERENCES list_entries(id),
  expert_id      text NOT NULL REFERENCES experts(id),
  basis          text NOT NULL,
  recommended_by text NOT NULL,
  recommended_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (list_entry_id, expert_id)
);

-- Which of a panel's experts were recommended rather than drawn.
ALTER TABLE review_panels ADD COLUMN recommended_ids text[] NOT NULL DEFAULT '{}';

-- R8: the entry's workflow tells each project at the window's close whether the examination is held, so
-- fewer than the multiple × planned applications go straight to review with no examination step.
ALTER TABLE list_entries ADD COLUMN examination_plan boolean NOT NULL DEFAULT false;

-- Down Migration
ALTER TABLE list_entries DROP COLUMN examination_plan;
ALTER TABLE review_panels DROP COLUMN recommended_ids;
DROP TABLE expert_recommendations;
ALTER TABLE experts DROP COLUMN specialties;
