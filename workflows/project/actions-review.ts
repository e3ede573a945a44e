// The review's staff actions: each expert on the panel commits (R18.1) and then scores once (R9, R18.2), and
// the programme officer decides, approving with the R12 cut, the R11 funding mode, an R14 military order or
// an R13 horse race, or rejecting, always with R20 evidence and their R18.1 commitment.
import { commitAsExpertUpdate, decideUpdate, submitReviewScoreUpdate } from '../../contract/project-workflow';
import { horseRaceGroupId } from '../../contract/list-entry-workflow';
import type { RuleId, Violation } from '../../rules';
import { checkExpertCommitment } from '../../rules/commitments';
import { checkFundingMode } from '../../rules/funding';
import { checkHorseRaceCandidate } from '../../rules/horse-race';
import { applySubsidyCut, checkImmutableTerms } from '../../rules/review';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { joinHorseRace } from './horse-race';
import { startPublicity } from './publicity';

import { onAction } from './on-action';
import { enter, record } from './recording';
import { appliedTerms, type ProjectRun } from './run';

/** The panel seats the expert: R9 drew them, R18.2 and R19 let them sit. */
function requireSeated(run: ProjectRun, expertId: string): void {
  if (!run.state.panel?.expertIds.includes(expertId)) {
    throw invalidTransition(`Expert ${expertId} is not on the review panel of ${run.code} (R9, R18.2)`);
  }
}

export function onCommitAsExpert(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    commitAsExpertUpdate,
    async (request, answer) => {
      (state.expertCommitments ??= {})[request.expertId] = run.iso(run.now());
      await record(run, 'commitAsExpert', request.actor, {
        ruleIds: ['R18.1', 'R18.2'],
        payload: {
          expertId: request.expertId,
          noConflict: request.noConflict,
          confidentiality: request.confidentiality,
          fairness: request.fairness,
        },
      });
      return answer();
    },
    (request) => {
      requireRole('commitAsExpert', request.actor);
      requireStage('commitAsExpert', state.stage, ['review']);
      if (request.actor.id !== request.expertId)
        throw invalidTransition(`${request.actor.id} cannot commit for ${request.expertId}`);
      requireSeated(run, request.expertId);
      if (state.expertCommitments?.[request.expertId] !== undefined)
        throw invalidTransition(`Expert ${request.expertId} has already signed the commitment`);
      const violations = checkExpertCommitment(request);
      if (violations.length) throw ruleViolation(violations);
    },
  );
}

export function onSubmitReviewScore(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    submitReviewScoreUpdate,
    async (request, answer) => {
      state.scores[request.expertId] = request.score;
      await record(run, 'submitReviewScore', request.actor, {
        ruleIds: ['R9'],
        payload: { expertId: request.expertId, score: request.score },
      });
      return answer();
    },
    (request) => {
      requireRole('submitReviewScore', request.actor);
      requireStage('submitReviewScore', state.stage, ['review']);
      if (request.actor.id !== request.expertId)
        throw invalidTransition(`${request.actor.id} cannot score for ${request.expertId}`);
      requireSeated(run, request.expertId);
      if (state.scores[request.expertId] !== undefined)
        throw invalidTransition(`Expert ${request.expertId} has already scored`);
      if (state.expertCommitments?.[request.expertId] === undefined)
        throw ruleViolation(checkExpertCommitment(undefined));
    },
  );
}

export function onDecide(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    decideUpdate,
    async (request, answer) => {
      if (request.outcome === 'reject') {
        state.rejection = { basis: request.evidence.basis };
        await enter(run, 'rejected', 'reject', request.actor, {
          basis: request.evidence.basis,
          ruleIds: ['R8', 'R20'],
          payload: { evidence: request.evidence },
        });
        return answer();
      }
      const cut = applySubsidyCut(run.budget, request.approvedSubsidy);
      if (cut.ok) run.budget = cut.value;
      state.provincialSubsidy = request.approvedSubsidy;
      state.fundingMode = request.fundingMode;
      state.militaryOrder = request.militaryOrder;
      if (request.horseRace) state.horseRaceGroup = horseRaceGroupId(run.input.listEntry.id);
      const ruleIds: RuleId[] = [
        'R11',
        'R12',
        'R20',
        ...(request.horseRace ? (['R13'] as RuleId[]) : []),
        ...(request.militaryOrder ? (['R14'] as RuleId[]) : []),
      ];
      const payload = {
        evidence: request.evidence,
        approvedSubsidy: request.approvedSubsidy,
        fundingMode: request.fundingMode,
      };
      if (run.features.publicity) {
        // R18.3 / R20: published first; it takes effect (and the race is joined) when the period ends.
        const publicity = startPublicity(run);
        await enter(run, 'publicity', 'approve', request.actor, {
          deadlineMs: Date.parse(publicity.endsAt) - run.now(),
          basis: request.evidence.basis,
          ruleIds: [...ruleIds, 'R18.3'],
          payload: { ...payload, publicity },
        });
        return answer();
      }
      await enter(run, 'contract', 'approve', request.actor, {
        deadlineMs: run.durations.decisionPeriodMs,
        basis: request.evidence.basis,
        ruleIds,
        payload,
      });
      if (state.horseRaceGroup) await joinHorseRace(run);
      return answer();
    },
    (request) => {
      requireRole('decide', request.actor);
      if (state.platform)
        throw invalidTransition(
          `Project ${run.code} is approved by its platform, which files its approval (R17)`,
        );
      // R11: an immediate approval is decided without waiting for the window or a review.
      const fastTrack =
        request.outcome === 'approve' &&
        request.fundingMode === 'immediateApproval' &&
        state.stage === 'application';
      if (!(fastTrack || state.stage === 'decision' || (state.stage === 'review' && state.reviewOverdue))) {
        throw invalidTransition(
          `A decision is possible once review is complete or overdue (or at once for an immediate approval, R11); the project is in ${state.stage}`,
        );
      }
      if (fastTrack && state.recommendation && !state.recommendation.recommended)
        throw invalidTransition(
          'An immediate approval needs the recommending authority’s recommendation first (R6.6)',
        );
      requireStaffCommitment(request.evidence);
      if (request.outcome === 'approve') {
        const violations: Violation[] = checkFundingMode(
          request.fundingMode,
          { ...run.application, budget: run.budget },
          run.input.listEntry,
          request,
        );
        const cut = applySubsidyCut(run.budget, request.approvedSubsidy);
        if (!cut.ok) violations.push(...cut.violations);
        violations.push(...checkImmutableTerms(appliedTerms(run), request));
        // R13: the rivals' routes are the API's to compare; the route and the inspection are here.
        if (request.horseRace)
          violations.push(
            ...checkHorseRaceCandidate(
              {
                technicalRoute: run.application.technicalRoute,
                inspected: state.onSiteInspection !== undefined,
                comparableLevel: state.onSiteInspection?.comparableLevel,
              },
              [],
            ),
          );
        if (violations.length) throw ruleViolation(violations);
      }
    },
  );
}
