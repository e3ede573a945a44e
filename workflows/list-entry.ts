// A call-list entry's workflow: it runs the R8 examination shortlist as one collective decision and holds
// the R13 horse-race stage gate. It closes the application window on its timer for projects started before
// they closed their own; it tells those when the window closed.
import {
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  setHandler,
  sleep,
  workflowInfo,
  allHandlersFinished,
} from '@temporalio/workflow';
import {
  applicationSubmittedSignal,
  examinationPlanSignal,
  horseRaceJoinedSignal,
  listStatusQuery,
  noExamination,
  recordExaminationUpdate,
  recordStageGateUpdate,
  openEntryState,
  type ExaminationPlan,
  type ListEntryStatus,
  type ListEntryWorkflowInput,
  type ListState,
} from '../contract/list-entry-workflow';
import {
  applicationWindowClosedSignal,
  examinationOutcomeSignal,
  projectWorkflowId,
  stageGateOutcomeSignal,
} from '../contract/project-workflow';
import { isSealed } from '../contract/sealed-payloads';
import { submittedOnTime } from '../rules/application-window';
import { checkRaceSize } from '../rules/horse-race';
import { checkShortlistSize, examinationShortlist, examinationShortlistSize } from '../rules/review';
import { onUpdate } from './updates';
import {
  invalidTransition,
  requireRole,
  requireStaffCommitment,
  ruleViolation,
  unsealedMessage,
} from './failures';

