// The contract and execution's staff actions: signing the contract (with the R14 military order's terms),
// recording a milestone's check, and deciding an overdue or failed milestone: extend, accept late, or
// terminate with an objective or subjective (R14.2) finding.
import {
  decideMilestoneUpdate,
  recordMilestoneCheckUpdate,
  signContractUpdate,
} from '../../contract/project-workflow';
import type { RuleId } from '../../rules';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { checkImmutableTerms } from '../../rules/review';
import { checkStageGoals } from '../../rules/horse-race';
import { checkMilitaryOrderTerms } from '../../rules/funding';
import { toMilestones, validateMilestones } from './milestones';
import { onAction } from './on-action';
import { enter, record } from './recording';
import { appliedTerms, type ProjectRun } from './run';
import { terminate } from './termination';
import { checkInstalments, openPhaseFunds, planPhaseFunds, scheduleOf } from './funds';

export function onSignContract(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    signContractUpdate,
    async (request, answer) => {
      state.milestones = toMilestones(request.milestones);
      if (request.stageGoals) state.stageGoals = request.stageGoals;
      state.contractEndsAt = run.iso(Date.parse(request.contractEndsAt));
      const terms = request.militaryOrderTerms;
      // Projects from before kept the terms as one text, their basis; now they are fields of the state.
      const legacyTerms = typeof terms === 'string' ? (terms as string) : undefined;
      if (terms && !legacyTerms && run.features.oversight) state.militaryOrderTerms = terms;
      // Before the ledger, funds counted as paid at signing, except a post-hoc subsidy (paid after acceptance).
      if (!run.features.ledger && state.fundingMode !== 'postHocSubsidy')
        state.fundsPaid += state.provincialSubsidy;
      const instalments = run.features.ledger ? scheduleOf(run, request.instalments) : [];
      if (run.features.ledger && run.features.managerView) planPhaseFunds(run, instalments);
      // Set before the write: the main loop sees the new stage at once and must see the boundary with it.
      run.phaseBoundary = true;
      await enter(run, 'execution', 'signContract', request.actor, {
        ruleIds: state.militaryOrder ? ['R14'] : [],
        basis:
          legacyTerms ??
          (terms && `military order (军令状): hard milestones ${terms.milestoneIds.join(', ')}`),
        payload: {
          milestones: state.milestones.map((milestone) => ({ id: milestone.id, dueAt: milestone.dueAt })),
          ...(terms && !legacyTerms && { militaryOrderTerms: terms }),
          ...(run.features.ledger && { instalments: instalments.map(({ paid: _, ...i }) => i) }),
          ...(request.documents && { documents: request.documents }),
        },
      });
      if (run.features.ledger)
        await openPhaseFunds(
          run,
          state.provincialSubsidy,
          instalments,
          request.actor,
          'contract signed (任务书)',
          ['R11', 'R12'],
        );
      return answer();
    },
    (request) => {
      requireRole('signContract', request.actor);
      requireStage('signContract', state.stage, ['contract']);
      validateMilestones(request.milestones, request.contractEndsAt);
      const changed = [
        ...checkImmutableTerms(appliedTerms(run), request),
        ...(state.horseRaceGroup ? checkStageGoals(request.stageGoals) : []),
        ...checkMilitaryOrderTerms(
          state.militaryOrder,
          request.militaryOrderTerms,
          request.milestones.map((m) => m.id),
        ),
        ...(run.features.ledger
          ? checkInstalments(
              run,
              request.instalments,
              request.milestones.map((m) => m.id),
            )
          : []),
      ];
      if (changed.length) throw ruleViolation(changed);
    },
  );
}

export function onRecordMilestoneCheck(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    recordMilestoneCheckUpdate,
    async (request, answer) => {
      const milestone = state.milestones.find((candidate) => candidate.id === request.milestoneId)!;
      const onTime = run.now() <= Date.parse(milestone.dueAt);
      milestone.status = request.passed ? 'passed' : 'failed';
      milestone.metOnTime = request.passed && onTime;
      milestone.outstanding = request.outstanding;
      await record(run, request.passed ? 'milestonePassed' : 'milestoneFailed', request.actor, {
        basis: request.evidence,
        ruleIds: state.militaryOrder ? ['R14'] : ['R15'],
        payload: {
          milestoneId: milestone.id,
          onTime,
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('recordMilestoneCheck', request.actor);
      requireStage('recordMilestoneCheck', state.stage, ['execution']);
      const milestone = findMilestone(run, request.milestoneId);
      if (milestone.status !== 'pending') {
        throw invalidTransition(
          `Milestone ${milestone.id} is ${milestone.status}; an overdue or failed milestone needs a staff decision`,
        );
      }
      if (state.teamSteps && !milestone.report)
        throw invalidTransition(
          `The PI reports the progress of milestone ${milestone.id} before its check (POST /projects/${run.code}/milestone-reports)`,
        );
    },
  );
}

export function onDecideMilestone(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    decideMilestoneUpdate,
    async (request, answer) => {
      const milestone = state.milestones.find((candidate) => candidate.id === request.milestoneId)!;
      const ruleIds: RuleId[] = state.militaryOrder ? ['R14', 'R20'] : ['R15', 'R20'];
      if (request.decision === 'extend') {
        milestone.dueAt = run.iso(Date.parse(request.newDueAt));
        milestone.status = 'pending';
        milestone.escalatedToSupervisor = false;
        await record(run, 'milestoneExtended', request.actor, {
          basis: request.evidence.basis,
          ruleIds,
          payload: { milestoneId: milestone.id, dueAt: milestone.dueAt },
        });
      } else if (request.decision === 'acceptLate') {
        milestone.status = 'acceptedLate';
        milestone.metOnTime = false;
        await record(run, 'milestoneAcceptedLate', request.actor, {
          basis: request.evidence.basis,
          ruleIds,
          payload: { milestoneId: milestone.id },
        });
      } else {
        const subjective = request.finding === 'subjectiveFailure';
        const finding = subjective ? 'subjective failure (主观不努力)' : 'objective failure';
        await terminate(run, {
          reason: `Milestone ${milestone.id} not met: ${finding}`,
          basis: request.evidence.basis,
          actor: request.actor,
          ruleIds: subjective ? ['R14', 'R14.2', 'R20'] : ['R14', 'R20'],
          subjectiveFailure: subjective && state.militaryOrder,
          misusedFunds: request.misusedFunds,
          evidence: request.evidence,
        });
      }
      return answer();
    },
    (request) => {
      requireRole('decideMilestone', request.actor);
      requireStage('decideMilestone', state.stage, ['execution']);
      requireStaffCommitment(request.evidence);
      const milestone = findMilestone(run, request.milestoneId);
      if (milestone.status !== 'overdue' && milestone.status !== 'failed') {
        throw invalidTransition(
          `Milestone ${milestone.id} is ${milestone.status}: only an overdue or failed milestone needs a decision`,
        );
      }
      if (request.decision === 'extend' && !(Date.parse(request.newDueAt) > run.now())) {
        throw invalidTransition('An extension needs a new due date in the future');
      }
      if (request.decision === 'acceptLate' && milestone.status === 'failed') {
        throw invalidTransition(`Milestone ${milestone.id} failed its check; extend it or terminate`);
      }
    },
  );
}

function findMilestone(run: ProjectRun, milestoneId: string) {
  const milestone = run.state.milestones.find((candidate) => candidate.id === milestoneId);
  if (!milestone) throw invalidTransition(`Milestone ${milestoneId} is not in the contract of ${run.code}`);
  return milestone;
}
