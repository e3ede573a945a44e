// After acceptance: a post-evaluation report each year for the policy's years (R23), then the project
// closes. Rolling support (R21) starts a new phase of execution under the same identity from here, from
// execution or from acceptance.
import type { RollingSupportRequest } from '../../contract/project';
import type { WithActor } from '../../contract/project-workflow';
import type { RuleId } from '../../rules';
import { condition } from '@temporalio/workflow';
import { toMilestones } from './milestones';
import { postEvaluationRated } from './oversight';
import { openOneInstalmentPhase, planOneInstalmentPhase } from './funds';
import { enter } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { awaitWithEscalation } from './waits';

export async function postEvaluationStage(run: ProjectRun): Promise<void> {
  const years = run.policy.postEvaluationYears;
  for (let year = run.state.postEvaluationReports.length + 1; year <= years; year++) {
    await awaitWithEscalation(
      run,
      () => run.state.postEvaluationReports.includes(year),
      'postEvaluationOverdue',
      ['R23'],
    );
    if (run.interrupted()) return;
  }
  // R23: where the department rates each year, the project closes once the last year is rated too.
  if (run.features.oversight) {
    await condition(() => postEvaluationRated(run.state, years) || run.interrupted());
    if (run.interrupted()) return;
  }
  await enter(run, 'closed', 'close', SYSTEM, {
    ruleIds: ['R23'],
    basis: `${years} years of post-evaluation complete`,
  });
}

export async function startRollingSupport(
  run: ProjectRun,
  request: WithActor<RollingSupportRequest> & { breakthrough?: string },
): Promise<void> {
  const state = run.state;
  run.rolling = undefined;
  state.phase += 1;
  state.provincialSubsidy += request.additionalSubsidy;
  if (!run.features.ledger) state.fundsPaid += request.additionalSubsidy;
  state.funds = undefined;
  state.milestones = toMilestones(request.milestones);
  state.contractEndsAt = run.iso(Date.parse(request.contractEndsAt));
  state.acceptancePath = undefined;
  state.acceptanceDueAt = undefined;
  state.acceptedAt = undefined;
  state.postEvaluationReports = [];
  state.postEvaluationRatings = undefined;
  // R22: a pool project's demonstrated breakthrough is supported directly, without a call.
  const direct = request.breakthrough !== undefined;
  const ruleIds: RuleId[] = direct ? ['R22', 'R20'] : ['R21'];
  const planned = planOneInstalmentPhase(run, request.additionalSubsidy, 'rollingSupport');
  await enter(run, 'execution', direct ? 'directSupport' : 'rollingSupport', request.actor, {
    basis: `${request.phaseTitle}: ${request.basis}`,
    ruleIds,
    payload: {
      additionalSubsidy: request.additionalSubsidy,
      ...(direct && { breakthrough: request.breakthrough }),
      ...(request.evidence && { evidence: request.evidence }),
      milestones: state.milestones.map((milestone) => ({ id: milestone.id, dueAt: milestone.dueAt })),
    },
  });
  await openOneInstalmentPhase(run, planned, {
    amount: request.additionalSubsidy,
    gate: 'rollingSupport',
    actor: request.actor,
    basis: request.basis,
    ruleIds,
  });
  run.phaseBoundary = true;
}
