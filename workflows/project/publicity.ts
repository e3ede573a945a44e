// R18.3 / R20 publicity (公示): an approval is published for the policy's period before it takes effect.
// Anyone signed in may object during it; staff sustain or dismiss each objection with evidence, and a
// sustained one returns the project to decision. The approval takes effect, and funding can start, only
// when the period has ended with no objection open.
import { condition } from '@temporalio/workflow';
import { lodgeObjectionUpdate, resolveObjectionUpdate } from '../../contract/project-workflow';
import { publicityEndsAt } from '../../rules/publicity';
import { invalidTransition, requireRole, requireStage, requireStaffCommitment } from '../failures';
import { joinHorseRace } from './horse-race';
import { onAction } from './on-action';
import { enter, record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost } from './summaries';

/** Publishes the approval: the period starts now and ends after the policy's working days. */
export function startPublicity(run: ProjectRun): { startsAt: string; endsAt: string } {
  const now = run.now();
  const window = { startsAt: run.iso(now), endsAt: publicityEndsAt(now, run.policy) };
  run.state.publicity = { ...window, objections: [] };
  return window;
}

export async function publicityStage(run: ProjectRun): Promise<void> {
  const state = run.state;
  const publicity = state.publicity!;
  const stillPublicised = () => state.stage === 'publicity' && !run.interrupted();
  const left = Date.parse(publicity.endsAt) - run.now();
  if (left > 0)
    await waitAtMost(
      run,
      () => !stillPublicised(),
      left,
      deadlineSummary('公示期满', 'publicity ends', publicity.endsAt),
    );
  if (!stillPublicised()) return;
  // The period is over; an objection still open holds the approval until staff resolve it.
  await condition(() => !stillPublicised() || publicity.objections.every((o) => o.status !== 'open'));
  if (!stillPublicised()) return;
  const basis = `publicised ${publicity.startsAt} – ${publicity.endsAt} with no objection upheld`;
  if (state.fundingMode === 'approvedWithoutFunding' && run.features.platformFilings) {
    // R11: Ningbo funds and manages it; the province records its filings and checks no milestones.
    state.platform = {
      annualFilings: 0,
      nextFilingDueAt: run.iso(run.now() + run.durations.platformFilingIntervalMs),
      manager: 'ningbo',
    };
    run.phaseBoundary = true;
    await enter(run, 'execution', 'managedByNingbo', SYSTEM, { basis, ruleIds: ['R11', 'R18.3', 'R20'] });
    return;
  }
  await enter(run, 'contract', 'approvalTakesEffect', SYSTEM, {
    deadlineMs: run.durations.decisionPeriodMs,
    basis,
    ruleIds: ['R18.3', 'R20'],
  });
  if (state.horseRaceGroup) await joinHorseRace(run);
}

export function onLodgeObjection(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    lodgeObjectionUpdate,
    async (request, answer) => {
      const objections = state.publicity!.objections;
      const id = `O${objections.length + 1}`;
      objections.push({
        id,
        by: request.actor,
        at: run.iso(run.now()),
        grounds: request.grounds,
        status: 'open',
      });
      await record(run, 'lodgeObjection', request.actor, {
        basis: request.grounds,
        ruleIds: ['R18.3'],
        payload: { objectionId: id, ...(request.contact && { contact: request.contact }) },
      });
      return answer();
    },
    (request) => {
      requireRole('lodgeObjection', request.actor);
      requireStage('lodgeObjection', state.stage, ['publicity']);
      if (run.now() >= Date.parse(state.publicity!.endsAt))
        throw invalidTransition(`The publicity period ended at ${state.publicity!.endsAt} (R18.3)`);
    },
  );
}

export function onResolveObjection(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    resolveObjectionUpdate,
    async (request, answer) => {
      const objection = state.publicity!.objections.find((o) => o.id === request.objectionId)!;
      objection.status = request.outcome === 'sustain' ? 'sustained' : 'dismissed';
      objection.resolution = { by: request.actor, at: run.iso(run.now()), basis: request.evidence.basis };
      const details = {
        basis: request.evidence.basis,
        ruleIds: ['R18.3' as const, 'R20' as const],
        payload: { objectionId: objection.id, evidence: request.evidence },
      };
      if (request.outcome === 'dismiss') {
        await record(run, 'dismissObjection', request.actor, details);
      } else {
        // The approval does not take effect: the decision is taken again.
        await enter(run, 'decision', 'sustainObjection', request.actor, {
          ...details,
          deadlineMs: run.durations.decisionPeriodMs,
        });
      }
      return answer();
    },
    (request) => {
      requireRole('resolveObjection', request.actor);
      requireStage('resolveObjection', state.stage, ['publicity']);
      requireStaffCommitment(request.evidence);
      const objection = state.publicity!.objections.find((o) => o.id === request.objectionId);
      if (!objection) throw invalidTransition(`No objection ${request.objectionId} to ${run.code} (R18.3)`);
      if (objection.status !== 'open')
        throw invalidTransition(`Objection ${objection.id} is already ${objection.status} (R18.3)`);
    },
  );
}
