-- Up Migration

-- Whether the entry runs its own workflow from publication. Entries published before this all
-- did; since, only an entry with an R8 examination does: the projects of any other entry close their own
-- application window, and a horse race starts the entry's workflow when its first project joins.
ALTER TABLE list_entries ADD COLUMN entry_workflow boolean NOT NULL DEFAULT true;

-- Down Migration
ALTER TABLE list_entries DROP COLUMN entry_workflow;
