// The funds ledger (`ledger_entries`): append-only entries keyed by their writer, so a retried step adds
// nothing; balances and portfolio totals are sums over the entries (rules/ledger.ts says which).
import type { Pool } from 'pg';
import {
  ledgerBalances,
  type LedgerAmounts,
  type LedgerBalances,
  type LedgerEntryKind,
} from '../rules/ledger';
import { withTransaction, type Queryable } from './queryable';

export interface NewLedgerEntry {
  entryKey: string;
  code: string;
  phase: number;
  kind: LedgerEntryKind;
  amount: number;
  selfRaised?: number;
  instalment?: number;
  gate?: string;
  /** Asia/Shanghai calendar date. */
  occurredOn: string;
  dueOn?: string;
  actor: { id: string; role: string };
  basis: string;
  ruleIds: string[];
  details?: Record<string, unknown>;
}

export interface LedgerEntry extends Omit<NewLedgerEntry, 'code' | 'actor' | 'details'> {
  selfRaised: number;
  actorId: string;
  actorRole: string;
  details: Record<string, unknown>;
  recordedAt: string;
}

interface EntryRow {
  entry_key: string;
  phase: number;
  kind: LedgerEntryKind;
  amount: string;
  self_raised: string;
  instalment: number | null;
  gate: string | null;
  occurred_on: string;
  due_on: string | null;
  actor_id: string;
  actor_role: string;
  basis: string;
  rule_ids: string[];
  details: Record<string, unknown>;
  recorded_at: Date;
}

const toEntry = (row: EntryRow): LedgerEntry => ({
  entryKey: row.entry_key,
  phase: row.phase,
  kind: row.kind,
  amount: Number(row.amount),
  selfRaised: Number(row.self_raised),
  ...(row.instalment !== null && { instalment: row.instalment }),
  ...(row.gate !== null && { gate: row.gate }),
  occurredOn: row.occurred_on,
  ...(row.due_on !== null && { dueOn: row.due_on }),
  actorId: row.actor_id,
  actorRole: row.actor_role,
  basis: row.basis,
  ruleIds: row.rule_ids,
  details: row.details,
  recordedAt: row.recorded_at.toISOString(),
});

/** Writes each entry once: an entry whose key is already there is left as it is. Answers how many were new. */
export async function insertLedgerEntries(db: Queryable, entries: NewLedgerEntry[]): Promise<number> {
  let written = 0;
  for (const e of entries) {
    const { rowCount } = await db.query(
      `INSERT INTO ledger_entries (entry_key, project_code, phase, kind, amount, self_raised, instalment, gate,
         occurred_on, due_on, actor_id, actor_role, basis, rule_ids, details)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
       ON CONFLICT (entry_key) DO NOTHING`,
      [
        e.entryKey,
        e.code,
        e.phase,
        e.kind,
        e.amount,
        e.selfRaised ?? 0,
        e.instalment ?? null,
        e.gate ?? null,
        e.occurredOn,
        e.dueOn ?? null,
        e.actor.id,
        e.actor.role,
        e.basis,
        e.ruleIds,
        e.details ?? {},
      ],
    );
    written += rowCount ?? 0;
  }
  return written;
}

const ENTRY_COLUMNS = `entry_key, phase, kind, amount, self_raised, instalment, gate, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on,
  to_char(due_on, 'YYYY-MM-DD') AS due_on, actor_id, actor_role, basis, rule_ids, details, recorded_at`;

export async function ledgerEntriesOf(db: Queryable, code: string): Promise<LedgerEntry[]> {
  const { rows } = await db.query<EntryRow>(
    `SELECT ${ENTRY_COLUMNS} FROM ledger_entries WHERE project_code = $1 ORDER BY id`,
    [code],
  );
  return rows.map(toEntry);
}

/**
 * A repayment against the project's reclamation demands, not recorded (`refused`) when it exceeds what
 * is outstanding. The project's row is locked meanwhile, so two receipts at once cannot both pass the check.
 */
