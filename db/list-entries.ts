// Call-list entries (榜单条目, `list_entries`): drafted, revised and demonstrated (R3), then published with
// what publication decided about them.
import type { Pool } from 'pg';
import { ListEntry, type SelectionMode, type Tier } from '../rules';
import type { Queryable } from './queryable';

export type EntryStatus = 'draft' | 'published';

export interface StoredListEntry {
  entry: ListEntry;
  status: EntryStatus;
  /** Grows with every revision of the draft; a demonstration names the revision it saw (R3). */
  revision: number;
  examinationRequired: boolean;
  policyVersion: string;
  createdBy: string;
  createdAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
  windowClosesAt: string | null;
  /** The entry runs its own workflow from publication (migration 0007). */
  entryWorkflow: boolean;
  /** R8: that workflow tells each project at the window's close whether the examination is held. */
  examinationPlan: boolean;
}

export interface EntryFilter {
  callListYear?: number;
  strategicField?: string;
  tier?: Tier;
  selectionMode?: SelectionMode;
  /** A draft, or a published entry whose application window is open or closed now. */
  status?: 'draft' | 'open' | 'closed';
  parentId?: string;
  /** R7: only published entries these organisations may see; absent, every entry. */
  visibleTo?: readonly string[];
  limit: number;
  offset: number;
}

export interface Publication {
  examinationRequired: boolean;
  policyVersion: string;
  publishedBy: string;
  publishedAt: string;
  windowClosesAt: string;
  entryWorkflow: boolean;
  examinationPlan: boolean;
}

interface EntryRow {
  entry: unknown;
  status: EntryStatus;
  revision: number;
  examination_required: boolean;
  policy_version: string;
  created_by: string;
  created_at: Date;
  published_by: string | null;
  published_at: Date | null;
  window_closes_at: Date | null;
  entry_workflow: boolean;
  examination_plan: boolean;
}

const ENTRY_COLUMNS = `entry, status, revision, examination_required, policy_version, created_by, created_at,
  published_by, published_at, window_closes_at, entry_workflow, examination_plan`;

const toStoredEntry = (row: EntryRow): StoredListEntry => ({
  // Parsed, so an entry stored before a field existed reads with that field's default.
  entry: ListEntry.parse(row.entry),
  status: row.status,
  revision: row.revision,
  examinationRequired: row.examination_required,
  policyVersion: row.policy_version,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
  publishedBy: row.published_by,
  publishedAt: row.published_at?.toISOString() ?? null,
  windowClosesAt: row.window_closes_at?.toISOString() ?? null,
  entryWorkflow: row.entry_workflow,
  examinationPlan: row.examination_plan,
});

/** The columns an entry's own fields fill, in the order of ENTRY_FIELD_COLUMNS. */
const ENTRY_FIELD_COLUMNS = `call_list_year, title, tier, parent_id, strategic_field, selection_mode, joint_funded,
  planned_approvals, urgent, proposed_by, application_deadline, entry`;
const entryFields = (e: ListEntry) => [
  e.callListYear,
  e.title,
  e.tier,
  e.parentId ?? null,
  e.strategicField,
  e.selectionMode,
  e.jointFunded,
  e.plannedApprovals,
  e.urgent,
  e.proposers.map((p) => p.name).join('; ') || e.proposedBy || null,
  e.applicationDeadline ?? null,
  JSON.stringify(e),
];

