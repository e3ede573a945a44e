// What Temporal itself can still do from outside the API is not silent: a cancellation is a step the
// project records before its run ends; a termination or a reset from the Web UI or the CLI is noted on the
// project's record by the worker's check against visibility, instead of a live stage for a closed workflow.
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectWorkflowId } from '../contract/project';
import { enterpriseApplication } from '../examples/applications';
import { noteOutsideClosures } from '../worker/outside-closures';
import { eventually, type Harness } from './support/harness';
import {
  apply,
  events,
  publish,
  recordHistories,
  startTestApp,
  stopTestApp,
  waitForRecordedStage,
  evidence,
} from './support/lifecycle';

describe('closed outside the API', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let outsider: Client;
  let connection: Connection;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 8 }));
    connection = await Connection.connect({ address: inject('temporalAddress') });
    outsider = new Client({ connection, namespace: h.namespace });
  });
  afterAll(async () => {
    await connection?.close();
    await stopTestApp({ h, app });
  });

  /** A project waiting in its application window (the entry's deadline is far off). */
  const openProject = async () => {
    const entry = await publish(app, h.as, { applicationDeadline: '2099-12-31' });
    const code = await apply(app, h.as, entry.id, enterpriseApplication());
    await waitForRecordedStage(h.pool, code, 'application');
    return code;
  };
  const record = async (code: string) => {
    const res = await app.inject({
      method: 'GET',
      url: `/projects/${code}?live=false`,
      headers: await h.as({ id: 'auditor-zhao', role: 'auditor' }),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const check = (since: Date) =>
    noteOutsideClosures({ client: h.client, pool: h.pool, taskQueue: h.taskQueue }, since);

  it('records a cancellation as a step of the project, and its record says the workflow was cancelled', async () => {
    const code = await openProject();
    await outsider.workflow.getHandle(projectWorkflowId(code)).cancel();
    const closed = await eventually(async () => (await record(code)).closedOutsideApi ?? undefined);
    expect(closed).toMatchObject({ kind: 'cancelled' });
    const trail = await events(h.pool, code);
    expect(trail.at(-1)).toMatchObject({ action: 'cancelledOutsideApi', actor_id: 'system' });
    const history = await h.client.workflow.getHandle(projectWorkflowId(code)).fetchHistory();
    expect(history.events?.filter((event) => event.workflowTaskFailedEventAttributes) ?? []).toEqual([]);
    expect((await h.client.workflow.getHandle(projectWorkflowId(code)).describe()).status.name).toBe(
      'CANCELLED',
    );
    await recordHistories(h.client, projectWorkflowId(code), 'project-cancelled-outside-api');
  });

  it('notes a termination and a reset made in Temporal on the project’s record', async () => {
    const since = new Date(Date.now() - 60_000);
    const terminated = await openProject();
    const reset = await openProject();
    await outsider.workflow.getHandle(projectWorkflowId(terminated)).terminate('from the CLI');
    const history = await h.client.workflow.getHandle(projectWorkflowId(reset)).fetchHistory();
    const firstTask = history.events!.find((event) => event.workflowTaskCompletedEventAttributes)!;
    const described = await h.client.workflow.getHandle(projectWorkflowId(reset)).describe();
    await outsider.workflowService.resetWorkflowExecution({
      namespace: h.namespace,
      workflowExecution: { workflowId: projectWorkflowId(reset), runId: described.runId },
      workflowTaskFinishEventId: firstTask.eventId,
      reason: 'from the Web UI',
      requestId: crypto.randomUUID(),
    });
    const noted = await eventually(async () => {
      const found = await check(since);
      return found.includes(terminated) || (await record(terminated)).closedOutsideApi ? found : undefined;
    });
    expect(noted.length).toBeGreaterThan(0);
    await eventually(async () => {
      await check(since);
      return (await record(reset)).closedOutsideApi ?? undefined;
    });
    expect((await record(terminated)).closedOutsideApi).toMatchObject({ kind: 'terminated' });
    expect((await record(reset)).closedOutsideApi).toMatchObject({ kind: 'reset' });
    // Once noted, a later look notes nothing again.
    expect(await check(since)).toEqual([]);
  });

  it('leaves projects that ended through the API alone', async () => {
    const code = await openProject();
    const terminated = await app.inject({
      method: 'POST',
      url: `/projects/${code}/termination`,
      payload: { reason: 'consortium dissolved', basis: 'R15 meeting minutes', evidence: evidence() },
      headers: await h.as({ id: 'supervisor-li', role: 'supervisor' }),
    });
    expect(terminated.statusCode, terminated.body).toBe(202);
    await waitForRecordedStage(h.pool, code, 'terminated');
    await check(new Date(Date.now() - 60_000));
    expect((await record(code)).closedOutsideApi).toBeNull();
  });
});
