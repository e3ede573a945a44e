// Which reminder is due next for a project's pending actions. Pure and deterministic: it reads
// the policy's offsets, the pending actions and what was already sent, and runs inside the workflow.
import type { PendingAction, Role } from '../contract/project-workflow';
import type { PolicyDurations } from '../rules';

export type ReminderKind = 'before' | 'overdue' | 'escalation';

export interface PlannedReminder {
  key: string;
  at: number;
  kind: ReminderKind;
  action: string;
  deadline: string;
  /**
   * User ids, or `role:<role>` for whoever holds a role, `role:<role>@<organisation>` for those who hold it
   * for that organisation (expanded when the reminder is written).
   */
  recipients: string[];
}

/** Weekly overdue notices stop after a year; by then the escalation has long reached the supervisor. */
const MAX_OVERDUE_REPEATS = 52;

export interface PlanContext {
  durations: PolicyDurations;
  programmeOfficerId?: string;
  /** When each deadline (by its key) was first seen: reminders already in the past then are skipped. */
  firstSeen: Record<string, number>;
  sent: ReadonlySet<string>;
}

const roleAddress = (role: Role): string => `role:${role}`;

export function deadlineKey(action: PendingAction): string {
  return `${action.action}@${action.deadline}`;
}

/**
 * The reminders a pending action will ever get, in time order, built one at a time: planning runs at
 * every change of a project, and usually needs only the first one or two of a series of over fifty.
 */
function* series(a: PendingAction, ctx: PlanContext): Generator<PlannedReminder> {
  if (!a.deadline) return;
  const deadline = Date.parse(a.deadline);
  const officer = ctx.programmeOfficerId ?? roleAddress('programmeOfficer');
  const owner =
    a.ownerId ??
    (a.ownerRole === 'programmeOfficer'
      ? officer
      : a.ownerOrganisationId
        ? `${roleAddress(a.ownerRole)}@${a.ownerOrganisationId}`
        : roleAddress(a.ownerRole));
  const key = deadlineKey(a);
  const reminder = (suffix: string, at: number, kind: ReminderKind, recipients: string[]) => ({
    action: a.action,
    deadline: a.deadline!,
    key: `${key}:${suffix}`,
    at,
    kind,
    recipients,
  });
  for (const offset of ctx.durations.reminderOffsetsMs)
    yield reminder(`before-${offset}`, deadline - offset, 'before', [owner]);
  // At the deadline: the owner and the programme officer; each week after, escalating to the supervisor.
  yield reminder('overdue-0', deadline, 'overdue', unique([owner, officer]));
  for (let week = 1; week <= MAX_OVERDUE_REPEATS; week++) {
    yield reminder(
      `overdue-${week}`,
      deadline + week * ctx.durations.overdueRepeatMs,
      'escalation',
      unique(week === 1 ? [owner, officer] : [owner, officer, roleAddress('supervisor')]),
    );
  }
}

/** The earliest reminder not yet sent and not already past when its deadline appeared. */
export function nextReminder(
  actions: readonly PendingAction[],
  ctx: PlanContext,
): PlannedReminder | undefined {
  let best: PlannedReminder | undefined;
  for (const a of actions) {
    const seen = ctx.firstSeen[deadlineKey(a)];
    for (const r of series(a, ctx)) {
      if (ctx.sent.has(r.key)) continue;
      // A 30-day notice for a deadline set 10 days out is noise; an overdue notice never is.
      if (seen !== undefined && r.at < seen && r.kind === 'before') continue;
      if (!best || r.at < best.at) best = r;
      break; // reminders of one action are in time order: the first unsent one is its next
    }
  }
  return best;
}

const unique = (xs: string[]): string[] => [...new Set(xs)];
