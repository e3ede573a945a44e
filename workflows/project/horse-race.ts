// R13: an approved horse-race project joins its entry's race, whose stage gate the entry's workflow holds.
import { getExternalWorkflowHandle, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import {
  closedEntryState,
  horseRaceJoinedSignal,
  listEntryWorkflowId,
} from '../../contract/list-entry-workflow';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import { listEntryWorkflow } from '../list-entry';
import { SYSTEM, type ProjectRun } from './run';
import { recordOnSiteInspectionUpdate } from '../../contract/project-workflow';
import { requireRole, requireStage } from '../failures';
import { onAction } from './on-action';
import { record } from './recording';

/**
 * An entry without a workflow (no examination) gets it from the first of its projects to join a horse
 * race, as a child that outlives it (ABANDON); the others find it running and join by signal, as projects
 * of every other entry do.
 */
export async function joinHorseRace(run: ProjectRun): Promise<void> {
  const { input } = run;
  const window = input.applicationWindow;
  const entryWorkflowId = listEntryWorkflowId(input.listEntry.id);
  if (window && !window.entryWorkflow) {
    try {
      await startChild(listEntryWorkflow, {
        workflowId: entryWorkflowId,
        parentClosePolicy: 'ABANDON',
        args: [
          {
            entry: input.listEntry,
            policy: run.policy,
            examinationRequired: run.state.examinationRequired,
            publishedAt: window.opensAt,
            windowClosesAt: window.closesAt,
            publishedBy: { id: input.programmeOfficerId ?? SYSTEM.id, role: 'programmeOfficer' },
            sealedMessages: run.features.sealedMessages,
            resume: { ...closedEntryState(), raceMembers: [run.code] },
          },
        ],
        typedSearchAttributes: [
          { key: sa.listEntry, value: input.listEntry.id },
          { key: sa.strategicField, value: input.listEntry.strategicField },
        ],
      });
      return;
    } catch (err) {
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  await getExternalWorkflowHandle(entryWorkflowId)
    .signal(horseRaceJoinedSignal, { code: run.code })
    .catch(() => undefined);
}

/** R13: the on-site inspection of a horse-race candidate, before its decision. */
export function onRecordOnSiteInspection(run: ProjectRun): void {
  onAction(
    run,
    recordOnSiteInspectionUpdate,
    async (request, answer) => {
      run.state.onSiteInspection = {
        by: request.actor,
        at: run.iso(run.now()),
        inspectedOn: request.inspectedOn,
        comparableLevel: request.comparableLevel,
        findings: request.findings,
      };
      await record(run, 'onSiteInspection', request.actor, {
        basis: request.findings,
        ruleIds: ['R13'],
        payload: {
          inspectedOn: request.inspectedOn,
          inspectors: request.inspectors,
          comparableLevel: request.comparableLevel,
        },
      });
      return answer();
    },
    (request) => {
      requireRole('recordOnSiteInspection', request.actor);
      requireStage('recordOnSiteInspection', run.state.stage, ['review', 'decision']);
    },
  );
}
