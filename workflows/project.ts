// One long-running workflow per project (issue 2 slice: application recorded, findable, terminable).
import {
  condition,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities';
import {
  awaitRecordedUpdate,
  statusQuery,
  terminateSignal,
  type Actor,
  type ProjectOutcome,
  type ProjectStage,
  type ProjectStatus,
  type ProjectWorkflowInput,
  type TerminationRequest,
  type TimelineEntry,
} from '../contract/project';
import { projectSearchAttributes as sa } from '../contract/search-attributes';
import type { RuleId } from '../rules';
import { databaseWrites } from './activity-options';

const { recordTransition } = proxyActivities<Activities>(databaseWrites);

export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectOutcome> {
  let stage: ProjectStage = 'application';
  const timeline: TimelineEntry[] = [];
  let recorded = false;
  let termination: (TerminationRequest & { actor: Actor }) | undefined;

  const status = (): ProjectStatus => ({
    code: input.code,
    stage,
    policyVersion: input.policy.id,
    timeline,
  });

  setHandler(statusQuery, status);
  setHandler(awaitRecordedUpdate, async () => {
    await condition(() => recorded);
    return status();
  });
  setHandler(terminateSignal, (request) => {
    termination ??= request;
  });

  /** Every transition: history, search attributes, read model and audit trail move together. */
  async function transition(
    next: ProjectStage,
    action: string,
    actor: Actor,
    details: { basis?: string; ruleIds?: RuleId[]; at?: string } = {},
  ): Promise<void> {
    stage = next;
    const entry: TimelineEntry = {
      seq: timeline.length + 1,
      stage: next,
      action,
      actor,
      at: details.at ?? new Date().toISOString(),
      basis: details.basis,
      ruleIds: details.ruleIds ?? [],
    };
    timeline.push(entry);
    upsertSearchAttributes([{ key: sa.stage, value: next }]);
    await recordTransition({
      snapshot: {
        code: input.code,
        listEntryId: input.listEntry.id,
        strategicField: input.listEntry.strategicField,
        stage: next,
        policyVersion: input.policy.id,
        application: input.application,
        provincialSubsidy: input.application.budget.provincialSubsidy,
        militaryOrder: false,
        horseRaceGroup: null,
        nextDeadline: null,
        version: entry.seq,
      },
      event: {
        seq: entry.seq,
        action,
        actor,
        basis: entry.basis,
        ruleIds: entry.ruleIds,
        payload: { workflowId: workflowInfo().workflowId },
        occurredAt: entry.at,
      },
    });
  }

  await transition('application', 'submitApplication', input.submittedBy, {
    at: input.submittedAt,
    ruleIds: ['R5', 'R6.1', 'R19'],
  });
  recorded = true;

  await condition(() => termination !== undefined);
  const t = termination!;
  await transition('terminated', 'terminate', t.actor, {
    basis: `${t.reason} — ${t.basis}`,
    ruleIds: ['R15'],
  });
  return { code: input.code, stage };
}
