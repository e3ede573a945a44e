// The search attributes a project keeps current as it moves (stage, next deadline, military order, horse
// race; with the manager's view also whether anything is overdue, whom it waits on and how it ended), so
// managers find it in the Temporal Web UI. Each upsert is a visibility write on the server, so only a
// changed value is written.
import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { isOpenStage, type ProjectStage } from '../../contract/project-workflow';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import type { ProjectRun } from './run';

/** `open` while the project runs, else how it ended (the UI calls every ending Completed). */
export const outcomeOf = (stage: ProjectStage): string =>
  isOpenStage(stage) ? 'open' : stage === 'closed' ? 'completed' : stage;

/** The attributes `publishSearchAttributes` keeps current, as this run started with them (unset is null). */
export function searchAttributesAtStart(managerView: boolean): readonly unknown[] {
  const given = workflowInfo().typedSearchAttributes;
  const deadline = given.get(sa.nextDeadline);
  const kept = [
    given.get(sa.stage) ?? null,
    deadline ? deadline.toISOString() : null,
    given.get(sa.militaryOrder) ?? null,
    given.get(sa.horseRaceGroup) ?? null,
  ];
  if (!managerView) return kept;
  return [
    ...kept,
    given.get(sa.overdue) ?? null,
    (given.get(sa.waitingOn) ?? []).join('\n'),
    given.get(sa.outcome) ?? null,
  ];
}

/**
 * Upserts what changed. With the manager's view, the next deadline in the application stage is the window's
 * close until an earlier one is owed, so every stage has one.
 */
export function publishSearchAttributes(run: ProjectRun, deadline: string | undefined): void {
  const state = run.state;
  const view = run.features.managerView;
  const closesAt = run.input.applicationWindow?.closesAt;
  const shown =
    view &&
    state.stage === 'application' &&
    closesAt &&
    (!deadline || closesAt < deadline) &&
    closesAt > run.iso(run.now())
      ? closesAt
      : deadline;
  const attributes: unknown[] = [
    state.stage,
    shown ?? null,
    state.militaryOrder,
    state.horseRaceGroup ?? null,
  ];
  const pairs: SearchAttributeUpdatePair[] = [
    { key: sa.stage, value: state.stage },
    { key: sa.nextDeadline, value: shown ? new Date(shown) : null },
    { key: sa.militaryOrder, value: state.militaryOrder },
    { key: sa.horseRaceGroup, value: state.horseRaceGroup ?? null },
  ];
  if (view) {
    const actions = isOpenStage(state.stage) ? run.pendingActions() : [];
    const overdue = actions.some((a) => a.deadline !== undefined && Date.parse(a.deadline) <= run.now());
    const waitingOn = [
      ...new Set(actions.flatMap((a) => (a.ownerId ? [a.ownerRole, a.ownerId] : [a.ownerRole]))),
    ].sort();
    const outcome = outcomeOf(state.stage);
    attributes.push(overdue, waitingOn.join('\n'), outcome);
    pairs.push(
      { key: sa.overdue, value: overdue },
      { key: sa.waitingOn, value: waitingOn },
      { key: sa.outcome, value: outcome },
    );
  }
  if (run.features.upsertOnlyChanges && attributes.every((value, i) => value === run.upserted?.[i])) return;
  run.upserted = attributes;
  upsertSearchAttributes(pairs);
}
