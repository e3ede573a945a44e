// The project team's own steps after funding: the PI reports each milestone's progress against its
// indicators before the staff check (R14 / R15), and applies for acceptance with the final report, taking
// the R16.1 simplified path where it is open and the team wants it.
import { applyForAcceptanceUpdate, reportMilestoneProgressUpdate } from '../../contract/project-workflow';
import { acceptancePath, checkIndicatorsReported, checkSimplifiedChoice } from '../../rules/funding';
import { invalidTransition, requireRole, requireStage, ruleViolation } from '../failures';
import { onAction } from './on-action';
import { record } from './recording';
import type { ProjectRun } from './run';

function requireTeamStepsOfPi(run: ProjectRun, actorId: string): void {
  if (!run.state.teamSteps)
    throw invalidTransition(`Project ${run.code} predates the team's own steps: staff record them`);
  if (actorId !== run.piId) throw invalidTransition(`Only the project's PI ${run.piId} takes this step`);
}

export function onReportMilestoneProgress(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    reportMilestoneProgressUpdate,
    async (request, answer) => {
      const milestone = state.milestones.find((m) => m.id === request.milestoneId)!;
      milestone.report = { by: request.actor.id, at: run.iso(run.now()) };
      await record(run, 'milestoneReport', request.actor, {
        basis: request.summary,
        ruleIds: state.militaryOrder ? ['R14'] : ['R15'],
        payload: {
          milestoneId: milestone.id,
          achievements: request.achievements,
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('reportMilestoneProgress', request.actor);
      requireTeamStepsOfPi(run, request.actor.id);
      requireStage('reportMilestoneProgress', state.stage, ['execution']);
      const milestone = state.milestones.find((m) => m.id === request.milestoneId);
      if (!milestone)
        throw invalidTransition(`Milestone ${request.milestoneId} is not in the contract of ${run.code}`);
      if (milestone.status !== 'pending' && milestone.status !== 'overdue')
        throw invalidTransition(
          `Milestone ${milestone.id} is ${milestone.status}: there is no check left to report to`,
        );
      const violations = checkIndicatorsReported(
        milestone.indicators,
        request.achievements,
        state.militaryOrder ? 'R14' : 'R15',
      );
      if (violations.length) throw ruleViolation(violations);
    },
  );
}

export function onApplyForAcceptance(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    applyForAcceptanceUpdate,
    async (request, answer) => {
      state.acceptanceApplication = {
        by: request.actor.id,
        at: run.iso(run.now()),
        simplified: request.simplified,
        ...(request.financialFinalAccount && { financialFinalAccount: request.financialFinalAccount }),
      };
      if (request.simplified) state.acceptancePath = 'simplified';
      await record(run, 'applyForAcceptance', request.actor, {
        basis: request.finalReport,
        ruleIds: request.simplified ? ['R16', 'R16.1'] : ['R16'],
        payload: {
          path: state.acceptancePath,
          ...(request.financialFinalAccount && { financialFinalAccount: request.financialFinalAccount }),
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('applyForAcceptance', request.actor);
      requireTeamStepsOfPi(run, request.actor.id);
      requireStage('applyForAcceptance', state.stage, ['acceptance']);
      if (state.acceptanceApplication)
        throw invalidTransition(`Project ${run.code} has applied for acceptance already`);
      const eligible =
        acceptancePath({ ...run.application, budget: run.budget }, state.provincialSubsidy, run.policy) ===
        'simplified';
      const violations = checkSimplifiedChoice(eligible, request, run.policy.simplifiedAcceptanceBelow);
      if (violations.length) throw ruleViolation(violations);
    },
  );
}