export async function recordReceipt(
  pool: Pool,
  entry: Omit<NewLedgerEntry, 'kind' | 'phase'>,
): Promise<{ refused: boolean; outstanding: number }> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT 1 FROM projects WHERE code = $1 FOR UPDATE', [entry.code]);
    const { rows } = await client.query<{ key_taken: boolean; outstanding: string; phase: number | null }>(
      `SELECT EXISTS (SELECT 1 FROM ledger_entries WHERE entry_key = $2) AS key_taken,
         COALESCE(SUM(CASE kind WHEN 'reclamationDemand' THEN amount WHEN 'receipt' THEN -amount END), 0)
           AS outstanding,
         MAX(phase) FILTER (WHERE kind = 'reclamationDemand') AS phase
       FROM ledger_entries WHERE project_code = $1`,
      [entry.code, entry.entryKey],
    );
    const { key_taken: taken, phase } = rows[0]!;
    const outstanding = Number(rows[0]!.outstanding);
    if (taken) return { refused: false, outstanding };
    if (phase === null || entry.amount > outstanding) return { refused: true, outstanding };
    await insertLedgerEntries(client, [{ ...entry, kind: 'receipt', phase }]);
    return { refused: false, outstanding: outstanding - entry.amount };
  });
}

export const LEDGER_GROUPINGS = ['year', 'field', 'county', 'fundingMode'] as const;
export type LedgerGrouping = (typeof LEDGER_GROUPINGS)[number];

const GROUP_SQL: Record<LedgerGrouping, string> = {
  year: 'le.call_list_year::text',
  field: 'p.strategic_field',
  county: 'p.county',
  fundingMode: `COALESCE(p.funding_mode, 'undecided')`,
};

export interface LedgerTotals extends LedgerBalances {
  group: string;
  projects: number;
}

/** Portfolio totals by call-list year, strategic field, county or funding mode (R11). */
export async function ledgerTotals(db: Queryable, by: LedgerGrouping): Promise<LedgerTotals[]> {
  const { rows } = await db.query<{
    grp: string;
    kind: LedgerEntryKind;
    amount: string;
    self_raised: string;
  }>(
    `SELECT ${GROUP_SQL[by]} AS grp, l.kind, SUM(l.amount) AS amount, SUM(l.self_raised) AS self_raised
     FROM ledger_entries l
     JOIN projects p ON p.code = l.project_code
     JOIN list_entries le ON le.id = p.list_entry_id
     GROUP BY 1, 2 ORDER BY 1`,
  );
  const groups = new Map<string, LedgerAmounts[]>();
  for (const row of rows) {
    const amounts = groups.get(row.grp) ?? [];
    amounts.push({ kind: row.kind, amount: Number(row.amount), selfRaised: Number(row.self_raised) });
    groups.set(row.grp, amounts);
  }
  const counts = await db.query<{ grp: string; projects: string }>(
    `SELECT ${GROUP_SQL[by]} AS grp, COUNT(DISTINCT l.project_code) AS projects
     FROM ledger_entries l
     JOIN projects p ON p.code = l.project_code
     JOIN list_entries le ON le.id = p.list_entry_id
     GROUP BY 1`,
  );
  const projects = new Map(counts.rows.map((row) => [row.grp, Number(row.projects)]));
  return [...groups].map(([group, amounts]) => ({
    group,
    projects: projects.get(group) ?? 0,
    ...ledgerBalances(amounts),
  }));
}

export interface OverdueReclamation {
  code: string;
  piId: string;
  title: string;
  dueOn: string;
  outstanding: number;
}

/** Projects whose reclamation demands fell due by `asOf` and are not repaid in full. */
export async function overdueReclamations(db: Queryable, asOf: string): Promise<OverdueReclamation[]> {
  const { rows } = await db.query<{
    code: string;
    pi_id: string;
    title: string;
    due_on: string;
    outstanding: string;
  }>(
    `SELECT p.code, p.pi_id, p.title, to_char(MIN(l.due_on) FILTER (WHERE l.kind = 'reclamationDemand'), 'YYYY-MM-DD') AS due_on,
       SUM(CASE l.kind WHEN 'reclamationDemand' THEN l.amount ELSE -l.amount END) AS outstanding
     FROM ledger_entries l JOIN projects p ON p.code = l.project_code
     WHERE l.kind IN ('reclamationDemand', 'receipt')
     GROUP BY p.code, p.pi_id, p.title
     HAVING SUM(CASE l.kind WHEN 'reclamationDemand' THEN l.amount ELSE -l.amount END) > 0
       AND MIN(l.due_on) FILTER (WHERE l.kind = 'reclamationDemand') <= $1::date
     ORDER BY p.code`,
    [asOf],
  );
  return rows.map((row) => ({
    code: row.code,
    piId: row.pi_id,
    title: row.title,
    dueOn: row.due_on,
    outstanding: Number(row.outstanding),
  }));
}
