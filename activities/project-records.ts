// Activities that write a project's read model and its append-only audit trail (R24). Each write is
// idempotent: the event key comes from the workflow, and the row update only moves forward in version.
import type { Pool } from 'pg';
import type { Actor, PendingAction, ProjectStage } from '../contract/project';
import { PROJECT_CHANGED_CHANNEL } from '../db/channels';
import type { Application } from '../rules';

export interface ProjectSnapshot {
  code: string;
  listEntryId: string;
  strategicField: string;
  stage: ProjectStage;
  policyVersion: string;
  application: Application;
  provincialSubsidy: number;
  militaryOrder: boolean;
  horseRaceGroup: string | null;
  nextDeadline: string | null;
  /** Absent in snapshots from before issue 7 (a retried activity of an older history). */
  pendingActions?: PendingAction[];
  phase: number;
  fundingMode: string | null;
  fundsPaid: number;
  projectPool: boolean;
  commissionerId: string | null;
  /** The workflow's event sequence number at this state. */
  version: number;
}

export interface ProjectEvent {
  seq: number;
  action: string;
  actor: Actor;
  basis?: string;
  ruleIds: string[];
  payload?: Record<string, unknown>;
  occurredAt: string;
}

export interface Transition {
  snapshot: ProjectSnapshot;
  event: ProjectEvent;
}

export const eventKey = (code: string, seq: number): string => `${code}:${seq}`;

export const createProjectRecordActivities = (deps: { pool: Pool }) => ({
  /**
   * The new state of the read model, the event that led to it and the change notice, in one statement
   * and so one transaction and one round trip: it runs at every transition of every project.
   */
  async recordTransition({ snapshot: s, event: e }: Transition): Promise<void> {
    const app = s.application;
    await deps.pool.query(
      `WITH project AS (
         INSERT INTO projects (code, list_entry_id, title, stage, strategic_field, lead_organisation_id,
           lead_organisation_name, lead_organisation_type, county, mountain_or_island, pi_id, pi_name,
           policy_version, total_investment, provincial_subsidy, military_order, horse_race_group,
           next_deadline, application, version, phase, funding_mode, funds_paid, project_pool, commissioner_id,
           pending_actions)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26)
         ON CONFLICT (code) DO UPDATE SET
           stage = EXCLUDED.stage, provincial_subsidy = EXCLUDED.provincial_subsidy,
           military_order = EXCLUDED.military_order, horse_race_group = EXCLUDED.horse_race_group,
           next_deadline = EXCLUDED.next_deadline, application = EXCLUDED.application,
           version = EXCLUDED.version, phase = EXCLUDED.phase, funding_mode = EXCLUDED.funding_mode,
           funds_paid = EXCLUDED.funds_paid, project_pool = EXCLUDED.project_pool,
           commissioner_id = EXCLUDED.commissioner_id, pending_actions = EXCLUDED.pending_actions,
           updated_at = now()
         WHERE projects.version < EXCLUDED.version
       ), event AS (
         INSERT INTO project_events (project_code, seq, event_key, action, actor_id, actor_role, basis,
           rule_ids, payload, occurred_at)
         VALUES ($1,$27,$28,$29,$30,$31,$32,$33,$34,$35)
         ON CONFLICT (event_key) DO NOTHING
       )
       -- Delivered at commit: wakes API requests long-polling this project (api/project-changes.ts).
       SELECT pg_notify($36, $37)`,
      [
        s.code,
        s.listEntryId,
        app.title,
        s.stage,
        s.strategicField,
        app.leadOrganisation.id,
        app.leadOrganisation.name,
        app.leadOrganisation.type,
        app.leadOrganisation.region.county,
        app.leadOrganisation.region.mountainOrIslandCounty,
        app.team.principalInvestigator.id,
        app.team.principalInvestigator.name,
        s.policyVersion,
        app.budget.totalInvestment,
        s.provincialSubsidy,
        s.militaryOrder,
        s.horseRaceGroup,
        s.nextDeadline,
        JSON.stringify(app),
        s.version,
        s.phase,
        s.fundingMode,
        s.fundsPaid,
        s.projectPool,
        s.commissionerId,
        JSON.stringify(s.pendingActions ?? []),
        e.seq,
        eventKey(s.code, e.seq),
        e.action,
        e.actor.id,
        e.actor.role,
        e.basis ?? null,
        e.ruleIds,
        JSON.stringify(e.payload ?? {}),
        e.occurredAt,
        PROJECT_CHANGED_CHANNEL,
        `${s.code}:${s.version}`,
      ],
    );
  },
});
