// Fiscal funds to reclaim when a project ends early (R13, termination): written exactly once per project
// phase, however often the workflow's step is retried.
import type { Queryable } from './queryable';

export interface FundReclamation {
  code: string;
  phase: number;
  amount: number;
  reason: string;
  ruleIds: string[];
}

export async function insertFundReclamation(db: Queryable, reclamation: FundReclamation): Promise<void> {
  await db.query(
    `INSERT INTO fund_reclamations (project_code, phase, amount, reason, rule_ids)
     VALUES ($1,$2,$3,$4,$5) ON CONFLICT (project_code, phase) DO NOTHING`,
    [reclamation.code, reclamation.phase, reclamation.amount, reclamation.reason, reclamation.ruleIds],
  );
}
