// What a manager sees in the Temporal UI, read through the Temporal client against the real dev server: the
// static summary and details a project starts with, its current details in business words, timers that say
// which deadline they are, and search attributes that answer overdue / waiting on / outcome / title.
import { describe, expect, it } from 'vitest';
import { decodeOptionalSinglePayload } from '@temporalio/common/lib/internal-non-workflow';
import { projectWorkflowId, terminateSignal } from '../contract/project';
import { enterpriseApplication } from '../examples/applications';
import {
  evidence,
  project,
  signContract,
  supervisor,
  toContract,
  useTestApp,
  waitForStage,
} from './support/lifecycle';
import { eventually } from './support/harness';

describe('the manager’s view in the Temporal UI', () => {
  const t = useTestApp({ experts: 8 });

  const listed = (query: string) =>
    eventually(async () => {
      const ids: string[] = [];
      for await (const wf of t.h.client.workflow.list({ query })) ids.push(wf.workflowId);
      // One id per project: a project's earlier runs (continue-as-new) are listed too.
      return ids.length ? [...new Set(ids)] : undefined;
    });

  it('starts a project with a summary and details, keeps its current details and search attributes true', async () => {
    // A word of its own in the title: a text attribute matches words, as a manager searches.
    const word = `adc${Date.now()}`;
    const application = enterpriseApplication({ title: `Analogue front-end chip ${word}` });
    const { code, piId } = await toContract(t.app, t.h.as, t.h.client, { application });
    const handle = project(t.h.client, code);

    const described = await handle.describe();
    expect(await described.staticSummary()).toBe(
      `${code} · ${application.title} · ${application.leadOrganisation.name} · Chen Wei · ${described.searchAttributes.GgStrategicField?.[0] as string} · Binjiang`,
    );
    const details = (await described.staticDetails())!;
    expect(details).toContain('¥1,000,000.00（100 万元）');
    expect(details).toContain('政策版本 policy version');

    // Current details: in business words, zh-CN then English, what it waits for, from whom, by when.
    await signContract(t.h.client, code, [1_000]);
    const metadata = async () =>
      (await handle.query<{ currentDetails?: string }>('__temporal_workflow_metadata')).currentDetails ?? '';
    const waiting = await eventually(async () => {
      const now = await metadata();
      return now.includes('逾期') ? now : undefined;
    });
    expect(waiting).toContain('**阶段：实施** · stage: execution');
    expect(waiting).toMatch(
      /等待项目负责人 Chen Wei报告里程碑进展（M1），已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 逾期/,
    );
    expect(waiting).toContain('waiting for the PI (Chen Wei) to report the milestone’s progress (M1)');
    expect(waiting).not.toContain('milestoneCheck:M1');

    // Search attributes a manager queries: by title, overdue, whom it waits on.
    expect(await listed(`GgTitle = '${word}'`)).toEqual([projectWorkflowId(code)]);
    expect(
      await listed(
        `GgOverdue = true AND GgListEntry = '${described.searchAttributes.GgListEntry?.[0] as string}'`,
      ),
    ).toEqual([projectWorkflowId(code)]);
    expect(await listed(`GgWaitingOn = '${piId}' AND GgOutcome = 'open'`)).toContain(projectWorkflowId(code));

    // Timers say which deadline they are (decoded as the UI does, through the codec).
    const history = await handle.fetchHistory();
    const summaries = await Promise.all(
      (history.events ?? [])
        .filter((e) => e.timerStartedEventAttributes)
        .map((e) =>
          decodeOptionalSinglePayload(t.h.client.options.loadedDataConverter, e.userMetadata?.summary),
        ),
    );
    expect(summaries).toEqual(
      expect.arrayContaining([expect.stringMatching(/^里程碑 M1 到期 milestone M1 due: \d{4}-/)]),
    );
    expect(summaries.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
    // And every activity what it records.
    const activities = await Promise.all(
      (history.events ?? [])
        .filter((e) => e.activityTaskScheduledEventAttributes)
        .map((e) =>
          decodeOptionalSinglePayload(t.h.client.options.loadedDataConverter, e.userMetadata?.summary),
        ),
    );
    expect(activities.length).toBeGreaterThan(0);
    expect(activities).toEqual(activities.map(() => expect.stringMatching(/ · /)));
    expect(activities).toEqual(
      expect.arrayContaining([expect.stringMatching(/^记录步骤 \d+ · records step/)]),
    );

    // How it ended, which the UI shows as Completed.
    await handle.signal(terminateSignal, {
      reason: 'the team dissolved',
      basis: 'R15',
      evidence: evidence('termination meeting'),
      actor: supervisor,
    });
    await waitForStage(t.h.client, code, 'terminated');
    expect(await listed(`GgOutcome = 'terminated' AND GgTitle = '${word}'`)).toEqual([
      projectWorkflowId(code),
    ]);
    expect(await metadata()).toContain('项目已终止 · terminated: the team dissolved');
  });
});
