// The one write of the project read model (`projects`) and its append-only audit trail (`project_events`,
// R24). Idempotent: the event key comes from the workflow, and the row only moves forward in version.
import type { Actor, PendingAction, ProjectStage } from '../../contract/project';
import { PROJECT_CHANGED_CHANNEL } from '../channels';
import type { Queryable } from '../queryable';
import type { Application } from '../../rules';

export interface ProjectSnapshot {
  code: string;
  listEntryId: string;
  strategicField: string;
  stage: ProjectStage;
  policyVersion: string;
  /**
   * The application with its budget after review (R12). Absent: unchanged since a snapshot with
   * it was recorded, so the ~1 KB does not go into history with every step.
   */
  application?: Application;
  provincialSubsidy: number;
  militaryOrder: boolean;
  horseRaceGroup: string | null;
  nextDeadline: string | null;
  /** Absent in snapshots from older workers (a retried activity of an older history). */
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

/** A column of a statement below and where its value comes from; the parameters follow the tables' order. */
type Column = readonly [name: string, value: (t: Transition) => unknown];

/** What every transition may change ($2…; $1 is the project's code). */
const CHANGING: readonly Column[] = [
  ['stage', ({ snapshot: s }) => s.stage],
  ['provincial_subsidy', ({ snapshot: s }) => s.provincialSubsidy],
  ['military_order', ({ snapshot: s }) => s.militaryOrder],
  ['horse_race_group', ({ snapshot: s }) => s.horseRaceGroup],
  ['next_deadline', ({ snapshot: s }) => s.nextDeadline],
  ['version', ({ snapshot: s }) => s.version],
  ['phase', ({ snapshot: s }) => s.phase],
  ['funding_mode', ({ snapshot: s }) => s.fundingMode],
  ['funds_paid', ({ snapshot: s }) => s.fundsPaid],
  ['project_pool', ({ snapshot: s }) => s.projectPool],
  ['commissioner_id', ({ snapshot: s }) => s.commissionerId],
  ['pending_actions', ({ snapshot: s }) => JSON.stringify(s.pendingActions ?? [])],
];
/** The audit-trail row (R24), then the change notice's channel and payload. */
const EVENT: readonly Column[] = [
  ['seq', ({ event: e }) => e.seq],
  ['event_key', ({ snapshot: s, event: e }) => eventKey(s.code, e.seq)],
  ['action', ({ event: e }) => e.action],
  ['actor_id', ({ event: e }) => e.actor.id],
  ['actor_role', ({ event: e }) => e.actor.role],
  ['basis', ({ event: e }) => e.basis ?? null],
  ['rule_ids', ({ event: e }) => e.ruleIds],
  ['payload', ({ event: e }) => JSON.stringify(e.payload ?? {})],
  ['occurred_at', ({ event: e }) => e.occurredAt],
];
const NOTICE: readonly Column[] = [
  ['channel', () => PROJECT_CHANGED_CHANNEL],
  ['payload', ({ snapshot: s }) => `${s.code}:${s.version}`],
];
/** What comes from the application: only in a snapshot that carries it. */
const FROM_APPLICATION: readonly Column[] = [
  ['list_entry_id', ({ snapshot: s }) => s.listEntryId],
  ['title', ({ snapshot: s }) => s.application!.title],
  ['strategic_field', ({ snapshot: s }) => s.strategicField],
  ['lead_organisation_id', ({ snapshot: s }) => s.application!.leadOrganisation.id],
  ['lead_organisation_name', ({ snapshot: s }) => s.application!.leadOrganisation.name],
  ['lead_organisation_type', ({ snapshot: s }) => s.application!.leadOrganisation.type],
  ['county', ({ snapshot: s }) => s.application!.leadOrganisation.region.county],
  ['mountain_or_island', ({ snapshot: s }) => s.application!.leadOrganisation.region.mountainOrIslandCounty],
  ['pi_id', ({ snapshot: s }) => s.application!.team.principalInvestigator.id],
  ['pi_name', ({ snapshot: s }) => s.application!.team.principalInvestigator.name],
  ['policy_version', ({ snapshot: s }) => s.policyVersion],
  ['total_investment', ({ snapshot: s }) => s.application!.budget.totalInvestment],
  ['application', ({ snapshot: s }) => JSON.stringify(s.application)],
];

/** The parameters ($n) of a table that starts after `before` parameters. */
const params = (table: readonly Column[], before: number) => table.map((_, i) => `$${before + i + 1}`);
const names = (table: readonly Column[]) => table.map(([name]) => name);
const changing = params(CHANGING, 1);
const event = params(EVENT, 1 + CHANGING.length);
const notice = params(NOTICE, 1 + CHANGING.length + EVENT.length);
const fromApplication = params(FROM_APPLICATION, 1 + CHANGING.length + EVENT.length + NOTICE.length);
const version = changing[names(CHANGING).indexOf('version')];

/** The event row and the change notice, shared by both statements below. */
const EVENT_AND_NOTICE = `event AS (
    INSERT INTO project_events (project_code, ${names(EVENT).join(', ')})
    VALUES ($1, ${event.join(', ')})
    ON CONFLICT (event_key) DO NOTHING
  )
  -- Delivered at commit: wakes API requests long-polling this project (api/project-changes.ts).
  SELECT pg_notify(${notice.join(', ')})`;

/**
 * A snapshot with the application: the project's first row, its budget after an R12 cut, or the team after
 * an approved change (a new PI sees the project, the former one no longer does).
 */
const WITH_APPLICATION = `WITH project AS (
    INSERT INTO projects (code, ${[...names(CHANGING), ...names(FROM_APPLICATION)].join(', ')})
    VALUES ($1, ${[...changing, ...fromApplication].join(', ')})
    ON CONFLICT (code) DO UPDATE SET
      ${names(CHANGING)
        .map((c) => `${c} = EXCLUDED.${c}`)
        .join(', ')},
      application = EXCLUDED.application, pi_id = EXCLUDED.pi_id, pi_name = EXCLUDED.pi_name,
      updated_at = now()
    WHERE projects.version < EXCLUDED.version
  ), ${EVENT_AND_NOTICE}`;

/**
 * A snapshot without it: the row is there. Were it not (a step recorded while the project's first is
 * still retrying), the event's foreign key fails the activity, which retries until it is.
 */
const WITHOUT_APPLICATION = `WITH project AS (
    UPDATE projects SET ${names(CHANGING)
      .map((c, i) => `${c} = ${changing[i]}`)
      .join(', ')}, updated_at = now()
    WHERE code = $1 AND version < ${version}
  ), ${EVENT_AND_NOTICE}`;

/**
 * The new state of the read model, the event that led to it and the change notice, in one statement and
 * so one transaction and one round trip: it runs at every transition of every project.
 */
export async function recordTransition(db: Queryable, t: Transition): Promise<void> {
  const values = (table: readonly Column[]) => table.map(([, value]) => value(t));
  const shared = [t.snapshot.code, ...values(CHANGING), ...values(EVENT), ...values(NOTICE)];
  if (t.snapshot.application) await db.query(WITH_APPLICATION, [...shared, ...values(FROM_APPLICATION)]);
  else await db.query(WITHOUT_APPLICATION, shared);
}
