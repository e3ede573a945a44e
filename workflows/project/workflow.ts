// One long-running workflow per project, from application to three years after acceptance. Staff act
// through updates whose validators refuse invalid transitions before they enter history; termination and
// rolling support are signals. Every timer comes from the project's policy version. This module sets the
// run up and drives its stages; the modules beside it hold the state, the steps and the handlers.
import {
  CancellationScope,
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  isCancellation,
  workflowInfo,
} from '@temporalio/workflow';
import { applicationSubmittedSignal, listEntryWorkflowId } from '../../contract/list-entry-workflow';
import { isOpenStage, type ProjectOutcome, type ProjectWorkflowInput } from '../../contract/project-workflow';
import { onDecideMilestone, onRecordMilestoneCheck, onSignContract } from './actions-execution';
import { onRecordAcceptance, onSubmitPostEvaluationReport } from './actions-acceptance';
import { onRecommend } from './actions-admission';
import { onFileSpendingReport, onRecordDisbursement } from './funds';
import { onApplyForAcceptance, onReportMilestoneProgress } from './team-steps';
import { onDecideChange, onRequestChange } from './changes';
import { majorEventWatch, onRespondToMajorEvent } from './major-events';
import {
  onFileCommissionerReport,
  onOpenSpotCheck,
  onRatePostEvaluation,
  onRectifySpotCheck,
} from './oversight';
import { onRecordOnSiteInspection } from './horse-race';
import { onFileWithProvince, platformExecutionStage } from './platform';
import { onLodgeObjection, onResolveObjection, publicityStage } from './publicity';
import { onCommitAsExpert, onDecide, onSubmitReviewScore } from './actions-review';
import {
  onAssignCommissioner,
  onRecordSpotCheck,
  onReportMajorEvent,
  onSetProjectPool,
} from './actions-supervision';
import { reminderLoopV1 } from './legacy';
import { recordCancelledOutsideApi } from './outside-api';
import { record } from './recording';
import { prunedReminders, reminderLoop } from './reminders';
import { ProjectRun } from './run';
import { onExaminationPlan, setQueryAndSignalHandlers } from './signals';
import { applicationStage } from './stage-application';
import { executionStage } from './stage-execution';
import { postEvaluationStage, startRollingSupport } from './stage-post-evaluation';
import { examinationStage, reviewStage } from './stage-review';
import { terminate } from './termination';
import { awaitStaff } from './waits';

