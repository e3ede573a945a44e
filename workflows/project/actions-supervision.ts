// Supervision while the project runs: the PI's major-event reports (R15), spot checks (R18.4), the
// commissioner (R18.5) and the project pool (R22).
import {
  assignCommissionerUpdate,
  isOpenStage,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  setProjectPoolUpdate,
} from '../../contract/project-workflow';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { onAction } from './on-action';
import { record } from './recording';
import type { ProjectRun } from './run';

import { PROCESS_STAGES, openMajorEvent } from './major-events';
import { appointCommissioner, requireOpenSpotCheck, spotCheckResult } from './oversight';

export function onReportMajorEvent(run: ProjectRun): void {
  onAction(
    run,
    reportMajorEventUpdate,
    async (request, answer) => {
      // Where the department answers by a deadline, the event waits for it (./major-events).
      const event = run.features.majorEventResponses
        ? openMajorEvent(run, { by: request.actor, risk: request.risk, summary: request.summary })
        : undefined;
      await record(run, 'majorEventReport', request.actor, {
        basis: request.summary,
        ruleIds: ['R15'],
        payload: event
          ? {
              risk: request.risk,
              eventId: event.id,
              dueAt: event.dueAt,
              ...(request.documents && { documents: request.documents }),
            }
          : { risk: request.risk },
      });
      return answer();
    },
    (request) => {
      requireRole('reportMajorEvent', request.actor);
      requireStage('reportMajorEvent', run.state.stage, PROCESS_STAGES);
      if (request.actor.role === 'projectLead' && request.actor.id !== run.piId)
        throw invalidTransition(`Only the project's PI ${run.piId} reports its major events`);
      if (request.actor.role === 'institution' && !run.features.majorEventResponses)
        throw invalidTransition(`Project ${run.code} takes major-event reports from its PI`);
    },
  );
}

export function onRecordSpotCheck(run: ProjectRun): void {
  onAction(
    run,
    recordSpotCheckUpdate,
    async (request, answer) => {
      // Where the department follows checks up, an unsatisfactory one is owed the team's rectification.
      const check = run.features.oversight ? spotCheckResult(run, request) : undefined;
      await record(run, 'spotCheck', request.actor, {
        basis: request.findings,
        ruleIds: ['R18.4'],
        payload: check
          ? {
              satisfactory: request.satisfactory,
              checkId: check.id,
              ...(check.followUp && { followUpDueAt: check.followUp.dueAt }),
              ...(request.documents && { documents: request.documents }),
            }
          : { satisfactory: request.satisfactory },
      });
      return answer();
    },
    (request) => {
      requireRole('recordSpotCheck', request.actor);
      requireStage('recordSpotCheck', run.state.stage, PROCESS_STAGES);
      requireOpenSpotCheck(run, request.checkId);
    },
  );
}

export function onAssignCommissioner(run: ProjectRun): void {
  onAction(
    run,
    assignCommissionerUpdate,
    async (request, answer) => {
      run.state.commissionerId = request.commissionerId;
      if (run.features.oversight) appointCommissioner(run, request.commissionerId, request.name);
      await record(run, 'assignCommissioner', request.actor, {
        basis: request.name,
        ruleIds: ['R18.5'],
        payload: {
          commissionerId: request.commissionerId,
          ...(run.state.commissioner && { nextReportDueAt: run.state.commissioner.nextReportDueAt }),
        },
      });
      return answer();
    },
    (request) => {
      requireRole('assignCommissioner', request.actor);
      // R18.5 全程管理监督: a commissioner may be named at any point of the project's open life.
      if (!isOpenStage(run.state.stage)) throw invalidTransition(`The project is ${run.state.stage}`);
    },
  );
}

export function onSetProjectPool(run: ProjectRun): void {
  onAction(
    run,
    setProjectPoolUpdate,
    async (request, answer) => {
      run.state.projectPool = request.member;
      await record(run, request.member ? 'enterProjectPool' : 'leaveProjectPool', request.actor, {
        basis: request.basis,
        ruleIds: ['R22'],
        ...(request.evidence && {
          payload: {
            recommendation: request.recommendation,
            procedure: request.evidence.procedure,
            decidedBy: request.evidence.decidedBy,
          },
        }),
      });
      return answer();
    },
    (request) => {
      requireRole('setProjectPool', request.actor);
      if (!isOpenStage(run.state.stage)) throw invalidTransition(`The project is ${run.state.stage}`);
      if (run.state.projectPool === request.member)
        throw invalidTransition(`The project is already ${request.member ? 'in' : 'out of'} the pool`);
      // R20: a pool decision records its evidence; R22: entering needs the review recommendation (审核推荐).
      requireStaffCommitment(request.evidence);
      if (request.member && !request.recommendation)
        throw ruleViolation([
          {
            ruleId: 'R22',
            fields: ['recommendation'],
            required: 'the review recommendation (审核推荐) that it may break a chokepoint',
            actual: 'missing',
            message: {
              'zh-CN': '进入项目池须经审核推荐',
              en: 'Entering the project pool needs the review recommendation (审核推荐)',
            },
          },
        ]);
    },
  );
}
