// Finds the project workflows Temporal closed without the API (the Web UI's or the CLI's Terminate, Reset
// or Cancel) and notes it on each project's record (db/projects/closed-outside.ts). Runs in the worker
// process beside the Temporal worker, checking the runs closed since its last look.
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import { PROJECT_WORKFLOW_TYPE } from '../contract/project';
import { markClosedOutsideApi, type ClosedOutsideApi } from '../db/projects/closed-outside';

const PROJECT_ID = /^project:(.+)$/;

export interface OutsideClosureCheck {
  client: Client;
  pool: Pool;
  taskQueue: string;
  log?: (line: string) => void;
}

/** One look at the runs closed since `since`; returns the projects newly noted. */
export async function noteOutsideClosures(check: OutsideClosureCheck, since: Date): Promise<string[]> {
  const query =
    `WorkflowType = '${PROJECT_WORKFLOW_TYPE}' AND TaskQueue = '${check.taskQueue}' ` +
    `AND ExecutionStatus IN ('Terminated', 'Canceled') AND CloseTime > '${since.toISOString()}'`;
  const noted: string[] = [];
  for await (const run of check.client.workflow.list({ query })) {
    const code = PROJECT_ID.exec(run.workflowId)?.[1];
    if (!code || !run.closeTime) continue;
    let kind: ClosedOutsideApi['kind'] = run.status.name === 'CANCELLED' ? 'cancelled' : 'terminated';
    // A reset terminates the run it starts over from; the workflow runs on in a new run.
    if (kind === 'terminated') {
      const latest = await check.client.workflow.getHandle(run.workflowId).describe();
      if (latest.runId !== run.runId && latest.status.name === 'RUNNING') kind = 'reset';
    }
    const closed = { kind, at: run.closeTime.toISOString(), runId: run.runId };
    if (await markClosedOutsideApi(check.pool, code, closed)) {
      noted.push(code);
      check.log?.(`project ${code}: workflow ${kind} outside the API at ${closed.at} (run ${run.runId})`);
    }
  }
  return noted;
}

/** Looks every `intervalMs` (a margin back, as visibility lags); returns the stop function. */
export function startOutsideClosureWatch(
  check: OutsideClosureCheck,
  intervalMs: number,
): () => Promise<void> {
  let stopped = false;
  let since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    if (stopped) return;
    const lookedAt = new Date();
    current = noteOutsideClosures(check, since)
      .then(() => (since = new Date(lookedAt.getTime() - 5 * intervalMs)))
      .catch((err: unknown) =>
        check.log?.(`outside-closure check: ${err instanceof Error ? err.message : String(err)}`),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
