// The project's queries and signals. The status query answers from the run's state; termination (R15) and
// rolling support (R21) are signals the main loop acts on at its next turn; the entry's workflow signals
// the R8 examination outcome and the R13 stage gate.
import { condition, setHandler } from '@temporalio/workflow';
import { examinationPlanSignal } from '../../contract/list-entry-workflow';
import {
  SIGNAL_STAGES,
  awaitRecordedUpdate,
  examinationOutcomeSignal,
  isOpenStage,
  rollingSupportSignal,
  stageGateOutcomeSignal,
  statusQuery,
  terminateSignal,
  type ProjectStage,
} from '../../contract/project-workflow';
import { onWindowClosedByEntry } from './legacy';
import { ningboManaged } from './funds';
import { record } from './recording';
import type { ProjectRun } from './run';

const takesSignal = (signal: keyof typeof SIGNAL_STAGES, stage: ProjectStage): boolean =>
  SIGNAL_STAGES[signal].includes(stage);

/** In this order: a signal buffered before its handler is set is delivered when it is set. */
export function setQueryAndSignalHandlers(run: ProjectRun): void {
  setHandler(statusQuery, () => run.status());
  setHandler(awaitRecordedUpdate, async () => {
    const since = run.state.seq;
    await condition(() => run.firstStepRecorded);
    return run.actionResult(since);
  });

  setHandler(terminateSignal, (request) => {
    if (!run.accepts(request)) return;
    if (!takesSignal('terminate', run.state.stage) || request.actor.role !== 'supervisor') return;
    run.termination ??= {
      reason: request.reason,
      basis: request.basis,
      actor: request.actor,
      ruleIds: ['R15'],
      ...(request.misusedFunds && { misusedFunds: request.misusedFunds }),
      ...(request.evidence && { evidence: request.evidence }),
    };
  });
  setHandler(rollingSupportSignal, (request) => {
    if (!run.accepts(request)) return;
    if (!takesSignal('rollingSupport', run.state.stage)) return;
    // R11: a project Ningbo funds receives nothing from the province, rolling support included.
    if (run.features.ledger && ningboManaged(run) && request.additionalSubsidy > 0) return;
    run.rolling ??= request;
  });
  onWindowClosedByEntry(run);
  setHandler(examinationOutcomeSignal, (outcome) => {
    if (run.accepts(outcome)) run.examination ??= outcome;
  });
  // Async, so allHandlersFinished covers its write before a continue-as-new or the end.
  setHandler(stageGateOutcomeSignal, async (outcome) => {
    if (!run.accepts(outcome) || !isOpenStage(run.state.stage)) return;
    if (!outcome.passed) {
      run.termination ??= {
        reason: 'Horse-race stage gate not passed',
        basis: outcome.basis,
        actor: outcome.actor,
        ruleIds: ['R13'],
      };
    } else {
      if (run.state.funds) run.state.funds.stageGatePassed = true;
      await record(run, 'stageGatePassed', outcome.actor, {
        basis: outcome.basis,
        ruleIds: ['R13'],
        ...(run.state.stageGoals && { payload: { stageGoals: run.state.stageGoals } }),
      });
    }
  });
}

/** R8: the entry's workflow says at the window's close whether the examination is held. */
export function onExaminationPlan(run: ProjectRun): void {
  setHandler(examinationPlanSignal, (plan) => {
    if (run.accepts(plan)) run.examinationPlan ??= plan;
  });
}
