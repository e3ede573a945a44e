// The vertical slice over HTTP against the real Temporal dev server and PostgreSQL: draft, demonstrate and
// publish a list entry, apply, and find the project in PostgreSQL, in the workflow, and through visibility (the Web UI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectWorkflowId, statusQuery } from '../contract/project';
import { createHarness, eventually, type Harness } from './support/harness';
import { applicationBody, listEntry } from '../examples/applications';
import { publish } from './support/lifecycle';

describe('vertical slice: list entry → application → project workflow', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
    app = await h.buildApp();
    admin = await h.as({ id: 'admin-1', role: 'admin' });
  });
  afterAll(async () => {
    await app?.close();
    await h?.close();
  });

  it('creates the entry, starts project:<code>, writes its row and makes it findable by search attributes', async () => {
    const entry = await publish(app, h.as);

    const applied = await app.inject({
      headers: admin,
      method: 'POST',
      url: `/lists/${entry.id}/applications`,
      payload: applicationBody(),
    });
    expect(applied.statusCode, applied.body).toBe(201);
    const { code, workflowId, stage } = applied.json<{ code: string; workflowId: string; stage: string }>();
    expect(code).toMatch(/^ZJ-\d{4}-\d{5}$/);
    expect(workflowId).toBe(projectWorkflowId(code));
    expect(stage).toBe('application');
    expect(applied.headers.location).toBe(`/projects/${code}`);

    // 1. The workflow's activity wrote the read model and the audit trail before the 201.
    const row = await h.pool.query(
      'SELECT stage, list_entry_id, strategic_field FROM projects WHERE code = $1',
      [code],
    );
    expect(row.rows).toEqual([
      { stage: 'application', list_entry_id: entry.id, strategic_field: 'integratedCircuits' },
    ]);
    const events = await h.pool.query(
      'SELECT seq, action, actor_id FROM project_events WHERE project_code = $1',
      [code],
    );
    expect(events.rows).toEqual([{ seq: 1, action: 'submitApplication', actor_id: 'admin-1' }]);

    // 2. The workflow itself answers. It wrote that step in its first task, which also answered the
    // API's request: the 201 waited on no activity task and no second workflow task.
    const status = await h.client.workflow.getHandle(workflowId).query(statusQuery);
    expect(status.stage).toBe('application');
    const { events: history } = await h.client.workflow.getHandle(workflowId).fetchHistory();
    const next = history!.findIndex((e, i) => i > 1 && e.workflowTaskScheduledEventAttributes);
    const firstTask = next < 0 ? history! : history!.slice(0, next);
    expect(
      firstTask.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity'),
    ).toHaveLength(1);
    expect(firstTask.some((e) => e.workflowExecutionUpdateCompletedEventAttributes)).toBe(true);
    expect(firstTask.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);

    // 3. Visibility finds it by its search attributes, as the Temporal UI does.
    const found = await eventually(async () => {
      const ids: string[] = [];
      for await (const wf of h.client.workflow.list({
        query: `GgListEntry = '${entry.id}' AND GgStage = 'application' AND GgStrategicField = 'integratedCircuits'`,
      })) {
        ids.push(wf.workflowId);
      }
      return ids.length ? ids : undefined;
    });
    expect(found).toEqual([workflowId]);

    const view = await app.inject({ headers: admin, method: 'GET', url: `/projects/${code}` });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ code, stage: 'application', live: { stage: 'application' } });
  });

  it('refuses an ineligible application with 422 naming the rule, and starts nothing', async () => {
    const entry = await publish(app, h.as);
    const body = applicationBody();
    body.leadOrganisation.majorInnovationPlatform = undefined;
    const before = await h.pool.query('SELECT count(*)::int AS n FROM projects');
    const res = await app.inject({
      headers: admin,
      method: 'POST',
      url: `/lists/${entry.id}/applications`,
      payload: body,
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status: 422, ruleIds: ['R5'] });
    const after = await h.pool.query('SELECT count(*)::int AS n FROM projects');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('answers 400 naming the field for a malformed body', async () => {
    const res = await app.inject({
      headers: admin,
      method: 'POST',
      url: '/lists',
      payload: { ...listEntry(), plannedApprovals: 'many' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.plannedApprovals' })]);
  });

  it('reports both dependencies as reachable on /health', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      temporal: { reachable: true },
      postgres: { reachable: true },
    });
  });
});
