// The department's oversight of a running project beyond its milestones: random spot checks drawn over the
// projects in execution and the follow-up an unsatisfactory one opens (R18.4), the commissioner's periodic
// reports (R18.5), and the department's rating of each post-evaluation year (R23).
import {
  isOpenStage,
  fileCommissionerReportUpdate,
  openSpotCheckUpdate,
  ratePostEvaluationUpdate,
  rectifySpotCheckUpdate,
  type ProjectState,
  type SpotCheckState,
  type WithActor,
} from '../../contract/project-workflow';
import type { SpotCheckRequest } from '../../contract/project';
import { invalidTransition, requireRole, requireStage, requireStaffCommitment } from '../failures';
import { PROCESS_STAGES } from './major-events';
import { onAction } from './on-action';
import { record } from './recording';
import type { ProjectRun } from './run';

/** A drawn check's result names it; one staff held on their own opens and closes a check at once. */
export function spotCheckResult(run: ProjectRun, request: WithActor<SpotCheckRequest>): SpotCheckState {
  const checks = (run.state.spotChecks ??= []);
  const now = run.iso(run.now());
  let check = checks.find((c) => c.id === request.checkId);
  if (!check) {
    check = { id: `check-${checks.length + 1}`, openedAt: now };
    checks.push(check);
  }
  check.result = { by: request.actor, at: now, satisfactory: request.satisfactory };
  if (!request.satisfactory)
    check.followUp = { dueAt: run.iso(run.now() + run.durations.spotCheckFollowUpMs) };
  return check;
}

/** A drawn check the result may close: one the project has and that has no result yet. */
export function requireOpenSpotCheck(run: ProjectRun, checkId: string | undefined): void {
  if (checkId === undefined) return;
  const check = run.state.spotChecks?.find((c) => c.id === checkId);
  if (!check) throw invalidTransition(`Project ${run.code} has no spot check ${checkId}`);
  if (check.result) throw invalidTransition(`Spot check ${checkId} has its result already`);
}

export function onOpenSpotCheck(run: ProjectRun): void {
  onAction(
    run,
    openSpotCheckUpdate,
    async (request, answer) => {
      (run.state.spotChecks ??= []).push({
        id: request.drawId,
        openedAt: run.iso(run.now()),
        dueAt: run.iso(Date.parse(request.dueAt)),
      });
      await record(run, 'spotCheckDrawn', request.actor, {
        basis: `drawn in ${request.drawId}`,
        ruleIds: ['R18.4'],
        payload: { checkId: request.drawId, dueAt: request.dueAt },
      });
      return answer();
    },
    (request) => {
      requireRole('openSpotCheck', request.actor);
      requireStage('openSpotCheck', run.state.stage, ['execution']);
      if (!run.features.oversight)
        throw invalidTransition(`Project ${run.code} takes spot checks as staff record them, not drawn`);
      if (run.state.spotChecks?.some((c) => c.id === request.drawId))
        throw invalidTransition(`Project ${run.code} was drawn in ${request.drawId} already`);
    },
  );
}

export function onRectifySpotCheck(run: ProjectRun): void {
  onAction(
    run,
    rectifySpotCheckUpdate,
    async (request, answer) => {
      const check = run.state.spotChecks!.find((c) => c.id === request.checkId)!;
      check.followUp!.rectifiedAt = run.iso(run.now());
      await record(run, 'spotCheckRectified', request.actor, {
        basis: request.report,
        ruleIds: ['R18.4'],
        payload: {
          checkId: check.id,
          onTime: run.now() <= Date.parse(check.followUp!.dueAt),
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('rectifySpotCheck', request.actor);
      requireStage('rectifySpotCheck', run.state.stage, PROCESS_STAGES);
      if (request.actor.role === 'projectLead' && request.actor.id !== run.piId)
        throw invalidTransition(`Only the project's PI ${run.piId} or its institution rectifies`);
      const check = run.state.spotChecks?.find((c) => c.id === request.checkId);
      if (!check?.followUp)
        throw invalidTransition(`Project ${run.code} has no spot check ${request.checkId} to rectify`);
      if (check.followUp.rectifiedAt)
        throw invalidTransition(`Spot check ${check.id} was rectified on ${check.followUp.rectifiedAt}`);
    },
  );
}

/** R18.5: the commissioner reports from their appointment, every policy interval, until the project ends. */
export function appointCommissioner(run: ProjectRun, id: string, name: string): void {
  run.state.commissioner = {
    id,
    name,
    reports: run.state.commissioner?.reports ?? 0,
    nextReportDueAt: run.iso(run.now() + run.durations.commissionerReportIntervalMs),
  };
}

export function onFileCommissionerReport(run: ProjectRun): void {
  onAction(
    run,
    fileCommissionerReportUpdate,
    async (request, answer) => {
      const commissioner = run.state.commissioner!;
      commissioner.reports += 1;
      commissioner.nextReportDueAt = run.iso(
        Math.max(run.now(), Date.parse(commissioner.nextReportDueAt)) +
          run.durations.commissionerReportIntervalMs,
      );
      await record(run, 'commissionerReport', request.actor, {
        basis: request.findings,
        ruleIds: ['R18.5'],
        payload: {
          report: commissioner.reports,
          assessment: request.assessment,
          ...(request.documents && { documents: request.documents }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('fileCommissionerReport', request.actor);
      if (!isOpenStage(run.state.stage)) throw invalidTransition(`The project is ${run.state.stage}`);
      const commissioner = run.state.commissioner;
      if (!commissioner) throw invalidTransition(`Project ${run.code} has no commissioner who reports`);
      if (commissioner.id !== request.actor.id)
        throw invalidTransition(
          `Project ${run.code}'s commissioner is ${commissioner.name} (${commissioner.id})`,
        );
    },
  );
}

/** R23: a reported year is owed the department's rating within the policy's period. */
export function owePostEvaluationRating(run: ProjectRun, year: number): void {
  (run.state.postEvaluationRatings ??= []).push({
    year,
    dueAt: run.iso(run.now() + run.durations.postEvaluationRatingMs),
  });
}

/** Every year of post-evaluation reported and rated: the project may close. */
export const postEvaluationRated = (state: ProjectState, years: number): boolean =>
  (state.postEvaluationRatings ?? []).filter((r) => r.rating).length >= years;

export function onRatePostEvaluation(run: ProjectRun): void {
  onAction(
    run,
    ratePostEvaluationUpdate,
    async (request, answer) => {
      const owed = run.state.postEvaluationRatings!.find((r) => r.year === request.year)!;
      owed.rating = { grade: request.grade, by: request.actor, at: run.iso(run.now()) };
      await record(run, 'postEvaluationRating', request.actor, {
        basis: request.basis,
        ruleIds: ['R23', 'R20'],
        payload: { year: request.year, grade: request.grade, evidence: request.evidence },
      });
      return answer();
    },
    (request) => {
      requireRole('ratePostEvaluation', request.actor);
      requireStage('ratePostEvaluation', run.state.stage, ['postEvaluation']);
      requireStaffCommitment(request.evidence);
      const owed = run.state.postEvaluationRatings?.find((r) => r.year === request.year);
      if (!owed)
        throw invalidTransition(
          `The team has not reported post-evaluation year ${request.year} of project ${run.code} (R23)`,
        );
      if (owed.rating)
        throw invalidTransition(
          `Post-evaluation year ${request.year} was rated ${owed.rating.grade} already`,
        );
    },
  );
}