export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectOutcome> {
  const run = new ProjectRun(input);
  const state = run.state;
  setHandlers(run);
  // Histories recorded before reminders existed replay without them, those of the first loop with it
  // (patching-api sample).
  const reminders = run.features.reminders();
  // A cancellation ends the loops' waits too: that is no failure of the workflow task (which would retry
  // over and over), and the main loop records it.
  const endedByCancellation = (err: unknown) => {
    if (!isCancellation(err)) throw err;
  };
  if (reminders === 'v2') void reminderLoop(run).catch(endedByCancellation);
  else if (reminders === 'v1') void reminderLoopV1(run).catch(endedByCancellation);
  if (run.features.majorEventResponses) void majorEventWatch(run).catch(endedByCancellation);

  if (!input.resume) {
    const inOneTask = run.features.firstStepInOneTask;
    const firstStep = record(run, 'submitApplication', input.submittedBy, {
      at: input.submittedAt,
      ruleIds: ['R4', 'R5', 'R6', 'R19'],
      inTask: inOneTask,
    }).then(() => {
      run.firstStepRecorded = true;
    });
    if (inOneTask) await Promise.all([firstStep, tellEntryOfApplication(run)]);
    else {
      await firstStep;
      await tellEntryOfApplication(run);
    }
  }

  try {
    while (isOpenStage(state.stage)) {
      if (run.termination) {
        await terminate(run, run.termination);
        break;
      }
      if (run.rolling) {
        await startRollingSupport(run, run.rolling);
      } else {
        switch (state.stage) {
          case 'application':
            await applicationStage(run);
            break;
          case 'examination':
            await examinationStage(run);
            break;
          case 'review':
            await reviewStage(run);
            break;
          case 'decision':
            await awaitStaff(run, 'decision', 'decisionOverdue', ['R20']);
            break;
          case 'publicity':
            await publicityStage(run);
            break;
          case 'contract':
            await awaitStaff(run, 'contract', 'contractOverdue', ['R14']);
            break;
          case 'execution':
            await (state.platform ? platformExecutionStage(run) : executionStage(run));
            break;
          case 'acceptance':
            await awaitStaff(run, 'acceptance', 'acceptanceOverdue', ['R16']);
            break;
          case 'postEvaluation':
            await postEvaluationStage(run);
            break;
        }
      }
      // Long lives stay short in history: a new run after a phase boundary once this one is long enough
      // (CONTINUE_AS_NEW_AFTER_EVENTS), or when the server suggests it.
      const longEnough = workflowInfo().historyLength >= run.features.continueAsNewAfterEvents;
      if (
        isOpenStage(state.stage) &&
        ((run.phaseBoundary && longEnough) || workflowInfo().continueAsNewSuggested)
      ) {
        await condition(allHandlersFinished);
        // A signal may have arrived while handlers finished: handle it in this run rather than lose it.
        if (!run.termination && !run.rolling && isOpenStage(state.stage)) {
          await continueAsNew<typeof projectWorkflow>({
            ...input,
            // The loop's own answer on reminders: legacy histories asked their patches where it started.
            features: { ...run.features, reminders },
            resume: { ...state, budget: run.budget, reminders: prunedReminders(run) },
          });
        }
      }
    }
  } catch (err) {
    // A cancel request from outside the API ends the run; the project says so before it goes.
    if (isCancellation(err) && run.features.sealedMessages)
      await CancellationScope.nonCancellable(() => recordCancelledOutsideApi(run));
    throw err;
  }
  await condition(allHandlersFinished);
  return { code: run.code, stage: state.stage };
}

/** R8: the entry's workflow counts the application; an entry without a workflow of its own has none. */
async function tellEntryOfApplication(run: ProjectRun): Promise<void> {
  const input = run.input;
  if (input.applicationWindow?.entryWorkflow === false) return;
  try {
    await getExternalWorkflowHandle(listEntryWorkflowId(input.listEntry.id)).signal(
      applicationSubmittedSignal,
      {
        code: run.code,
        fundBacked: run.application.leadOrganisation.fundBacked,
        submittedAt: input.submittedAt,
        ...(input.applicationWindow && { closesOwnWindow: true }),
      },
    );
  } catch {
    // No list workflow (an entry from before list workflows existed): its window is taken as closed.
    if (!input.applicationWindow)
      run.windowClosed = { examination: run.state.examinationRequired, late: false };
  }
}

/** In the order the stored histories expect: a message buffered before its handler is delivered at once. */
function setHandlers(run: ProjectRun): void {
  setQueryAndSignalHandlers(run);
  onSubmitReviewScore(run);
  onDecide(run);
  onSignContract(run);
  onRecordMilestoneCheck(run);
  onDecideMilestone(run);
  onReportMajorEvent(run);
  onRecordSpotCheck(run);
  onAssignCommissioner(run);
  onSetProjectPool(run);
  onRecordAcceptance(run);
  onSubmitPostEvaluationReport(run);
  // Handlers added since: set last, so the older ones keep their places.
  onCommitAsExpert(run);
  onExaminationPlan(run);
  onRecommend(run);
  onLodgeObjection(run);
  onResolveObjection(run);
  onRecordOnSiteInspection(run);
  onFileWithProvince(run);
  onRecordDisbursement(run);
  onFileSpendingReport(run);
  onReportMilestoneProgress(run);
  onApplyForAcceptance(run);
  onRequestChange(run);
  onDecideChange(run);
  onRespondToMajorEvent(run);
  onOpenSpotCheck(run);
  onRectifySpotCheck(run);
  onFileCommissionerReport(run);
  onRatePostEvaluation(run);
}
