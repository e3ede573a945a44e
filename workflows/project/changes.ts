// Changes (变更) during execution: the PI asks to change the PI, the partner organisations, the plan by
// budget line or the milestones still to come; staff approve or reject with evidence and commitment
// (R18.1, R20). What the policy makes immutable after review, the total investment and key indicators
// (R12), is refused naming it, and so is a budget plan that would change the total or raise the subsidy.
import { decideChangeUpdate, requestChangeUpdate } from '../../contract/project-workflow';
import type { ChangeRequest } from '../../contract/project';
import { checkImmutableTerms } from '../../rules/review';
import type { Violation } from '../../rules';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { toMilestones, validateMilestones } from './milestones';
import { onAction } from './on-action';
import { record } from './recording';
import { appliedTerms, type ProjectRun } from './run';

const CHANGE_KINDS = ['principalInvestigator', 'partnerOrganisations', 'budgetLines', 'milestones'] as const;

const kindsOf = (request: ChangeRequest): string[] => CHANGE_KINDS.filter((k) => request[k] !== undefined);

/** R12: a plan by budget line keeps the total investment and at most the approved provincial subsidy. */
function checkBudgetLines(run: ProjectRun, lines: NonNullable<ChangeRequest['budgetLines']>): Violation[] {
  const total = lines.reduce((sum, l) => sum + l.provincial + l.selfRaised, 0);
  const provincial = lines.reduce((sum, l) => sum + l.provincial, 0);
  const { totalInvestment } = appliedTerms(run);
  const out: Violation[] = [];
  if (total !== totalInvestment)
    out.push({
      ruleId: 'R12',
      fields: ['budgetLines'],
      required: `budget lines adding up to the total investment of ${totalInvestment} fen`,
      actual: `${total} fen`,
      message: {
        'zh-CN': `预算科目合计须等于项目总投入 ${totalInvestment} 分（总投入不予调整）`,
        en: `The budget lines add up to ${total} fen: the total investment of ${totalInvestment} fen cannot change`,
      },
    });
  if (provincial > run.state.provincialSubsidy)
    out.push({
      ruleId: 'R12',
      fields: ['budgetLines'],
      required: `provincial money at most the approved ${run.state.provincialSubsidy} fen`,
      actual: `${provincial} fen`,
      message: {
        'zh-CN': `预算科目中的省级财政资金不得超过核定补助 ${run.state.provincialSubsidy} 分`,
        en: `The budget lines plan ${provincial} fen of provincial money, above the approved ${run.state.provincialSubsidy} fen`,
      },
    });
  return out;
}

/** The milestones still to come may move or change, and new ones may be added; none checked is touched. */
function checkMilestonePlan(run: ProjectRun, plan: NonNullable<ChangeRequest['milestones']>): void {
  validateMilestones(plan, run.state.contractEndsAt ?? plan.at(-1)!.dueAt);
  const planned = new Set(plan.map((m) => m.id));
  for (const milestone of run.state.milestones) {
    if (milestone.status !== 'pending' && planned.has(milestone.id))
      throw invalidTransition(
        `Milestone ${milestone.id} is ${milestone.status}: a change plans only what is to come`,
      );
    if (milestone.status === 'pending' && !planned.has(milestone.id))
      throw invalidTransition(
        `The plan leaves out milestone ${milestone.id}: a change moves or adds milestones, it does not withdraw one`,
      );
  }
}

export function onRequestChange(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    requestChangeUpdate,
    async (request, answer) => {
      const changes = (state.changeRequests ??= []);
      const id = `change-${changes.length + 1}`;
      const kinds = kindsOf(request);
      const { actor, ...asked } = request;
      changes.push({
        id,
        by: actor.id,
        at: run.iso(run.now()),
        dueAt: run.iso(run.now() + run.durations.decisionPeriodMs),
        reason: request.reason,
        kinds,
        request: asked,
        status: 'open',
      });
      await record(run, 'changeRequested', actor, {
        basis: request.reason,
        ruleIds: ['R12'],
        payload: { changeId: id, kinds, ...(request.documents && { documents: request.documents }) },
      });
      return answer();
    },
    (request) => {
      requireRole('requestChange', request.actor);
      if (request.actor.id !== run.piId)
        throw invalidTransition(`Only the project's PI ${run.piId} asks for a change`);
      requireStage('requestChange', state.stage, ['execution']);
      const open = state.changeRequests?.find((c) => c.status === 'open');
      if (open)
        throw invalidTransition(`Change ${open.id} is still open: staff decide it before another is asked`);
      const violations = [
        ...checkImmutableTerms(appliedTerms(run), request),
        ...(request.budgetLines ? checkBudgetLines(run, request.budgetLines) : []),
      ];
      if (violations.length) throw ruleViolation(violations);
      if (request.milestones) checkMilestonePlan(run, request.milestones);
    },
  );
}

export function onDecideChange(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    decideChangeUpdate,
    async (request, answer) => {
      const change = state.changeRequests!.find((c) => c.id === request.changeId)!;
      const approved = request.outcome === 'approve';
      change.status = approved ? 'approved' : 'rejected';
      change.decision = { by: request.actor, at: run.iso(run.now()), basis: request.evidence.basis };
      if (approved) applyChange(run, change.request);
      await record(run, approved ? 'changeApproved' : 'changeRejected', request.actor, {
        basis: request.evidence.basis,
        ruleIds: ['R12', 'R20'],
        payload: { changeId: change.id, kinds: change.kinds, procedure: request.evidence.procedure },
      });
      return answer();
    },
    (request) => {
      requireRole('decideChange', request.actor);
      requireStage('decideChange', state.stage, ['execution']);
      requireStaffCommitment(request.evidence);
      const change = state.changeRequests?.find((c) => c.id === request.changeId);
      if (!change) throw invalidTransition(`Project ${run.code} has no change ${request.changeId}`);
      if (change.status !== 'open')
        throw invalidTransition(`Change ${change.id} is already ${change.status}`);
      // The plan was checked when asked; the project may have moved on since.
      if (request.outcome === 'approve' && change.request.milestones)
        checkMilestonePlan(run, change.request.milestones);
    },
  );
}

/** An approved change takes effect: the application as amended goes to the read model with the next step. */
function applyChange(run: ProjectRun, change: ChangeRequest): void {
  const state = run.state;
  if (change.principalInvestigator || change.partnerOrganisations) {
    const team = change.principalInvestigator
      ? { ...run.application.team, principalInvestigator: change.principalInvestigator }
      : run.application.team;
    run.application = {
      ...run.application,
      team,
      partnerOrganisations: change.partnerOrganisations ?? run.application.partnerOrganisations,
    };
    state.amendedApplication = run.application;
    run.piId = team.principalInvestigator.id;
    run.recordedBudget = undefined;
  }
  if (change.budgetLines) state.budgetLines = change.budgetLines;
  if (change.milestones) {
    for (const planned of toMilestones(change.milestones)) {
      const existing = state.milestones.find((m) => m.id === planned.id);
      // Changed in place: the execution stage's wait holds the milestone it waits for.
      if (existing)
        Object.assign(existing, {
          title: planned.title,
          dueAt: planned.dueAt,
          indicators: planned.indicators,
        });
      else state.milestones.push(planned);
    }
  }
}
