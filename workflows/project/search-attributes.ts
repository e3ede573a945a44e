// The search attributes a project keeps current as it moves (stage, next deadline, military order, horse
// race), so managers find it in the Temporal Web UI. Each upsert is a visibility write on the server, so
// only a changed value is written.
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import type { ProjectRun } from './run';

/** The attributes `publishSearchAttributes` keeps current, as this run started with them (unset is null). */
export function searchAttributesAtStart(): readonly unknown[] {
  const given = workflowInfo().typedSearchAttributes;
  const deadline = given.get(sa.nextDeadline);
  return [
    given.get(sa.stage) ?? null,
    deadline ? deadline.toISOString() : null,
    given.get(sa.militaryOrder) ?? null,
    given.get(sa.horseRaceGroup) ?? null,
  ];
}

/** Histories from before `upsertOnlyChanges` upserted at every step, changed or not. */
export function publishSearchAttributes(run: ProjectRun, deadline: string | undefined): void {
  const state = run.state;
  const attributes = [
    state.stage,
    deadline ?? null,
    state.militaryOrder,
    state.horseRaceGroup ?? null,
  ] as const;
  if (run.features.upsertOnlyChanges && attributes.every((value, i) => value === run.upserted?.[i])) return;
  run.upserted = attributes;
  upsertSearchAttributes([
    { key: sa.stage, value: state.stage },
    { key: sa.nextDeadline, value: deadline ? new Date(deadline) : null },
    { key: sa.militaryOrder, value: state.militaryOrder },
    { key: sa.horseRaceGroup, value: state.horseRaceGroup ?? null },
  ]);
}
