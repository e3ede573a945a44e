// Acceptance (R16 panel with the demand side, R16.1 simplified, R17 platform filing) and the yearly
// post-evaluation reports after it (R23).
import { recordAcceptanceUpdate, submitPostEvaluationUpdate } from '../../contract/project-workflow';
import { ACCEPTANCE_PATH_RULE, checkAcceptance } from '../../rules/funding';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { onAction } from './on-action';
import { enter, record } from './recording';
import type { ProjectRun } from './run';
import { terminate } from './termination';
import { checkPostHocSubsidy, setPostHocSubsidy } from './funds';
import { owePostEvaluationRating } from './oversight';

export function onRecordAcceptance(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    recordAcceptanceUpdate,
    async (request, answer) => {
      if (!request.passed) {
        const subjective = request.finding === 'subjectiveFailure' && state.militaryOrder;
        await terminate(run, {
          reason: subjective
            ? 'Acceptance not passed: subjective failure (主观不努力)'
            : 'Acceptance not passed',
          basis: request.evidence.basis,
          actor: request.actor,
          ruleIds: subjective ? ['R16', 'R14.2', 'R20'] : ['R16', 'R20'],
          subjectiveFailure: subjective,
          evidence: request.evidence,
        });
        return answer();
      }
      state.acceptedAt = run.iso(run.now());
      if (!run.features.ledger && state.fundingMode === 'postHocSubsidy')
        state.fundsPaid += state.provincialSubsidy;
      run.phaseBoundary = true;
      await enter(run, 'postEvaluation', 'accept', request.actor, {
        deadlineMs: run.durations.postEvaluationIntervalMs,
        basis: request.evidence.basis,
        ruleIds: [ACCEPTANCE_PATH_RULE[state.acceptancePath ?? 'standard']],
        payload: {
          path: state.acceptancePath,
          demandSideEvaluation: request.demandSideEvaluation,
          ...(request.postHocSubsidy !== undefined && { postHocSubsidy: request.postHocSubsidy }),
          ...(request.documents && { documents: request.documents }),
        },
      });
      if (request.postHocSubsidy !== undefined)
        await setPostHocSubsidy(run, request.postHocSubsidy, request.actor, request.evidence.basis);
      return answer();
    },
    (request) => {
      requireRole('recordAcceptance', request.actor);
      requireStage('recordAcceptance', state.stage, ['acceptance']);
      requireStaffCommitment(request.evidence);
      if (request.passed && request.finding)
        throw invalidTransition(
          'A finding of failure (R14.2) goes with a failed acceptance, not a passed one',
        );
      const application = state.acceptanceApplication;
      if (state.teamSteps && !application)
        throw invalidTransition(
          `The PI applies for acceptance with the final report first (POST /projects/${run.code}/acceptance-applications)`,
        );
      // R16.1: the final account the team applied with counts for the simplified path.
      const result = {
        ...request,
        financialFinalAccount: request.financialFinalAccount ?? application?.financialFinalAccount,
      };
      const violations = [
        ...checkAcceptance(state.acceptancePath ?? 'standard', result, run.teamSubject()),
        ...checkPostHocSubsidy(run, request.passed, request.postHocSubsidy),
      ];
      if (violations.length) throw ruleViolation(violations);
    },
  );
}

export function onSubmitPostEvaluationReport(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    submitPostEvaluationUpdate,
    async (request, answer) => {
      state.postEvaluationReports.push(request.year);
      if (run.features.oversight) owePostEvaluationRating(run, request.year);
      const last = request.year === run.policy.postEvaluationYears;
      state.stageDeadline = last
        ? undefined
        : run.iso(
            Date.parse(state.acceptedAt!) + (request.year + 1) * run.durations.postEvaluationIntervalMs,
          );
      state.stageEscalated = false;
      await record(run, 'postEvaluationReport', request.actor, {
        basis: request.representativeResults,
        ruleIds: ['R23'],
        payload: {
          year: request.year,
          benefits: request.economicAndSocialBenefits,
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('submitPostEvaluationReport', request.actor);
      requireStage('submitPostEvaluationReport', state.stage, ['postEvaluation']);
      if (request.actor.role === 'projectLead' && request.actor.id !== run.piId) {
        throw invalidTransition(`Only the project's PI ${run.piId} submits its post-evaluation reports`);
      }
      const expected = state.postEvaluationReports.length + 1;
      if (request.year !== expected)
        throw invalidTransition(`The next post-evaluation report is for year ${expected} (R23)`);
    },
  );
}
