// The R8 examination (held by the entry's workflow, which tells each project its outcome) and the expert
// review: a panel drawn by R9 with recusal (R18.2) and integrity (R19), whose experts each score once.
import { condition, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { shanghaiDate } from '../../rules/dates';
import { databaseWrites } from '../activity-options';
import { enter, record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost, summarised } from './summaries';
import { awaitWithEscalation } from './waits';

const { drawReviewPanel } = proxyActivities<Activities>(databaseWrites);

export async function examinationStage(run: ProjectRun): Promise<void> {
  await awaitWithEscalation(run, () => run.examination !== undefined, 'examinationOverdue', ['R8']);
  const examination = run.examination;
  if (!examination) return;
  if (examination.passed) {
    await enter(run, 'review', 'examinationPassed', examination.actor, {
      deadlineMs: run.durations.reviewPeriodMs,
      basis: examination.basis,
      ruleIds: ['R8'],
    });
  } else {
    run.state.rejection = { basis: `not shortlisted in examination (rank ${examination.rank})` };
    await enter(run, 'rejected', 'examinationNotPassed', examination.actor, {
      basis: examination.basis,
      ruleIds: ['R8'],
    });
  }
}

export async function reviewStage(run: ProjectRun): Promise<void> {
  const state = run.state;
  if (!state.panel) {
    const draw = await summarised(run, drawReviewPanel, '抽取评审专家 · draws the review panel (R9, R18.2)', {
      code: run.code,
      phase: state.phase,
      seed: `${workflowInfo().workflowId}:phase-${state.phase}`,
      subject: { ...run.teamSubject(), projectIds: [run.code] },
      policy: run.policy,
      asOf: shanghaiDate(new Date(run.now())),
    });
    state.panel = draw;
    await record(run, 'reviewPanelDrawn', SYSTEM, {
      ruleIds: ['R9', 'R18.2', 'R19'],
      payload: {
        seed: draw.seed,
        expertIds: draw.expertIds,
        enterpriseShareBp: draw.enterpriseShareBp,
        shortfall: draw.shortfall,
      },
    });
  }
  const panel = state.panel;
  const allScored = () =>
    panel.expertIds.length > 0 && panel.expertIds.every((id) => state.scores[id] !== undefined);
  const left = Math.max(1, Date.parse(state.stageDeadline ?? run.iso(run.now())) - run.now());
  if (!state.reviewOverdue && panel.expertIds.length > 0) {
    const summary = deadlineSummary('专家评审截止', 'review scores due', run.now() + left);
    if (
      await waitAtMost(run, () => allScored() || state.stage !== 'review' || run.interrupted(), left, summary)
    ) {
      if (allScored() && state.stage === 'review') await reviewCompleted(run);
      return;
    }
  }
  // Overdue scores (or no eligible experts): staff may decide on what is there.
  state.reviewOverdue = true;
  await record(run, 'reviewOverdue', SYSTEM, {
    ruleIds: ['R9'],
    basis: 'review period ended; escalated to the programme officer',
  });
  await condition(() => allScored() || state.stage !== 'review' || run.interrupted());
  if (allScored() && state.stage === 'review') await reviewCompleted(run);
}

/**
 * Every expert has scored: the decision is the programme officer's, within the decision period. Not
 * async: the caller awaits `enter` itself, so the step's timing against other handlers stays as recorded.
 */
function reviewCompleted(run: ProjectRun): Promise<void> {
  return enter(run, 'decision', 'reviewCompleted', SYSTEM, {
    deadlineMs: run.durations.decisionPeriodMs,
    ruleIds: ['R8', 'R9'],
    payload: { scores: run.state.scores },
  });
}
