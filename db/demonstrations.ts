// R3 demonstrations of the annual call lists (`call_list_demonstrations` and the entries each covered).
import type { Pool } from 'pg';
import type { DecisionEvidence } from '../contract/evidence';
import type { DemonstrationExpertKind, DemonstrationOpinion, EntryDemonstration } from '../rules';
import type { Queryable } from './queryable';

export interface DemonstrationPanelMember {
  name: string;
  kind: DemonstrationExpertKind;
  organisation: string;
}

export interface ThirdPartyEvaluation {
  organisation: string;
  conclusion: string;
  reportReference?: string | undefined;
}

export interface Demonstration {
  id: number;
  callListYear: number;
  entries: Array<{ id: string; revision: number }>;
  opinion: DemonstrationOpinion;
  panel: DemonstrationPanelMember[];
  /** The enterprise experts' share of the panel (R3 target), in basis points. */
  enterpriseShareBp: number;
  evidence: DecisionEvidence;
  revisionsRequested: string | null;
  thirdPartyEvaluation: ThirdPartyEvaluation | null;
  recordedBy: string;
  recordedAt: string;
}

export type NewDemonstration = Omit<Demonstration, 'id' | 'recordedAt'>;

interface DemonstrationRow {
  id: string;
  call_list_year: number;
  entries: Array<{ id: string; revision: number }>;
  opinion: DemonstrationOpinion;
  panel: DemonstrationPanelMember[];
  enterprise_share_bp: number;
  evidence: DecisionEvidence;
  revisions_requested: string | null;
  third_party_evaluation: ThirdPartyEvaluation | null;
  recorded_by: string;
  recorded_at: Date;
}

const SELECT_DEMONSTRATIONS = `
  SELECT d.*, (SELECT jsonb_agg(jsonb_build_object('id', e.entry_id, 'revision', e.revision) ORDER BY e.entry_id)
               FROM call_list_demonstration_entries e WHERE e.demonstration_id = d.id) AS entries
  FROM call_list_demonstrations d`;

const toDemonstration = (row: DemonstrationRow): Demonstration => ({
  id: Number(row.id),
  callListYear: row.call_list_year,
  entries: row.entries ?? [],
  opinion: row.opinion,
  panel: row.panel,
  enterpriseShareBp: row.enterprise_share_bp,
  evidence: row.evidence,
  revisionsRequested: row.revisions_requested,
  thirdPartyEvaluation: row.third_party_evaluation,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at.toISOString(),
});

export const createDemonstrationRepository = (pool: Pool) => ({
  /** Records a demonstration and the entries it covered, in the caller's transaction. */
  async insert(d: NewDemonstration, db: Queryable): Promise<number> {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO call_list_demonstrations (call_list_year, opinion, panel, enterprise_share_bp, evidence,
         revisions_requested, third_party_evaluation, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
      [
        d.callListYear,
        d.opinion,
        JSON.stringify(d.panel),
        d.enterpriseShareBp,
        JSON.stringify(d.evidence),
        d.revisionsRequested,
        d.thirdPartyEvaluation && JSON.stringify(d.thirdPartyEvaluation),
        d.recordedBy,
      ],
    );
    const id = Number(rows[0]!.id);
    await db.query(
      `INSERT INTO call_list_demonstration_entries (demonstration_id, entry_id, revision)
       SELECT $1, e.id, e.revision FROM jsonb_to_recordset($2) AS e(id text, revision int)`,
      [id, JSON.stringify(d.entries)],
    );
    return id;
  },

  async find(id: number): Promise<Demonstration | undefined> {
    const { rows } = await pool.query<DemonstrationRow>(`${SELECT_DEMONSTRATIONS} WHERE d.id = $1`, [id]);
    return rows[0] && toDemonstration(rows[0]);
  },

  /** What the latest demonstration covering the entry said of it (R3). */
  async latestFor(entryId: string, db: Queryable = pool): Promise<EntryDemonstration | undefined> {
    const { rows } = await db.query<EntryDemonstration>(
      `SELECT d.opinion, e.revision FROM call_list_demonstration_entries e
       JOIN call_list_demonstrations d ON d.id = e.demonstration_id
       WHERE e.entry_id = $1 ORDER BY d.id DESC LIMIT 1`,
      [entryId],
    );
    return rows[0];
  },

  /** The demonstrations of one annual list, oldest first. */
  async ofYear(callListYear: number): Promise<Demonstration[]> {
    const { rows } = await pool.query<DemonstrationRow>(
      `${SELECT_DEMONSTRATIONS} WHERE d.call_list_year = $1 ORDER BY d.id`,
      [callListYear],
    );
    return rows.map(toDemonstration);
  },
});
