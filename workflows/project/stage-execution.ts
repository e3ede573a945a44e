// Execution: a timer per contract milestone. A milestone with no check result by its date is overdue and
// escalated to the programme officer, and to the supervisor after the grace period (R14 for a military
// order, R15 otherwise). When every milestone is through, a military order met on time earns its R14.1
// commendation and the project goes to acceptance on its R16 / R16.1 / R17 path.
import { condition } from '@temporalio/workflow';
import type { MilestoneState } from '../../contract/project-workflow';
import { shanghaiDate } from '../../rules/dates';
import { acceptanceEntryRules, acceptancePath } from '../../rules/funding';
import { earnsCommendation } from '../../rules/sanctions';
import { recordPiIntegrity } from './integrity';
import { enter, record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost } from './summaries';

const awaitingCheckOrDecision = (milestone: MilestoneState): boolean =>
  milestone.status === 'pending' || milestone.status === 'overdue' || milestone.status === 'failed';

/**
 * One function, with its waits and steps inline: a helper awaited in between would move this stage's next
 * command later than the reminder loop's in the same workflow task, which stored histories do not allow.
 */
export async function executionStage(run: ProjectRun): Promise<void> {
  const state = run.state;
  const stillExecuting = () => !run.interrupted() && state.stage === 'execution';
  for (;;) {
    if (!stillExecuting()) return;
    const milestone = state.milestones.find(awaitingCheckOrDecision);
    if (!milestone) break;
    if (milestone.status === 'pending') {
      const dueAt = milestone.dueAt;
      const left = Math.max(1, Date.parse(dueAt) - run.now());
      const moved = await waitAtMost(
        run,
        () => milestone.status !== 'pending' || milestone.dueAt !== dueAt || !stillExecuting(),
        left,
        deadlineSummary(`里程碑 ${milestone.id} 到期`, `milestone ${milestone.id} due`, dueAt),
      );
      if (!moved) {
        milestone.status = 'overdue';
        await record(run, 'milestoneOverdue', SYSTEM, {
          ruleIds: state.militaryOrder ? ['R14'] : ['R15'],
          basis: `no check result for ${milestone.id} by ${milestone.dueAt}; escalated to the programme officer`,
          payload: { milestoneId: milestone.id },
        });
      }
      continue;
    }
    // Overdue or failed: wait for the staff decision; escalate to the supervisor after the grace period.
    const decided = () =>
      (milestone.status !== 'overdue' && milestone.status !== 'failed') || !stillExecuting();
    const grace = run.durations.milestoneGraceMs;
    const summary = deadlineSummary(
      `里程碑 ${milestone.id} 处理决定，逾期升级监督部门`,
      `decision on ${milestone.id}, else the supervisor`,
      run.now() + grace,
    );
    if (!milestone.escalatedToSupervisor && !(await waitAtMost(run, decided, grace, summary))) {
      milestone.escalatedToSupervisor = true;
      await record(run, 'milestoneEscalated', SYSTEM, {
        ruleIds: ['R15'],
        basis: `${milestone.id} undecided; escalated to the supervisor`,
        payload: { milestoneId: milestone.id },
      });
    }
    await condition(decided);
  }
  if (!stillExecuting()) return;
  if (commendationEarned(run)) {
    await recordPiIntegrity(run, {
      kind: 'commendation',
      ruleId: 'R14.1',
      startsOn: shanghaiDate(new Date(run.now())),
      basis: `Military order of ${run.code} met on time with outstanding performance`,
    });
    await record(run, 'commendation', SYSTEM, { ruleIds: ['R14.1'] });
  }
  const eligible = acceptancePath(
    { ...run.application, budget: run.budget },
    state.provincialSubsidy,
    run.policy,
  );
  // R16.1: where the team applies itself, the simplified path is its option, taken in its application.
  const path = state.teamSteps && eligible === 'simplified' ? 'standard' : eligible;
  state.acceptancePath = path;
  const contractEnds = Date.parse(state.contractEndsAt ?? run.iso(run.now()));
  const acceptanceDue = Math.max(run.now(), contractEnds) + run.durations.acceptanceWindowMs;
  state.acceptanceDueAt = run.iso(acceptanceDue);
  await enter(run, 'acceptance', 'milestonesComplete', SYSTEM, {
    deadlineMs: acceptanceDue - run.now(),
    ruleIds: acceptanceEntryRules(path),
    payload: {
      acceptancePath: path,
      ...(state.teamSteps && { simplifiedEligible: eligible === 'simplified' }),
    },
  });
}

/** R14.1: a military order met on time with outstanding performance earns a commendation. */
function commendationEarned(run: ProjectRun): boolean {
  const milestones = run.state.milestones;
  const outstanding = milestones.at(-1)?.outstanding ?? false;
  return (
    run.state.militaryOrder &&
    earnsCommendation(
      milestones.map((milestone) => milestone.metOnTime === true),
      outstanding,
    )
  );
}
