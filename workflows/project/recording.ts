// Recording a step: the timeline in history, the search attributes, the read model and the audit trail
// move together. The audit event is keyed <code>:<seq>, so a retried activity never writes twice (R24).
import { proxyActivities, proxyLocalActivities, setCurrentDetails } from '@temporalio/workflow';
import { currentDetails } from './current-details';
import { summarised } from './summaries';
import { clipToBytes } from '../../contract/action-names';
import type { Activities } from '../../activities';
import type { Actor, ProjectStage, TimelineEntry } from '../../contract/project-workflow';
import type { RuleId } from '../../rules';
import { databaseWrites, databaseWritesInTask } from '../activity-options';
import { nextDeadline } from '../pending-actions';
import type { ProjectRun } from './run';
import { publishSearchAttributes } from './search-attributes';

const { recordTransition } = proxyActivities<Activities>(databaseWrites);
const inTask = proxyLocalActivities<Activities>(databaseWritesInTask);

export interface StepDetails {
  next?: ProjectStage;
  basis?: string;
  ruleIds?: RuleId[];
  at?: string;
  payload?: Record<string, unknown>;
  /** Written in this workflow task (a local activity) rather than as an activity task of its own. */
  inTask?: boolean;
}

export async function record(
  run: ProjectRun,
  action: string,
  actor: Actor,
  details: StepDetails = {},
): Promise<void> {
  const state = run.state;
  if (details.next) state.stage = details.next;
  state.seq += 1;
  run.changes += 1;
  const entry: TimelineEntry = {
    seq: state.seq,
    stage: state.stage,
    action,
    actor,
    at: details.at ?? run.iso(run.now()),
    basis: details.basis,
    ruleIds: details.ruleIds ?? [],
  };
  state.timeline.push(entry);
  const waitingOn = run.pendingActions();
  // The Temporal UI's current details: no command, so every project shows them, old ones too.
  setCurrentDetails(currentDetails(state, waitingOn, run.now()));
  const deadline = nextDeadline(waitingOn);
  if (!run.features.upsertAfterRecord) publishSearchAttributes(run, deadline);
  // The application goes with a step only until the read model has it with today's budget: it is most
  // of a step's size, in history and in the activity task.
  const withApplication = run.recordedBudget !== run.budget ? run.budget : undefined;
  const transition = {
    snapshot: {
      code: run.code,
      listEntryId: run.input.listEntry.id,
      strategicField: run.input.listEntry.strategicField,
      stage: state.stage,
      policyVersion: run.policy.id,
      ...(withApplication && { application: { ...run.application, budget: withApplication } }),
      provincialSubsidy: state.provincialSubsidy,
      militaryOrder: state.militaryOrder,
      horseRaceGroup: state.horseRaceGroup ?? null,
      nextDeadline: deadline ?? null,
      pendingActions: waitingOn,
      phase: state.phase,
      fundingMode: state.fundingMode ?? null,
      fundsPaid: state.fundsPaid,
      projectPool: state.projectPool,
      commissionerId: state.commissionerId ?? null,
      version: state.seq,
    },
    event: {
      seq: entry.seq,
      action,
      actor,
      basis: entry.basis,
      ruleIds: entry.ruleIds,
      payload: { phase: state.phase, ...details.payload },
      occurredAt: entry.at,
    },
  };
  const summary = `记录步骤 ${entry.seq} · records step ${entry.seq}: ${action} (${state.stage})`;
  await (details.inTask
    ? inTask.recordTransition.executeWithOptions({ ...databaseWritesInTask, summary: clipToBytes(summary) }, [
        transition,
      ])
    : summarised(run, recordTransition, summary, transition));
  if (withApplication) run.recordedBudget = withApplication;
  // Once the read model has this step, the search attributes show the project as it is by now, so a
  // step recorded meanwhile (the stage change that follows the last milestone check or report, in the
  // same workflow task) rides on the same upsert, and the Web UI never runs ahead of the API.
  if (run.features.upsertAfterRecord) publishSearchAttributes(run, nextDeadline(run.pendingActions()));
}

/** Enters a stage with its own deadline (for pending actions, reminders and escalation). */
export async function enter(
  run: ProjectRun,
  next: ProjectStage,
  action: string,
  actor: Actor,
  details: StepDetails & { deadlineMs?: number } = {},
): Promise<void> {
  run.state.stageDeadline =
    details.deadlineMs === undefined ? undefined : run.iso(run.now() + details.deadlineMs);
  run.state.stageEscalated = false;
  await record(run, action, actor, { ...details, next });
}
