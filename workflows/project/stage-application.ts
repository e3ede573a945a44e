// The application stage: the application window closes (R1), eligibility is checked once more (R14.2 and
// R19 bans can start meanwhile), and the project goes to the R8 examination or straight to review.
import { condition, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { submittedOnTime } from '../../rules/application-window';
import { shanghaiDate } from '../../rules/dates';
import { databaseWrites } from '../activity-options';
import { enter } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost, summarised } from './summaries';
import { platformManages, startPlatformManagement } from './platform';

const { recheckEligibility } = proxyActivities<Activities>(databaseWrites);

export async function applicationStage(run: ProjectRun): Promise<void> {
  if (run.input.applicationWindow) await closeOwnWindow(run, run.input.applicationWindow.closesAt);
  await condition(
    () => run.windowClosed !== undefined || run.interrupted() || run.state.stage !== 'application',
  );
  const windowClosed = run.windowClosed;
  if (!windowClosed) return;
  const state = run.state;
  const durations = run.durations;
  // Returned by its recommending authority while the window was open (R6.6).
  if (state.stage !== 'application') return;
  if (windowClosed.late) {
    state.rejection = { basis: 'submitted after the application window closed' };
    await enter(run, 'rejected', 'rejectLate', SYSTEM, { basis: state.rejection.basis, ruleIds: ['R1'] });
    return;
  }
  const pending = state.recommendation;
  if (pending && !pending.recommended) {
    // R6.6: admitted only with its authority's recommendation, which may come until the grace ends.
    const left = Date.parse(pending.dueAt) - run.now();
    if (left > 0)
      await waitAtMost(
        run,
        () => pending.recommended !== undefined || state.stage !== 'application' || run.interrupted(),
        left,
        deadlineSummary('推荐截止', 'recommendation due', pending.dueAt),
      );
    if (state.stage !== 'application' || run.interrupted()) return;
    if (!pending.recommended) {
      state.rejection = { basis: `not recommended by its recommending authority by ${pending.dueAt}` };
      await enter(run, 'rejected', 'notRecommended', SYSTEM, {
        basis: state.rejection.basis,
        ruleIds: ['R6.6'],
      });
      return;
    }
  }
  const violations = await summarised(
    run,
    recheckEligibility,
    '复核申报资格 · rechecks eligibility (R5, R6, R19)',
    {
      application: run.application,
      entry: run.input.listEntry,
      policy: run.policy,
      asOf: shanghaiDate(new Date(run.now())),
    },
  );
  if (violations.length) {
    state.rejection = { basis: 'ineligible when the application window closed', violations };
    await enter(run, 'rejected', 'rejectIneligible', SYSTEM, {
      basis: violations.map((v) => `${v.ruleId}: ${v.message.en}`).join('; '),
      ruleIds: [...new Set(violations.map((v) => v.ruleId))],
    });
    return;
  }
  // R17: a platform's own project goes to its platform, not to the province's examination or review.
  if (platformManages(run)) return startPlatformManagement(run);
  // R8: an entry published since says at its window's close whether it holds the examination (fewer
  // applications than the multiple × planned go straight to review); before, it always did. No await on
  // the older path, so its commands keep their recorded order.
  const waitsForPlan = windowClosed.examination && run.input.applicationWindow?.examinationPlan === true;
  if (waitsForPlan) await condition(() => run.examinationPlan !== undefined || run.interrupted());
  const plan = run.examinationPlan;
  if (waitsForPlan && !plan) return;
  if (windowClosed.examination && (!waitsForPlan || plan!.examination)) {
    await enter(run, 'examination', 'applicationWindowClosed', SYSTEM, {
      deadlineMs: durations.examinationPeriodMs,
      ruleIds: ['R8'],
    });
  } else if (waitsForPlan) {
    await enter(run, 'review', 'examinationNotHeld', SYSTEM, {
      deadlineMs: durations.reviewPeriodMs,
      basis: plan!.basis,
      ruleIds: ['R8', 'R9'],
    });
  } else {
    await enter(run, 'review', 'applicationWindowClosed', SYSTEM, {
      deadlineMs: durations.reviewPeriodMs,
      ruleIds: ['R8', 'R9'],
    });
  }
}

/**
 * The project's own timer closes its application window (R1), so an entry needs no workflow to tell its
 * projects, one by one, when it closed. The API accepts applications only while the window is open and
 * stamps `submittedAt` by the same clock, so lateness follows from the two times.
 */
async function closeOwnWindow(run: ProjectRun, closesAt: string): Promise<void> {
  const left = Date.parse(closesAt) - run.now();
  // A stage change during the window is a return by the recommending authority (R6.6).
  if (
    left > 0 &&
    (await waitAtMost(
      run,
      () => run.interrupted() || run.state.stage !== 'application',
      left,
      deadlineSummary('申报截止', 'application window closes', closesAt),
    ))
  )
    return;
  run.windowClosed ??= {
    examination: run.state.examinationRequired,
    late: !submittedOnTime(run.input.submittedAt, closesAt),
  };
}
