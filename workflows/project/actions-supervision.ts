// Supervision while the project runs: the PI's major-event reports (R15), spot checks (R18.4), the
// commissioner (R18.5) and the project pool (R22).
import {
  assignCommissionerUpdate,
  isOpenStage,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  setProjectPoolUpdate,
  type ProjectStage,
} from '../../contract/project-workflow';
import { invalidTransition, requireRole, requireStage } from '../failures';
import { onAction } from './on-action';
import { record } from './recording';
import type { ProjectRun } from './run';

/** From the contract to the end of post-evaluation: the stages supervision follows. */
const PROCESS_STAGES: ProjectStage[] = ['contract', 'execution', 'acceptance', 'postEvaluation'];

export function onReportMajorEvent(run: ProjectRun): void {
  onAction(
    run,
    reportMajorEventUpdate,
    async (request, answer) => {
      await record(run, 'majorEventReport', request.actor, {
        basis: request.summary,
        ruleIds: ['R15'],
        payload: { risk: request.risk },
      });
      return answer();
    },
    (request) => {
      requireRole('reportMajorEvent', request.actor);
      requireStage('reportMajorEvent', run.state.stage, PROCESS_STAGES);
      if (request.actor.id !== run.piId)
        throw invalidTransition(`Only the project's PI ${run.piId} reports its major events`);
    },
  );
}

export function onRecordSpotCheck(run: ProjectRun): void {
  onAction(
    run,
    recordSpotCheckUpdate,
    async (request, answer) => {
      await record(run, 'spotCheck', request.actor, {
        basis: request.findings,
        ruleIds: ['R18.4'],
        payload: { satisfactory: request.satisfactory },
      });
      return answer();
    },
    (request) => {
      requireRole('recordSpotCheck', request.actor);
      requireStage('recordSpotCheck', run.state.stage, PROCESS_STAGES);
    },
  );
}

export function onAssignCommissioner(run: ProjectRun): void {
  onAction(
    run,
    assignCommissionerUpdate,
    async (request, answer) => {
      run.state.commissionerId = request.commissionerId;
      await record(run, 'assignCommissioner', request.actor, {
        basis: request.name,
        ruleIds: ['R18.5'],
        payload: { commissionerId: request.commissionerId },
      });
      return answer();
    },
    (request) => {
      requireRole('assignCommissioner', request.actor);
      requireStage('assignCommissioner', run.state.stage, PROCESS_STAGES);
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
      });
      return answer();
    },
    (request) => {
      requireRole('setProjectPool', request.actor);
      if (!isOpenStage(run.state.stage)) throw invalidTransition(`The project is ${run.state.stage}`);
      if (run.state.projectPool === request.member)
        throw invalidTransition(`The project is already ${request.member ? 'in' : 'out of'} the pool`);
    },
  );
}
