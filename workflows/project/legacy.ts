// Paths only histories from older code still take; no project started today runs them. They go, in the
// patching-api sample's way, once no running project needs them: first the patch that chooses them is
// deprecated (deprecatePatch), then, when every such project has closed, the code goes.
import { condition, setHandler } from '@temporalio/workflow';
import { applicationWindowClosedSignal, isOpenStage } from '../../contract/project-workflow';
import { planReminder, sendReminder } from './reminders';
import type { ProjectRun } from './run';

/**
 * The reminder loop of `reminders: 'v1'`: one timer per change of the project rather than one per
 * reminder. Projects started before the v2 loop keep it for their whole life.
 */
export async function reminderLoopV1(run: ProjectRun): Promise<void> {
  const state = run.state;
  const reminders = (state.reminders ??= { sent: [], firstSeen: {} });
  while (isOpenStage(state.stage)) {
    const next = planReminder(run, reminders);
    const seen = run.changes;
    const changed = () => run.changes !== seen || !isOpenStage(state.stage);
    if (!next) {
      await condition(changed);
      continue;
    }
    if (await condition(changed, Math.max(1, next.at - run.now()))) continue;
    await sendReminder(run, reminders, next);
  }
}

/**
 * Projects started without `applicationWindow` are told by their entry's workflow when its window closed
 * (the project closes its own window today).
 */
export function onWindowClosedByEntry(run: ProjectRun): void {
  setHandler(applicationWindowClosedSignal, (closed) => {
    if (run.accepts(closed)) run.windowClosed ??= closed;
  });
}
