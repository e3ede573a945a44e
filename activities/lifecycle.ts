// Activities of the lifecycle beyond plain transitions: eligibility re-checks, the expert draw, integrity
// records and the funds ledger. Every write is keyed by something the workflow derives deterministically.
import type { Pool } from 'pg';
import {
  activeExperts,
  findPanel,
  insertPanelOnce,
  recommendationsFor,
  type StoredPanel,
} from '../db/experts';
import { insertLedgerEntries, type NewLedgerEntry } from '../db/ledger';
import { markClosedOutsideApi, type ClosedOutsideApi } from '../db/projects/closed-outside';
import { entryOfProject } from '../db/projects/reads';
import { findIntegrityRecords, insertIntegrityRecord } from '../db/integrity-records';
import {
  shanghaiDate,
  checkEligibility,
  drawExperts,
  integritySubjects,
  type Application,
  type DrawSubject,
  type IntegrityRecord,
  type ListEntry,
  type PolicyVersion,
  type Violation,
} from '../rules';

export const createLifecycleActivities = (deps: { pool: Pool }) => ({
  /** R4–R6, R14.2, R19 again when the window closes: a ban may have started since submission. */
  async recheckEligibility(args: {
    application: Application;
    entry: ListEntry;
    policy: PolicyVersion;
    asOf: string;
  }): Promise<Violation[]> {
    const application = args.application;
    const records = await findIntegrityRecords(
      deps.pool,
      integritySubjects(application).map((s) => s.id),
    );
    return checkEligibility(application, {
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
  }): Promise<StoredPanel> {
    const stored = await findPanel(deps.pool, args.code, args.phase);
    if (stored) return stored;
    const entry = await entryOfProject(deps.pool, args.code);
    const recommended = entry ? await recommendationsFor(deps.pool, entry.listEntryId) : [];
    const experts = await activeExperts(deps.pool);
    const records = await findIntegrityRecords(
      deps.pool,
      experts.map((expert) => expert.id),
    );
    const draw = drawExperts({
      pool: experts,
      ...(entry && { field: entry.strategicField }),
      recommendedIds: recommended.map((r) => r.expertId),
      subject: args.subject,
      integrityRecords: records,
      asOf: args.asOf,
      seed: args.seed,
      policy: args.policy,
    });
    return insertPanelOnce(deps.pool, args.code, args.phase, {
      seed: draw.seed,
      expertIds: draw.panel.map((expert) => expert.id),
      recommendedIds: draw.panel.filter((e) => e.selectedBy === 'recommendation').map((e) => e.id),
      excluded: draw.excluded,
      enterpriseShareBp: draw.enterpriseShareBp,
      shortfall: draw.shortfall,
    });
  },

  /** R14.1 commendations and R14.2 bans; the id comes from the workflow, so a retry inserts nothing. */
  async recordIntegrityRecord(record: IntegrityRecord & { projectCode: string }): Promise<void> {
    await insertIntegrityRecord(deps.pool, record);
  },

  /** The project's workflow was cancelled in Temporal, not through the API: its record says so. */
  async noteClosedOutsideApi(args: { code: string } & ClosedOutsideApi): Promise<void> {
    const { code, ...closed } = args;
    await markClosedOutsideApi(deps.pool, code, closed);
  },

  /**
   * R13 / termination, as projects that paid at signing ask it: all they were paid is demanded back, as
   * the phase's one reclamation demand in the ledger.
   */
  async recordFundReclamation(reclamation: {
    code: string;
    phase: number;
    amount: number;
    reason: string;
    ruleIds: string[];
  }): Promise<void> {
    await insertLedgerEntries(deps.pool, [
      {
        entryKey: `${reclamation.code}:${reclamation.phase}:reclamationDemand:1`,
        code: reclamation.code,
        phase: reclamation.phase,
        kind: 'reclamationDemand',
        amount: reclamation.amount,
        gate: 'termination',
        occurredOn: shanghaiDate(new Date()),
        actor: { id: 'system', role: 'system' },
        basis: reclamation.reason,
        ruleIds: reclamation.ruleIds,
      },
    ]);
  },

  /** R11, R12, R13, R21: the ledger entries of a step, each once however often the step is retried. */
  async recordLedgerEntries(entries: NewLedgerEntry[]): Promise<void> {
    await insertLedgerEntries(deps.pool, entries);
  },
});