export const createListEntryRepository = (pool: Pool) => ({
  /** Inserts the entry as a draft; false when the id is taken. */
  async insertDraft(
    e: ListEntry,
    meta: { examinationRequired: boolean; policyVersion: string; createdBy: string },
    client: Queryable = pool,
  ) {
    const result = await client.query(
      `INSERT INTO list_entries (id, ${ENTRY_FIELD_COLUMNS}, examination_required, policy_version, created_by,
         status, entry_workflow)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,'draft',false)
       ON CONFLICT (id) DO NOTHING`,
      [e.id, ...entryFields(e), meta.examinationRequired, meta.policyVersion, meta.createdBy],
    );
    return result.rowCount === 1;
  },

  /** Replaces a draft with its revision; false when there is no such draft (absent or published). */
  async reviseDraft(e: ListEntry, examinationRequired: boolean): Promise<boolean> {
    const result = await pool.query(
      `UPDATE list_entries SET (${ENTRY_FIELD_COLUMNS}) = ($2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13),
         examination_required = $14, revision = revision + 1
       WHERE id = $1 AND status = 'draft'`,
      [e.id, ...entryFields(e), examinationRequired],
    );
    return result.rowCount === 1;
  },

  /**
   * Publishes the draft as it stood at `revision`; false when it is no longer that draft (published
   * meanwhile, or revised after the caller read it).
   */
  async publish(id: string, revision: number, p: Publication, client: Queryable = pool): Promise<boolean> {
    const result = await client.query(
      `UPDATE list_entries SET status = 'published', examination_required = $3, policy_version = $4,
         published_by = $5, published_at = $6, window_closes_at = $7, entry_workflow = $8, examination_plan = $9
       WHERE id = $1 AND status = 'draft' AND revision = $2`,
      [
        id,
        revision,
        p.examinationRequired,
        p.policyVersion,
        p.publishedBy,
        p.publishedAt,
        p.windowClosesAt,
        p.entryWorkflow,
        p.examinationPlan,
      ],
    );
    return result.rowCount === 1;
  },

  async find(id: string, client: Queryable = pool): Promise<StoredListEntry | undefined> {
    const { rows } = await client.query<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM list_entries WHERE id = $1`, [
      id,
    ]);
    return rows[0] && toStoredEntry(rows[0]);
  },

  /** The entries named, locked against revision until the caller's transaction ends (demonstration, publication). */
  async lockEntries(ids: readonly string[], client: Queryable): Promise<StoredListEntry[]> {
    const { rows } = await client.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries WHERE id = ANY($1) ORDER BY id FOR SHARE`,
      [ids],
    );
    return rows.map(toStoredEntry);
  },

  /** The drafts of one annual list. */
  async draftIdsOfYear(callListYear: number, client: Queryable = pool): Promise<string[]> {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM list_entries WHERE call_list_year = $1 AND status = 'draft' ORDER BY id`,
      [callListYear],
    );
    return rows.map((row) => row.id);
  },

  /**
   * R1: entries of the annual lists, newest list first, filtered; `status` by the window as of `now`;
   * `visibleTo` leaves out drafts and the commissions (R7) that invited none of those organisations.
   */
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
    if (filter.parentId) add((n) => `parent_id = $${n}`, filter.parentId);
    if (filter.status === 'draft') where.push(`status = 'draft'`);
    if (filter.status === 'open') add((n) => `status = 'published' AND window_closes_at > $${n}`, now);
    if (filter.status === 'closed') add((n) => `status = 'published' AND window_closes_at <= $${n}`, now);
    if (filter.visibleTo) {
      add(
        (n) => `status = 'published' AND (selection_mode = 'openCompetition' OR EXISTS (
          SELECT 1 FROM jsonb_array_elements(coalesce(entry->'invitedOrganisations', '[]')) AS invited
          WHERE invited->>'id' = ANY($${n})))`,
        filter.visibleTo,
      );
    }
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

  /** Every entry of one annual call list, in tier order (programmes first), for the list as a whole. */
  async ofYear(callListYear: number): Promise<StoredListEntry[]> {
    const { rows } = await pool.query<EntryRow>(
      `SELECT ${ENTRY_COLUMNS} FROM list_entries WHERE call_list_year = $1
       ORDER BY array_position(ARRAY['programme','topic','project'], tier), id`,
      [callListYear],
    );
    return rows.map(toStoredEntry);
  },
});
