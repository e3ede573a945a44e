// Ending a project before its time (R15 at any stage, R13 a failed stage gate, R14 a failed military
// order, R16 a failed acceptance): every timer stops, the unspent and misused funds are reclaimed (all paid
// funds, for a project from before the ledger), and a subjective failure bans the PI (R14.2).
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities';
import { isOpenStage } from '../../contract/project-workflow';
import { shanghaiDate } from '../../rules/dates';
import { subjectiveFailureBan } from '../../rules/sanctions';
import { databaseWrites } from '../activity-options';
import { reclaimOnTermination } from './funds';
import { recordPiIntegrity } from './integrity';
import { record } from './recording';
import { SYSTEM, type ProjectRun, type Termination } from './run';
import { summarised } from './summaries';

const { recordFundReclamation } = proxyActivities<Activities>(databaseWrites);

export async function terminate(run: ProjectRun, termination: Termination): Promise<void> {
  const state = run.state;
  if (!isOpenStage(state.stage)) return;
  const { reason, basis, actor, ruleIds } = termination;
  state.termination = { reason, basis, actor, ruleIds };
  state.stageDeadline = undefined;
  await record(run, 'terminate', actor, {
    next: 'terminated',
    basis: `${reason} — ${basis}`,
    ruleIds,
    ...(termination.evidence && { payload: { evidence: termination.evidence } }),
  });
  if (run.features.ledger) {
    await reclaimOnTermination(run, reason, ruleIds, termination.misusedFunds);
  } else if (state.fundsPaid > 0) {
    await summarised(run, recordFundReclamation, '追回财政资金 · fund reclamation (R13)', {
      code: run.code,
      phase: state.phase,
      amount: state.fundsPaid,
      reason,
      ruleIds,
    });
    await record(run, 'fundReclamation', SYSTEM, { ruleIds: ['R13'], payload: { amount: state.fundsPaid } });
  }
  if (termination.subjectiveFailure) {
    const ban = subjectiveFailureBan(shanghaiDate(new Date(run.now())), run.policy);
    await recordPiIntegrity(run, {
      kind: 'ban',
      ruleId: 'R14.2',
      startsOn: ban.startsOn,
      endsOn: ban.endsOn,
      basis: `Military order of ${run.code} failed through subjective lack of effort: ${basis}`,
    });
    await record(run, 'integrityBan', actor, {
      ruleIds: ['R14.2', 'R19'],
      payload: { subjectId: run.piId, ...ban },
    });
  }
}
