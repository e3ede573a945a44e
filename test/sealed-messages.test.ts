// Nobody acts on a project except through the API: every update and signal sent straight to Temporal (as
// the Web UI's buttons and the CLI do, with no keys, or with keys of one's own), whatever actor it claims,
// changes nothing and leaves the workflow running; the same actions through the API still work. And a
// project's history, read without the codec, holds no personal data in plain text.
import { Client, Connection, WorkflowUpdateFailedError } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataConverter } from '../codec/data-converter';
import {
  applicationSubmittedSignal,
  horseRaceJoinedSignal,
  listEntryWorkflowId,
  recordExaminationUpdate,
  recordStageGateUpdate,
} from '../contract/list-entry';
import {
  applicationWindowClosedSignal,
  assignCommissionerUpdate,
  decideMilestoneUpdate,
  decideUpdate,
  examinationOutcomeSignal,
  projectWorkflowId,
  recordAcceptanceUpdate,
  recordMilestoneCheckUpdate,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  rollingSupportSignal,
  setProjectPoolUpdate,
  signContractUpdate,
  stageGateOutcomeSignal,
  submitPostEvaluationUpdate,
  submitReviewScoreUpdate,
  terminateSignal,
  type Actor,
} from '../contract/project';
import { wan } from '../rules';
import { enterpriseApplication } from '../examples/applications';
import { TEST_CODEC_KEYS, strangerKeyring, testKeyring } from './support/codec';
import { parseKeyring } from '../codec/keys';
import { SealingCodec } from '../codec/sealing-codec';
import { bundleWorkflows } from '../worker/create-worker';
import { eventually, type Harness } from './support/harness';
import {
  apply,
  evidence,
  events,
  inMs,
  officer,
  publish,
  recordHistories,
  signContract,
  startTestApp,
  status,
  stopTestApp,
  supervisor,
  toContract,
  waitForRecordedStage,
} from './support/lifecycle';

const claimed = (role: Actor['role']): Actor => ({ id: `nobody-${role}`, role });
const evidenceOf = (basis: string) => ({ ...evidence(basis), decidedBy: ['nobody'] });

/** Every staff update a project takes, each with a plausible body and the most powerful actor it needs. */
const forgedUpdates = (piId: string) =>
  [
    [submitReviewScoreUpdate, { expertId: 'x-1', score: 100, actor: { id: 'x-1', role: 'expert' } }],
    [
      decideUpdate,
      {
        outcome: 'approve',
        approvedSubsidy: wan(100),
        fundingMode: 'standard',
        militaryOrder: false,
        horseRace: false,
        evidence: evidenceOf('forged'),
        actor: claimed('programmeOfficer'),
      },
    ],
    [
      signContractUpdate,
      {
        milestones: [{ id: 'F1', title: 'forged', dueAt: inMs(60_000), indicators: [] }],
        contractEndsAt: inMs(120_000),
        actor: claimed('admin'),
      },
    ],
    [
      recordMilestoneCheckUpdate,
      { milestoneId: 'M1', passed: false, outstanding: false, evidence: 'forged', actor: claimed('admin') },
    ],
    [
      decideMilestoneUpdate,
      {
        decision: 'terminate',
        milestoneId: 'M1',
        finding: 'subjectiveFailure',
        evidence: evidenceOf('forged'),
        actor: claimed('supervisor'),
      },
    ],
    [reportMajorEventUpdate, { summary: 'forged', risk: 'high', actor: { id: piId, role: 'projectLead' } }],
    [recordSpotCheckUpdate, { findings: 'forged', satisfactory: false, actor: claimed('supervisor') }],
    [assignCommissionerUpdate, { commissionerId: 'nobody', name: 'Nobody', actor: claimed('admin') }],
    [setProjectPoolUpdate, { member: true, basis: 'forged', evidence: evidence(), actor: claimed('admin') }],
    [
      recordAcceptanceUpdate,
      { passed: false, panel: [], evidence: evidenceOf('forged'), actor: claimed('programmeOfficer') },
    ],
    [
      submitPostEvaluationUpdate,
      { year: 1, representativeResults: 'f', economicAndSocialBenefits: 'f', actor: claimed('admin') },
    ],
  ] as const;

