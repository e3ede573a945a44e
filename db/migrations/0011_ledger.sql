-- Up Migration

-- R11, R12, R13, R21: the funds ledger. Every approval, planned instalment, disbursement, spending report,
-- reclamation demand and repayment receipt is an entry; balances are sums of entries, never a stored total.
-- An entry's key is derived by whoever writes it (`<code>:<phase>:<kind>:<n>` from the workflow, the
-- Idempotency-Key from the API), so a retried step writes nothing twice.
CREATE TABLE ledger_entries (
  id           bigserial PRIMARY KEY,
  entry_key    text NOT NULL UNIQUE,
  project_code text NOT NULL REFERENCES projects(code),
  phase        integer NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('approval', 'approvalAdjustment', 'instalmentPlanned',
                 'disbursement', 'spendingReport', 'reclamationDemand', 'receipt')),
  -- Provincial money in fen; an approval adjustment is negative.
  amount       bigint NOT NULL,
  -- A spending report's self-raised money in fen.
  self_raised  bigint NOT NULL DEFAULT 0,
  instalment   integer,
  -- What allowed the entry: the gate that released an instalment, the finding behind a demand.
  gate         text,
  occurred_on  date NOT NULL,
  due_on       date,
  actor_id     text NOT NULL,
  actor_role   text NOT NULL,
  basis        text NOT NULL,
  rule_ids     text[] NOT NULL DEFAULT '{}',
  details      jsonb NOT NULL DEFAULT '{}',
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'approvalAdjustment' OR amount >= 0)
);
CREATE INDEX ledger_entries_project_idx ON ledger_entries (project_code, id);
CREATE INDEX ledger_entries_open_demands_idx ON ledger_entries (due_on) WHERE kind = 'reclamationDemand';

-- R24: an account is never rewritten; a correction is a new entry.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are append-only (R24): % refused', TG_OP;
END $$;
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();

-- The reclamations recorded before the ledger become its demands, under the key their workflows use.
INSERT INTO ledger_entries (entry_key, project_code, phase, kind, amount, gate, occurred_on, actor_id,
    actor_role, basis, rule_ids, recorded_at)
  SELECT project_code || ':' || phase || ':reclamationDemand:1', project_code, phase, 'reclamationDemand',
    amount, 'termination', (created_at AT TIME ZONE 'Asia/Shanghai')::date, 'system', 'system', reason,
    rule_ids, created_at
  FROM fund_reclamations;
DROP TABLE fund_reclamations;

-- Down Migration
CREATE TABLE fund_reclamations (
  project_code text NOT NULL REFERENCES projects(code),
  phase        integer NOT NULL,
  amount       bigint NOT NULL,
  reason       text NOT NULL,
  rule_ids     text[] NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (project_code, phase)
);
INSERT INTO fund_reclamations (project_code, phase, amount, reason, rule_ids, created_at)
  SELECT project_code, phase, amount, basis, rule_ids, recorded_at FROM ledger_entries
  WHERE kind = 'reclamationDemand' AND actor_id = 'system'
  ON CONFLICT DO NOTHING;
DROP TABLE ledger_entries;
DROP FUNCTION ledger_entries_append_only();
