// Activities of the lifecycle beyond plain transitions: eligibility re-checks, the expert draw, integrity
// records and fund reclamation. Every write is keyed by something the workflow derives deterministically.
import type { Pool } from 'pg';
import { findIntegrityRecords, insertIntegrityRecord } from '../db/integrity-records';
import {
  checkEligibility,
  drawExperts,
  type Application,
  type DrawSubject,
  type Expert,
  type IntegrityRecord,
  type ListEntry,
  type PolicyVersion,
  type Violation,
} from '../rules';

export interface PanelDraw {
  seed: string;
  expertIds: string[];
  enterpriseShareBp: number;
  shortfall: number;
}

export const createLifecycleActivities = (deps: { pool: Pool }) => ({
  /** R4–R6, R14.2, R19 again when the window closes: a ban may have started since submission. */
  async recheckEligibility(args: {
    application: Application;
    entry: ListEntry;
    policy: PolicyVersion;
    asOf: string;
  }): Promise<Violation[]> {
    const a = args.application;
    const records = await findIntegrityRecords(deps.pool, [
      a.team.principalInvestigator.id,
      a.leadOrganisation.id,
    ]);
    return checkEligibility(a, {
      entry: args.entry,
      policy: args.policy,
      integrityRecords: records,
      asOf: args.asOf,
    });
  },

  /**
   * R9 / R18.2 / R19: draws the review panel once per project phase. A retry returns the stored draw, so
   * the panel never changes under the experts' feet.
   */
  async drawReviewPanel(args: {
    code: string;
    phase: number;
    seed: string;
    subject: DrawSubject;
    policy: PolicyVersion;
    asOf: string;
  }): Promise<PanelDraw> {
    const stored = await deps.pool.query(
      'SELECT seed, expert_ids, enterprise_share_bp, shortfall FROM review_panels WHERE project_code = $1 AND phase = $2',
      [args.code, args.phase],
    );
    if (stored.rows[0]) return fromRow(stored.rows[0] as PanelRow);

    const { rows } = await deps.pool.query(
      'SELECT id, name, organisation_id, from_enterprise, declared_conflicts FROM experts WHERE active',
    );
    const pool: Expert[] = rows.map((r: Record<string, unknown>) => ({
      id: r.id as string,
      name: r.name as string,
      organisationId: r.organisation_id as string,
      fromEnterprise: r.from_enterprise as boolean,
      declaredConflicts: r.declared_conflicts as string[],
    }));
    const records = await findIntegrityRecords(
      deps.pool,
      pool.map((e) => e.id),
    );
    const draw = drawExperts({
      pool,
      recommendedIds: [],
      subject: args.subject,
      integrityRecords: records,
      asOf: args.asOf,
      seed: args.seed,
      policy: args.policy,
    });
    const inserted = await deps.pool.query(
      `INSERT INTO review_panels (project_code, phase, seed, expert_ids, excluded, enterprise_share_bp, shortfall)
       VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (project_code, phase) DO NOTHING
       RETURNING seed, expert_ids, enterprise_share_bp, shortfall`,
      [
        args.code,
        args.phase,
        draw.seed,
        draw.panel.map((e) => e.id),
        JSON.stringify(draw.excluded),
        draw.enterpriseShareBp,
        draw.shortfall,
      ],
    );
    if (inserted.rows[0]) return fromRow(inserted.rows[0] as PanelRow);
    const again = await deps.pool.query(
      'SELECT seed, expert_ids, enterprise_share_bp, shortfall FROM review_panels WHERE project_code = $1 AND phase = $2',
      [args.code, args.phase],
    );
    return fromRow(again.rows[0] as PanelRow);
  },

  /** R14.1 commendations and R14.2 bans; the id comes from the workflow, so a retry inserts nothing. */
  async recordIntegrityRecord(record: IntegrityRecord & { projectCode: string }): Promise<void> {
    await insertIntegrityRecord(deps.pool, record);
  },

  /** R13 / termination: the fiscal funds to reclaim, once per project phase. */
  async recordFundReclamation(args: {
    code: string;
    phase: number;
    amount: number;
    reason: string;
    ruleIds: string[];
  }) {
    await deps.pool.query(
      `INSERT INTO fund_reclamations (project_code, phase, amount, reason, rule_ids)
       VALUES ($1,$2,$3,$4,$5) ON CONFLICT (project_code, phase) DO NOTHING`,
      [args.code, args.phase, args.amount, args.reason, args.ruleIds],
    );
  },
});

interface PanelRow {
  seed: string;
  expert_ids: string[];
  enterprise_share_bp: number;
  shortfall: number;
}

const fromRow = (r: PanelRow): PanelDraw => ({
  seed: r.seed,
  expertIds: r.expert_ids,
  enterpriseShareBp: r.enterprise_share_bp,
  shortfall: r.shortfall,
});