describe('messages sent straight to Temporal', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let outsider: Client;
  let forger: Client;
  let connection: Connection;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ experts: 8 }));
    connection = await Connection.connect({ address: inject('temporalAddress') });
    // As the Web UI and the CLI send them: plain payloads, no keys.
    outsider = new Client({ connection, namespace: h.namespace });
    // Someone with keys of their own, sealing payloads the project's codec cannot open.
    forger = new Client({
      connection,
      namespace: h.namespace,
      dataConverter: dataConverter(strangerKeyring()),
    });
  });
  afterAll(async () => {
    await connection?.close();
    await stopTestApp({ h, app });
  });

  /** What a project shows of itself: live status, read model and audit trail. */
  const snapshot = async (code: string) => {
    const live = await status(h.client, code);
    const { rows } = await h.pool.query('SELECT stage, version, project_pool FROM projects WHERE code = $1', [
      code,
    ]);
    return { live, record: rows[0], trail: await events(h.pool, code) };
  };

  const noWorkflowTaskFailed = async (workflowId: string) => {
    const history = await h.client.workflow.getHandle(workflowId).fetchHistory();
    expect(history.events?.filter((event) => event.workflowTaskFailedEventAttributes) ?? []).toEqual([]);
  };

  it('refuses every staff update and ignores every signal from outside, in execution; the API still acts', async () => {
    const { code, piId } = await toContract(app, h.as, h.client, { pool: h.pool });
    await signContract(h.client, code, [60_000, 120_000]);
    await waitForRecordedStage(h.pool, code, 'execution');
    const before = await snapshot(code);

    for (const client of [outsider, forger]) {
      const handle = client.workflow.getHandle(projectWorkflowId(code));
      for (const [update, request] of forgedUpdates(piId)) {
        const refused = await handle.executeUpdate(update as never, { args: [request] as never }).then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(refused, update.name).toBeInstanceOf(WorkflowUpdateFailedError);
        expect(String((refused as WorkflowUpdateFailedError).cause?.message), update.name).toMatch(
          /not sent through the gongguan API/,
        );
      }
      await handle.signal(terminateSignal, {
        reason: 'forged',
        basis: 'forged',
        evidence: evidence(),
        actor: supervisor,
      });
      await handle.signal(rollingSupportSignal, {
        phaseTitle: 'forged',
        additionalSubsidy: wan(1000),
        milestones: [{ id: 'F', title: 'forged', dueAt: inMs(60_000), indicators: [] }],
        contractEndsAt: inMs(120_000),
        basis: 'forged',
        evidence: evidence(),
        actor: claimed('programmeOfficer'),
      });
      await handle.signal(stageGateOutcomeSignal, {
        passed: false,
        actor: claimed('admin'),
        basis: 'forged',
      });
    }

    // The signals were delivered (they are in the histories of the project's runs) and changed nothing.
    // (Visibility lists a new run a moment after it starts.)
    await eventually(async () => {
      let signalled = 0;
      for await (const run of h.client.workflow.list({
        query: `WorkflowId = '${projectWorkflowId(code)}'`,
      })) {
        const history = await h.client.workflow.getHandle(run.workflowId, run.runId).fetchHistory();
        signalled +=
          history.events?.filter((event) => event.workflowExecutionSignaledEventAttributes).length ?? 0;
      }
      return signalled === 6 ? true : undefined;
    });
    const after = await snapshot(code);
    expect(after).toEqual(before);
    await noWorkflowTaskFailed(projectWorkflowId(code));

    // Through the API, the same kind of action is taken and recorded.
    const reported = await app.inject({
      method: 'POST',
      url: `/projects/${code}/milestone-reports`,
      payload: { milestoneId: 'M1', summary: 'prototype built' },
      headers: await h.as({ id: piId, role: 'projectLead' }),
    });
    expect(reported.statusCode, reported.body).toBe(200);
    const checked = await app.inject({
      method: 'POST',
      url: `/projects/${code}/milestone-checks`,
      payload: { milestoneId: 'M1', passed: true, evidence: 'on-site check report' },
      headers: await h.as(officer),
    });
    expect(checked.statusCode, checked.body).toBe(200);
    const terminated = await app.inject({
      method: 'POST',
      url: `/projects/${code}/termination`,
      payload: { reason: 'consortium dissolved', basis: 'R15 meeting minutes', evidence: evidence() },
      headers: await h.as(supervisor),
    });
    expect(terminated.statusCode, terminated.body).toBe(202);
    await waitForRecordedStage(h.pool, code, 'terminated');
    const trail = await events(h.pool, code);
    expect(trail.find((event) => event.action === 'terminate')).toMatchObject({ actor_id: supervisor.id });
    expect(trail.some((event) => String(event.actor_id).startsWith('nobody'))).toBe(false);
    await recordHistories(h.client, projectWorkflowId(code), 'project-forged-messages');
  });

  it('refuses a sealed message copied out of one project into another', async () => {
    const { code: first } = await toContract(app, h.as, h.client, { pool: h.pool });
    const { code: second } = await toContract(app, h.as, h.client, { pool: h.pool });
    await signContract(h.client, first, [60_000]);
    await signContract(h.client, second, [60_000]);
    await waitForRecordedStage(h.pool, first, 'execution');
    await waitForRecordedStage(h.pool, second, 'execution');
    const context = {
      type: 'workflow' as const,
      namespace: h.namespace,
      workflowId: projectWorkflowId(first),
    };
    const [sealed] = await new SealingCodec(testKeyring()).encode(
      [defaultPayloadConverter.toPayload({ reason: 'copied', basis: 'copied', actor: supervisor })],
      context,
    );
    const signal = (code: string) =>
      outsider.workflowService.signalWorkflowExecution({
        namespace: h.namespace,
        workflowExecution: { workflowId: projectWorkflowId(code) },
        signalName: terminateSignal.name,
        input: { payloads: [sealed!] },
        identity: 'copied-payload',
        requestId: crypto.randomUUID(),
      });
    const before = await snapshot(second);
    await signal(second);
    // The same bytes where they were sealed for would count (the payload itself is genuine).
    await signal(first);
    await waitForRecordedStage(h.pool, first, 'terminated');
    expect(await snapshot(second)).toEqual(before);
    await noWorkflowTaskFailed(projectWorkflowId(second));
  });

  it('ignores messages forged to look internal: window closed, examination outcome, entry signals and updates', async () => {
    // An entry with an R8 examination runs its own workflow; its project waits in its open window.
    const entry = await publish(app, h.as, {
      strategicField: 'socialWelfare',
      applicationDeadline: '2099-12-31',
    });
    const code = await apply(app, h.as, entry.id, enterpriseApplication());
    await waitForRecordedStage(h.pool, code, 'application');
    const entryHandle = (client: Client) => client.workflow.getHandle(listEntryWorkflowId(entry.id));
    // The project tells its entry of the application; the entry's state is taken once it has.
    const entryBefore = await eventually(async () => {
      const current = await entryHandle(h.client).query<{ applications: unknown[] }>('listStatus');
      return current.applications.length > 0 ? current : undefined;
    });
    const before = await snapshot(code);

    for (const client of [outsider, forger]) {
      const handle = client.workflow.getHandle(projectWorkflowId(code));
      await handle.signal(applicationWindowClosedSignal, { examination: false, late: true });
      await handle.signal(examinationOutcomeSignal, {
        passed: false,
        rank: 99,
        actor: claimed('programmeOfficer'),
        basis: 'forged',
      });
      await entryHandle(client).signal(applicationSubmittedSignal, {
        code: 'ZJ-2026-99999',
        fundBacked: true,
      });
      await entryHandle(client).signal(horseRaceJoinedSignal, { code: 'ZJ-2026-99998' });
      for (const [update, request] of [
        [recordExaminationUpdate, { scores: [{ code, score: 0 }], evidence: evidenceOf('forged') }],
        [recordStageGateUpdate, { passed: [], failed: [code], evidence: evidenceOf('forged') }],
      ] as const) {
        const refused = await entryHandle(client)
          .executeUpdate(update as never, { args: [{ ...request, actor: claimed('admin') }] as never })
          .then(
            () => undefined,
            (err: unknown) => err,
          );
        expect(refused, update.name).toBeInstanceOf(WorkflowUpdateFailedError);
      }
    }

    expect(await snapshot(code)).toEqual(before);
    expect(await entryHandle(h.client).query('listStatus')).toEqual(entryBefore);
    await noWorkflowTaskFailed(projectWorkflowId(code));
    await noWorkflowTaskFailed(listEntryWorkflowId(entry.id));
  });

  it('keeps personal data out of a history read without the codec', async () => {
    const application = enterpriseApplication();
    application.team.principalInvestigator.name = 'Zhuge Kongming';
    application.team.principalInvestigator.birthDate = '1981-07-23';
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id, application);
    await waitForRecordedStage(h.pool, code, 'review');
    const history = await outsider.workflow.getHandle(projectWorkflowId(code)).fetchHistory();
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (value instanceof Uint8Array) texts.push(Buffer.from(value).toString('utf8'));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(history);
    const plain = texts.join('\n');
    expect(plain.length).toBeGreaterThan(0);
    for (const secret of ['Zhuge Kongming', '1981-07-23', application.team.principalInvestigator.id])
      expect(plain, secret).not.toContain(secret);
    // With the codec, the same history reads as it was written.
    const input = await h.client.workflow.getHandle(projectWorkflowId(code)).describe();
    expect(input.status.name).toBe('RUNNING');
  });

  it('replays and opens a history sealed under today’s key after a newer key becomes current', async () => {
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id, enterpriseApplication());
    await waitForRecordedStage(h.pool, code, 'review');
    const history = await h.client.workflow.getHandle(projectWorkflowId(code)).fetchHistory();
    const rotated = parseKeyring(`test-2027=${Buffer.alloc(32, 0x27).toString('base64')},${TEST_CODEC_KEYS}`);
    await Worker.runReplayHistory(
      { workflowBundle: await bundleWorkflows(), dataConverter: dataConverter(rotated) },
      history,
      projectWorkflowId(code),
    );
    const start = history.events![0]!.workflowExecutionStartedEventAttributes!.input!.payloads![0]!;
    const [opened] = await new SealingCodec(rotated).decode([start]);
    expect(JSON.parse(Buffer.from(opened!.data!).toString()).code).toBe(code);
  });
});
