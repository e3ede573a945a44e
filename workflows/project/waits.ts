// Waiting for people: a stage waits for its step until its deadline, then escalates once to staff and
// goes on waiting. A termination or rolling support ends every wait.
import { condition } from '@temporalio/workflow';
import type { ProjectStage } from '../../contract/project-workflow';
import type { RuleId } from '../../rules';
import { record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost } from './summaries';
import { STAGE_NAMES } from '../../contract/action-names';

/** Waits for `done`, escalating once to staff when the stage deadline passes. */
export async function awaitWithEscalation(
  run: ProjectRun,
  done: () => boolean,
  escalation: string,
  ruleIds: RuleId[],
): Promise<void> {
  const deadline = run.state.stageDeadline;
  const left = deadline ? Math.max(1, Date.parse(deadline) - run.now()) : undefined;
  if (left !== undefined && !run.state.stageEscalated) {
    const stage = STAGE_NAMES[run.state.stage];
    const summary = deadlineSummary(
      `${stage['zh-CN']}期限，逾期提交项目管理处`,
      `${stage.en} deadline, then the programme officer`,
      deadline!,
    );
    if (await waitAtMost(run, () => done() || run.interrupted(), left, summary)) return;
    run.state.stageEscalated = true;
    await record(run, escalation, SYSTEM, {
      ruleIds,
      basis: 'deadline passed; escalated to the programme officer',
    });
  }
  await condition(() => done() || run.interrupted());
}

/** Waits until a staff action moves the project out of `stage`. */
export async function awaitStaff(
  run: ProjectRun,
  stage: ProjectStage,
  escalation: string,
  ruleIds: RuleId[],
): Promise<void> {
  await awaitWithEscalation(run, () => run.state.stage !== stage, escalation, ruleIds);
}
