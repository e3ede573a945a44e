// What Temporal itself can still do to a project from outside the API: cancel its workflow. The project
// does not take it silently: the cancellation is a step of its timeline and audit trail, and its record
// says the workflow was closed outside the API (a termination or reset, which no workflow code sees, the
// worker notes from visibility: worker/outside-closures.ts).
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { databaseWrites } from '../activity-options';
import { record } from './recording';
import { SYSTEM, type ProjectRun } from './run';

const { noteClosedOutsideApi } = proxyActivities<Activities>(databaseWrites);

/** Run in a non-cancellable scope: the workflow itself is being cancelled. */
export async function recordCancelledOutsideApi(run: ProjectRun): Promise<void> {
  await record(run, 'cancelledOutsideApi', SYSTEM, {
    basis: 'the workflow was cancelled in Temporal, not through the gongguan API',
  });
  await noteClosedOutsideApi({
    code: run.code,
    kind: 'cancelled',
    at: run.iso(run.now()),
    runId: workflowInfo().runId,
  });
}
