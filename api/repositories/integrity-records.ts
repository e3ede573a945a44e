// SQL for integrity records (R14.2, R19).
import type { Pool } from 'pg';
import type { IntegrityRecord } from '../../rules';

export const createIntegrityRecordRepository = (pool: Pool) => ({
  async forSubjects(subjectIds: string[]): Promise<IntegrityRecord[]> {
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
  },
});
