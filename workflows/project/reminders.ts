// Everyone who owns a deadline hears of it: each reminder is written to the outbox when it falls due, for
// every pending action with a deadline (reminder-plan.ts says which and when). A met, extended or ended
// deadline changes the pending actions, which re-plans at once; the timer of a reminder the change left as
// it was keeps running (one timer per reminder, not per change).
import { CancellationScope, condition, isCancellation, proxyActivities, sleep } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { isOpenStage, type ProjectState } from '../../contract/project-workflow';
import { databaseWrites } from '../activity-options';
import { deadlineKey, nextReminder, type PlannedReminder } from '../reminder-plan';
import { actionName } from '../../contract/action-names';
import { nextDeadline } from '../pending-actions';
import { publishSearchAttributes } from './search-attributes';
import type { ProjectRun } from './run';
import { summarised } from './summaries';

const { enqueueReminder } = proxyActivities<Activities>(databaseWrites);

export type ReminderState = NonNullable<ProjectState['reminders']>;

export async function reminderLoop(run: ProjectRun): Promise<void> {
  const state = run.state;
  const reminders = (state.reminders ??= { sent: [], firstSeen: {} });
  let armed: { reminder: PlannedReminder; scope: CancellationScope; fired: boolean } | undefined;
  while (isOpenStage(state.stage)) {
    const next = planReminder(run, reminders);
    if (armed && (armed.reminder.key !== next?.key || armed.reminder.at !== next.at)) {
      armed.scope.cancel();
      armed = undefined;
    }
    if (next && !armed) {
      const timer = { reminder: next, scope: new CancellationScope(), fired: false };
      timer.scope
        .run(() =>
          run.features.managerView
            ? sleep(Math.max(1, next.at - run.now()), { summary: reminderSummary(next) })
            : sleep(Math.max(1, next.at - run.now())),
        )
        .then(
          () => void (timer.fired = true),
          (err: unknown) => {
            if (!isCancellation(err)) throw err;
          },
        );
      armed = timer;
    }
    const seen = run.changes;
    await condition(() => run.changes !== seen || !isOpenStage(state.stage) || armed?.fired === true);
    // A change re-plans first; a timer that fired for a reminder still due is sent on the next pass.
    if (run.changes !== seen || !armed?.fired) continue;
    await sendReminder(run, reminders, armed.reminder);
    armed = undefined;
  }
}

/** What a reminder's timer is, in the event history: `逾期提醒 overdue notice: 拨付经费（1） pay the instalment (1)`. */
function reminderSummary(next: PlannedReminder): string {
  const kind = {
    before: '到期提醒 reminder',
    overdue: '逾期提醒 overdue notice',
    escalation: '督办 escalation',
  }[next.kind];
  const what = actionName(next.action);
  return `${kind}: ${what['zh-CN']} ${what.en}`;
}

/** The next reminder for the pending actions as they are now; first sightings of deadlines recorded. */
export function planReminder(run: ProjectRun, reminders: ReminderState): PlannedReminder | undefined {
  const actions = run.pendingActions();
  for (const action of actions) if (action.deadline) reminders.firstSeen[deadlineKey(action)] ??= run.now();
  return nextReminder(actions, {
    durations: run.durations,
    programmeOfficerId: run.input.programmeOfficerId,
    firstSeen: reminders.firstSeen,
    sent: new Set(reminders.sent),
  });
}

export async function sendReminder(
  run: ProjectRun,
  reminders: ReminderState,
  next: PlannedReminder,
): Promise<void> {
  await summarised(run, enqueueReminder, `发送提醒 · sends: ${reminderSummary(next)}`, {
    key: next.key,
    kind: next.kind,
    projectCode: run.code,
    projectTitle: run.application.title,
    action: next.action,
    deadline: next.deadline,
    dueAt: run.iso(run.now()),
    recipients: next.recipients,
  });
  // Marked only once written: a continue-as-new in between writes it again, which the outbox ignores.
  reminders.sent.push(next.key);
  // A deadline passing changes no step, so the overdue search attribute is brought up to date here.
  if (run.features.managerView && next.kind === 'overdue')
    publishSearchAttributes(run, nextDeadline(run.pendingActions()));
}

/** Keeps only what still matters across continue-as-new: reminders of deadlines still pending. */
export function prunedReminders(run: ProjectRun): ProjectState['reminders'] {
  const reminders = run.state.reminders;
  if (!reminders) return undefined;
  const live = run
    .pendingActions()
    .filter((action) => action.deadline)
    .map(deadlineKey);
  const keep = (key: string) => live.some((liveKey) => key.startsWith(`${liveKey}:`) || key === liveKey);
  return {
    sent: reminders.sent.filter(keep),
    firstSeen: Object.fromEntries(Object.entries(reminders.firstSeen).filter(([key]) => keep(key))),
  };
}
