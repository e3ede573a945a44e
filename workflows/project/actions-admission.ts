// Admission: the recommending authority (归口管理单位) of the lead organisation recommends the application,
// committing to its matching funds, or returns it with reasons (R6.6), before its deadline.
import { recommendUpdate } from '../../contract/project-workflow';
import { checkMatchingCommitment } from '../../rules/recommendation';
import { invalidTransition, requireRole, requireStage, ruleViolation } from '../failures';
import { onAction } from './on-action';
import { enter, record } from './recording';
import type { ProjectRun } from './run';

export function onRecommend(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    recommendUpdate,
    async (request, answer) => {
      if (request.decision === 'return') {
        state.rejection = { basis: `returned by the recommending authority: ${request.reasons}` };
        await enter(run, 'rejected', 'returnedByAuthority', request.actor, {
          basis: request.reasons,
          ruleIds: ['R6.6'],
        });
        return answer();
      }
      state.recommendation!.recommended = {
        by: request.actor,
        at: run.iso(run.now()),
        localMatch: request.commitment.localMatch,
        institutionMatch: request.commitment.institutionMatch,
        letter: request.letter,
      };
      await record(run, 'recommend', request.actor, {
        basis: request.letter,
        ruleIds: ['R6.6'],
        payload: { commitment: request.commitment },
      });
      return answer();
    },
    (request) => {
      requireRole('recommend', request.actor);
      requireStage('recommend', state.stage, ['application']);
      const pending = state.recommendation;
      if (!pending)
        throw invalidTransition(`Project ${run.code} was admitted without a recommendation step (R6.6)`);
      if (pending.recommended) throw invalidTransition(`Project ${run.code} is already recommended (R6.6)`);
      if (run.now() >= Date.parse(pending.dueAt))
        throw invalidTransition(`The recommendation was due by ${pending.dueAt} (R6.6)`);
      if (request.decision === 'recommend') {
        const violations = checkMatchingCommitment(run.application.budget, request.commitment);
        if (violations.length) throw ruleViolation(violations);
      }
    },
  );
}