export async function listEntryWorkflow(
  input: ListEntryWorkflowInput & { resume?: ListState },
): Promise<void> {
  const state: ListState = input.resume ?? openEntryState();
  const project = (code: string) => getExternalWorkflowHandle(projectWorkflowId(code));
  // A project that has ended no longer takes signals; that is not the list's failure.
  const tell = (code: string, send: (h: ReturnType<typeof project>) => Promise<void>) =>
    send(project(code)).catch(() => undefined);
  /** Sealed by gongguan (the API, a project's workflow), unless the entry was published before seals. */
  const accepts = (message: unknown) => !input.sealedMessages || isSealed(message);

  const status = (): ListEntryStatus => ({
    entryId: input.entry.id,
    windowOpen: state.windowOpen,
    windowClosesAt: input.windowClosesAt,
    examinationRequired: input.examinationRequired,
    examinationDone: state.examinationDone,
    examinationSkipped: state.examinationPlan?.examination === false,
    applications: state.applications,
    horseRace: { members: state.raceMembers, gated: state.gated },
  });
  setHandler(listStatusQuery, status);

  setHandler(applicationSubmittedSignal, async (message) => {
    if (!accepts(message)) return;
    const { code, fundBacked, submittedAt, closesOwnWindow } = message;
    if (state.applications.some((a) => a.code === code)) return;
    state.applications.push({ code, fundBacked });
    if (closesOwnWindow) {
      (state.closingOwnWindow ??= []).push(code);
      // On time, but told after the window closed: the plan made then holds for it too (R8).
      const plan = state.examinationPlan;
      if (plan) await tell(code, (h) => h.signal(examinationPlanSignal, plan));
    } else if (!state.windowOpen) {
      // An application the API accepted before the entry's window closed is on time, however late its
      // project workflow's signal reaches this one under load (histories before the patch: by arrival).
      const onTime =
        submittedAt !== undefined &&
        patched('on-time-by-submission-v1') &&
        submittedOnTime(submittedAt, input.windowClosesAt);
      await tell(code, (h) =>
        h.signal(
          applicationWindowClosedSignal,
          onTime
            ? { examination: input.examinationRequired, late: false }
            : { examination: false, late: true },
        ),
      );
    }
  });

  setHandler(horseRaceJoinedSignal, (message) => {
    if (accepts(message) && !state.raceMembers.includes(message.code)) state.raceMembers.push(message.code);
  });

  onUpdate(
    recordExaminationUpdate,
    async (req) => {
      const candidates = req.scores.map((sc) => ({
        applicationId: sc.code,
        score: sc.score,
        fundBacked: state.applications.find((a) => a.code === sc.code)!.fundBacked,
      }));
      const shortlist = examinationShortlist(
        candidates,
        input.entry.plannedApprovals,
        input.policy,
        input.examinationAtLeast ? { tiesPass: true, size: req.shortlistSize } : {},
      );
      const passed = new Set(shortlist.map((c) => c.applicationId));
      state.examinationDone = true;
      const ranked = new Map(shortlist.map((c) => [c.applicationId, c.rank]));
      for (const candidate of candidates) {
        const examined = {
          score: candidate.score,
          passed: passed.has(candidate.applicationId),
          rank: ranked.get(candidate.applicationId) ?? 0,
        };
        state.applications.find((a) => a.code === candidate.applicationId)!.examined = examined;
        await tell(candidate.applicationId, (h) =>
          h.signal(examinationOutcomeSignal, {
            passed: examined.passed,
            rank: examined.rank,
            actor: req.actor,
            basis: req.evidence.basis,
          }),
        );
      }
      return status();
    },
    (req) => {
      if (!accepts(req)) throw unsealedMessage(recordExaminationUpdate.name);
      requireRole('recordExamination', req.actor);
      requireStaffCommitment(req.evidence);
      if (!input.examinationRequired) throw invalidTransition(noExamination(input.entry.id));
      if (state.examinationPlan?.examination === false)
        throw invalidTransition(`${state.examinationPlan.basis}: there is no examination to record`);
      if (req.shortlistSize !== undefined) {
        if (!input.examinationAtLeast)
          throw invalidTransition('This entry was published before a shortlist size could be chosen (R8)');
        const violations = checkShortlistSize(
          req.shortlistSize,
          state.applications.length,
          input.entry.plannedApprovals,
          input.policy,
        );
        if (violations.length) throw ruleViolation(violations);
      }
      if (state.windowOpen)
        throw invalidTransition('The examination starts after the application window closes (R8)');
      if (state.examinationDone) throw invalidTransition('The examination of this entry is already recorded');
      const codes = new Set(req.scores.map((sc) => sc.code));
      const known = new Set(state.applications.map((a) => a.code));
      const unknown = [...codes].filter((c) => !known.has(c));
      if (unknown.length) throw invalidTransition(`Not applications to this entry: ${unknown.join(', ')}`);
      const missing = [...known].filter((c) => !codes.has(c));
      if (missing.length)
        throw invalidTransition(
          `Every application needs an examination score; missing: ${missing.join(', ')}`,
        );
      if (codes.size !== req.scores.length) throw invalidTransition('An application is scored twice');
    },
  );

  onUpdate(
    recordStageGateUpdate,
    async (req) => {
      for (const [codes, passed] of [
        [req.passed, true],
        [req.failed, false],
      ] as const) {
        for (const code of codes) {
          state.gated[code] = passed;
          // R13: each team is told how it did against its own stage goals, where the gate says so.
          const basis = req.assessments?.find((a) => a.code === code)?.basis ?? req.evidence.basis;
          await tell(code, (h) => h.signal(stageGateOutcomeSignal, { passed, actor: req.actor, basis }));
        }
      }
      return status();
    },
    (req) => {
      if (!accepts(req)) throw unsealedMessage(recordStageGateUpdate.name);
      requireRole('recordStageGate', req.actor);
      requireStaffCommitment(req.evidence);
      const size = checkRaceSize(state.raceMembers.length);
      if (size.length) throw ruleViolation(size);
      if (req.assessments) {
        const named = [...req.passed, ...req.failed].sort().join();
        if (
          req.assessments
            .map((a) => a.code)
            .sort()
            .join() !== named
        )
          throw invalidTransition('The stage gate assesses each team it names, once (R13)');
        const contrary = req.assessments.filter((a) => a.goalsMet !== req.passed.includes(a.code));
        if (contrary.length)
          throw invalidTransition(
            `A team passes the stage gate only if it met its own stage goals: ${contrary.map((a) => a.code).join(', ')} (R13)`,
          );
      }
      const all = [...req.passed, ...req.failed];
      if (all.length === 0)
        throw invalidTransition('A stage gate names the projects that pass and fail (R13)');
      if (new Set(all).size !== all.length)
        throw invalidTransition('A project cannot both pass and fail the stage gate');
      const strangers = all.filter((c) => !state.raceMembers.includes(c));
      if (strangers.length)
        throw invalidTransition(`Not in this entry's horse race: ${strangers.join(', ')} (R13)`);
      const again = all.filter((c) => state.gated[c] !== undefined);
      if (again.length) throw invalidTransition(`Already through the stage gate: ${again.join(', ')}`);
    },
  );

  if (state.windowOpen) {
    await sleep(Math.max(1, Date.parse(input.windowClosesAt) - Date.now()));
    state.windowOpen = false;
    for (const a of state.applications) {
      if (state.closingOwnWindow?.includes(a.code)) continue;
      await tell(a.code, (h) =>
        h.signal(applicationWindowClosedSignal, { examination: input.examinationRequired, late: false }),
      );
    }
    if (input.examinationAtLeast && input.examinationRequired) await tellExaminationPlan();
  }

  /** R8: fewer applications than the multiple × planned go straight to review, with no examination. */
  async function tellExaminationPlan() {
    const { allGoToReview } = examinationShortlistSize(
      state.applications.length,
      input.entry.plannedApprovals,
      input.policy,
    );
    const plan: ExaminationPlan = allGoToReview
      ? {
          examination: false,
          basis: `R8: ${state.applications.length} applied, fewer than ${input.policy.examinationShortlistMultiple} × ${input.entry.plannedApprovals} planned; all go straight to review`,
        }
      : { examination: true, basis: `R8: ${state.applications.length} applied; the examination is held` };
    state.examinationPlan = plan;
    if (!plan.examination) state.examinationDone = true;
    for (const a of state.applications) await tell(a.code, (h) => h.signal(examinationPlanSignal, plan));
  }

  // The entry stays reachable for its examination and stage gates; history stays short over the years.
  await condition(() => workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  await continueAsNew<typeof listEntryWorkflow>({ ...input, resume: state });
}
