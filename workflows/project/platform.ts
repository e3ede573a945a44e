// R17: a project of a provincial lab or technology innovation centre with ≥ ¥3,000,000 of provincial money
// through the platform is approved and managed by the platform to provincial standards. The province runs
// no review or milestone checks of its own: it receives the platform's filings (报备) at approval, each year
// and at completion, reminded like every other deadline. A Ningbo project approved without funding (R11)
// files each year and at completion the same way, Ningbo managing it.
import { condition } from '@temporalio/workflow';
import { fileWithProvinceUpdate } from '../../contract/project-workflow';
import { platformSelfManaged } from '../../rules/funding';
import { applySubsidyCut } from '../../rules/review';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { openOneInstalmentPhase, planOneInstalmentPhase } from './funds';
import { onAction } from './on-action';
import { enter, record } from './recording';
import { SYSTEM, type ProjectRun } from './run';

/** Whether the platform manages the project: judged on the subsidy requested through it. */
export const platformManages = (run: ProjectRun): boolean =>
  run.features.platformFilings &&
  platformSelfManaged(run.application, run.application.budget.provincialSubsidy, run.policy);

/** Hands the admitted application to its platform, whose approval filing is due by the decision period. */
export function startPlatformManagement(run: ProjectRun): Promise<void> {
  run.state.platform = { annualFilings: 0 };
  return enter(run, 'decision', 'platformManaged', SYSTEM, {
    deadlineMs: run.durations.decisionPeriodMs,
    basis: 'approved and managed by the platform; the province receives its filings',
    ruleIds: ['R17'],
  });
}

/** Execution under the platform: nothing for the province to check; it waits for the completion filing. */
export async function platformExecutionStage(run: ProjectRun): Promise<void> {
  await condition(() => run.state.stage !== 'execution' || run.interrupted());
}

export function onFileWithProvince(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    fileWithProvinceUpdate,
    async (request, answer) => {
      const platform = state.platform!;
      const interval = run.durations.platformFilingIntervalMs;
      switch (request.kind) {
        case 'approval': {
          const cut = applySubsidyCut(run.budget, request.approvedSubsidy);
          if (cut.ok) run.budget = cut.value;
          state.provincialSubsidy = request.approvedSubsidy;
          if (!run.features.ledger) state.fundsPaid += request.approvedSubsidy;
          platform.nextFilingDueAt = run.iso(run.now() + interval);
          const planned = planOneInstalmentPhase(run, request.approvedSubsidy, 'platformApproval');
          run.phaseBoundary = true;
          await enter(run, 'execution', 'platformApprovalFiled', request.actor, {
            basis: request.reference,
            ruleIds: ['R17', 'R12'],
            payload: { approvedSubsidy: request.approvedSubsidy, evidence: request.evidence },
          });
          await openOneInstalmentPhase(run, planned, {
            amount: request.approvedSubsidy,
            gate: 'platformApproval',
            actor: request.actor,
            basis: request.reference,
            ruleIds: ['R17', 'R12'],
          });
          break;
        }
        case 'annual':
          platform.annualFilings = request.year;
          platform.nextFilingDueAt = run.iso(Date.parse(platform.nextFilingDueAt!) + interval);
          await record(run, 'platformAnnualFiling', request.actor, {
            basis: request.summary,
            ruleIds: ['R17'],
            payload: { year: request.year, reference: request.reference },
          });
          break;
        case 'completion':
          state.acceptedAt = run.iso(run.now());
          state.acceptancePath = 'platformFiling';
          delete platform.nextFilingDueAt;
          run.phaseBoundary = true;
          await enter(run, 'postEvaluation', 'platformCompletionFiled', request.actor, {
            deadlineMs: run.durations.postEvaluationIntervalMs,
            basis: request.summary,
            ruleIds: ['R17'],
            payload: { reference: request.reference },
          });
          break;
      }
      return answer();
    },
    (request) => {
      requireRole('fileWithProvince', request.actor);
      const platform = state.platform;
      if (!platform)
        throw invalidTransition(`Project ${run.code} is managed by the province, not a platform (R17)`);
      if (request.actor.role === 'projectLead' && request.actor.id !== run.piId)
        throw invalidTransition(`${request.actor.id} does not lead project ${run.code}`);
      if (request.kind === 'approval') {
        requireStage('fileWithProvince', state.stage, ['decision']);
        requireStaffCommitment(request.evidence);
        const cut = applySubsidyCut(run.budget, request.approvedSubsidy);
        if (!cut.ok) throw ruleViolation(cut.violations);
        return;
      }
      requireStage('fileWithProvince', state.stage, ['execution']);
      if (request.kind === 'annual' && request.year !== platform.annualFilings + 1)
        throw invalidTransition(`The next yearly filing is year ${platform.annualFilings + 1} (R17)`);
    },
  );
}
