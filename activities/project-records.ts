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
  /**
   * The application with its budget after review (R12). Absent (issue 7): unchanged since a snapshot with
   * it was recorded, so the ~1 KB does not go into history with every step.
   */
  application?: Application;
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

/** The columns every transition may change, in the order of their parameters ($2…). */
const CHANGING_COLUMNS = [
  'stage',
  'provincial_subsidy',
  'military_order',
  'horse_race_group',
  'next_deadline',
  'version',
  'phase',
  'funding_mode',
  'funds_paid',
  'project_pool',
  'commissioner_id',
  'pending_actions',
] as const;
/** The columns that come from the application, in the order of their parameters (after the event's). */
const APPLICATION_COLUMNS = [
  'list_entry_id',
  'title',
  'strategic_field',
  'lead_organisation_id',
  'lead_organisation_name',
  'lead_organisation_type',
  'county',
  'mountain_or_island',
  'pi_id',
  'pi_name',
  'policy_version',
  'total_investment',
  'application',
] as const;
const changing = (from: number) => CHANGING_COLUMNS.map((c, i) => ({ column: c, param: `$${from + i}` }));
const params = (from: number, n: number) => Array.from({ length: n }, (_, i) => `$${from + i}`).join(',');

const CHANGED = changing(2);
const EVENT_FROM = 2 + CHANGING_COLUMNS.length;
const APPLICATION_FROM = EVENT_FROM + 11;
const VERSION = CHANGED.find((c) => c.column === 'version')!.param;

/** The event row and the change notice, shared by both statements below. */
const EVENT_AND_NOTICE = `event AS (
    INSERT INTO project_events (project_code, seq, event_key, action, actor_id, actor_role, basis,
      rule_ids, payload, occurred_at)
    VALUES ($1,${params(EVENT_FROM, 9)})
    ON CONFLICT (event_key) DO NOTHING
  )
  -- Delivered at commit: wakes API requests long-polling this project (api/project-changes.ts).
  SELECT pg_notify($${EVENT_FROM + 9}, $${EVENT_FROM + 10})`;

/** A snapshot with the application: the project's first row, or its budget after an R12 cut. */
const WITH_APPLICATION = `WITH project AS (
    INSERT INTO projects (code, ${CHANGING_COLUMNS.join(', ')}, ${APPLICATION_COLUMNS.join(', ')})
    VALUES ($1,${params(2, CHANGING_COLUMNS.length)},${params(APPLICATION_FROM, APPLICATION_COLUMNS.length)})
    ON CONFLICT (code) DO UPDATE SET
      ${CHANGED.map((c) => `${c.column} = EXCLUDED.${c.column}`).join(', ')},
      application = EXCLUDED.application, updated_at = now()
    WHERE projects.version < EXCLUDED.version
  ), ${EVENT_AND_NOTICE}`;

/**
 * A snapshot without it: the row is there. Were it not (a step recorded while the project's first is
 * still retrying), the event's foreign key fails the activity, which retries until it is.
 */
const WITHOUT_APPLICATION = `WITH project AS (
    UPDATE projects SET ${CHANGED.map((c) => `${c.column} = ${c.param}`).join(', ')}, updated_at = now()
    WHERE code = $1 AND version < ${VERSION}
  ), ${EVENT_AND_NOTICE}`;

export const createProjectRecordActivities = (deps: { pool: Pool }) => ({
  /**
   * The new state of the read model, the event that led to it and the change notice, in one statement
   * and so one transaction and one round trip: it runs at every transition of every project.
   */
  async recordTransition({ snapshot: s, event: e }: Transition): Promise<void> {
    const app = s.application;
    const changed = [
      s.stage,
      s.provincialSubsidy,
      s.militaryOrder,
      s.horseRaceGroup,
      s.nextDeadline,
      s.version,
      s.phase,
      s.fundingMode,
      s.fundsPaid,
      s.projectPool,
      s.commissionerId,
      JSON.stringify(s.pendingActions ?? []),
    ];
    const event = [
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
    ];
    if (!app) {
      await deps.pool.query(WITHOUT_APPLICATION, [s.code, ...changed, ...event]);
      return;
    }
    await deps.pool.query(WITH_APPLICATION, [
      s.code,
      ...changed,
      ...event,
      s.listEntryId,
      app.title,
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
      JSON.stringify(app),
    ]);
  },
});
