// Call-list entries (榜单条目, `list_entries`) as published, with what publication decided about them.
import type { Pool } from 'pg';
import type { ListEntry, SelectionMode, Tier } from '../rules';
import type { Queryable } from './queryable';

export interface StoredListEntry {
  entry: ListEntry;
  examinationRequired: boolean;
  policyVersion: string;
  createdBy: string;
  createdAt: string;
  windowClosesAt: string | null;
  /** The entry runs its own workflow from publication (migration 0007). */
  entryWorkflow: boolean;
}

export interface EntryFilter {
  callListYear?: number;
  strategicField?: string;
  tier?: Tier;
  selectionMode?: SelectionMode;
  /** Whether the application window is open now. */
  status?: 'open' | 'closed';
  limit: number;
  offset: number;
}

interface EntryRow {
  entry: ListEntry;
  examination_required: boolean;
  policy_version: string;
  created_by: string;
  created_at: Date;
  window_closes_at: Date | null;
  entry_workflow: boolean;
}

const ENTRY_COLUMNS =
  'entry, examination_required, policy_version, created_by, created_at, window_closes_at, entry_workflow';

const toStoredEntry = (row: EntryRow): StoredListEntry => ({
  entry: row.entry,
  examinationRequired: row.examination_required,
  policyVersion: row.policy_version,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  windowClosesAt: row.window_closes_at?.toISOString() ?? null,
  entryWorkflow: row.entry_workflow,
});

export const createListEntryRepository = (pool: Pool) => ({
  /** Inserts the entry; false when the id is taken. */
  async insert(
    e: ListEntry,
    meta: {
      examinationRequired: boolean;
      policyVersion: string;
      createdBy: string;
      windowClosesAt: string;
      entryWorkflow: boolean;
    },
    client: Queryable = pool,
  ) {
    const result = await client.query(
      `INSERT INTO list_entries (id, call_list_year, title, tier, strategic_field, selection_mode, joint_funded,
         planned_approvals, examination_required, urgent, proposed_by, application_deadline, policy_version,
         entry, created_by, window_closes_at, entry_workflow)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17)
       ON CONFLICT (id) DO NOTHING`,
      [
        e.id,
        e.callListYear,
        e.title,
        e.tier,
        e.strategicField,
        e.selectionMode,
        e.jointFunded,
        e.plannedApprovals,
        meta.examinationRequired,
        e.urgent,
        e.proposedBy ?? null,
        e.applicationDeadline ?? null,
        meta.policyVersion,
        JSON.stringify(e),
        meta.createdBy,
        meta.windowClosesAt,
        meta.entryWorkflow,
      ],
    );
    return result.rowCount === 1;
  },

  async find(id: string): Promise<StoredListEntry | undefined> {
    const { rows } = await pool.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM list_entries WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toStoredEntry(rows[0]);
  },

  /** R1: entries of the annual lists, newest list first, filtered; `status` by the window as of `now`. */
  async browse(filter: EntryFilter, now: Date): Promise<{ items: StoredListEntry[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.callListYear !== undefined) add((n) => `call_list_year = $${n}`, filter.callListYear);
    if (filter.strategicField) add((n) => `strategic_field = $${n}`, filter.strategicField);
    if (filter.tier) add((n) => `tier = $${n}`, filter.tier);
    if (filter.selectionMode) add((n) => `selection_mode = $${n}`, filter.selectionMode);
    if (filter.status === 'open') add((n) => `window_closes_at > $${n}`, now);
    if (filter.status === 'closed') add((n) => `window_closes_at <= $${n}`, now);
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM list_entries ${clause}`,
      params,
    );
    const { rows } = await pool.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries ${clause}
       ORDER BY call_list_year DESC, created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.limit, filter.offset],
    );
    return { items: rows.map(toStoredEntry), total: total.rows[0]!.n };
  },

  /** The ids of the entries of one annual call list. */
  async idsOfYear(callListYear: number): Promise<string[]> {
    const { rows } = await pool.query<{ id: string }>(
      'SELECT id FROM list_entries WHERE call_list_year = $1',
      [callListYear],
    );
    return rows.map((row) => row.id);
  },
});
