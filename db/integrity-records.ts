// Reads integrity records (R14.2, R19) for a set of subjects; shared by the API's eligibility check and
// the workflow's re-check and expert draw, so both judge by the same rows.
import type { Pool } from 'pg';
import type { IntegrityRecord } from '../rules';

export async function findIntegrityRecords(pool: Pool, subjectIds: string[]): Promise<IntegrityRecord[]> {
  const { rows } = await pool.query(
    `SELECT id, subject_type, subject_id, kind, rule_id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
            to_char(ends_on, 'YYYY-MM-DD') AS ends_on, basis
     FROM integrity_records WHERE subject_id = ANY($1)`,
    [subjectIds],
  );
  return rows.map((r: Record<string, string | null>) => ({
    id: r.id!,
    subjectType: r.subject_type as IntegrityRecord['subjectType'],
    subjectId: r.subject_id!,
    kind: r.kind as IntegrityRecord['kind'],
    ruleId: r.rule_id!,
    startsOn: r.starts_on!,
    ...(r.ends_on ? { endsOn: r.ends_on } : {}),
    basis: r.basis!,
  }));
}

export interface Commendation {
  subjectId: string;
  projectCode: string | null;
  title: string | null;
  strategicField: string | null;
  on: string;
  basis: string;
}

/**
 * R14.1: the commendations earned by military orders met on time with outstanding performance, newest
 * first: the list talent recommendation and science-award nominations draw on.
 */
export async function commendations(pool: Pool, subjectId?: string): Promise<Commendation[]> {
  const { rows } = await pool.query<{
    subject_id: string;
    project_code: string | null;
    title: string | null;
    strategic_field: string | null;
    starts_on: string;
    basis: string;
  }>(
    `SELECT r.subject_id, r.project_code, p.title, p.strategic_field,
            to_char(r.starts_on, 'YYYY-MM-DD') AS starts_on, r.basis
     FROM integrity_records r LEFT JOIN projects p ON p.code = r.project_code
     WHERE r.kind = 'commendation' AND r.rule_id = 'R14.1' AND ($1::text IS NULL OR r.subject_id = $1)
     ORDER BY r.starts_on DESC, r.subject_id`,
    [subjectId ?? null],
  );
  return rows.map((r) => ({
    subjectId: r.subject_id,
    projectCode: r.project_code,
    title: r.title,
    strategicField: r.strategic_field,
    on: r.starts_on,
    basis: r.basis,
  }));
}

/** Inserts a record once: the id is derived by the caller (workflow key or a fresh UUID). */
export async function insertIntegrityRecord(
  pool: Pool,
  record: IntegrityRecord & { projectCode?: string },
): Promise<void> {
  await pool.query(
    `INSERT INTO integrity_records (id, subject_type, subject_id, kind, rule_id, starts_on, ends_on, basis, project_code)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (id) DO NOTHING`,
    [
      record.id,
      record.subjectType,
      record.subjectId,
      record.kind,
      record.ruleId,
      record.startsOn,
      record.endsOn ?? null,
      record.basis,
      record.projectCode ?? null,
    ],
  );
}
