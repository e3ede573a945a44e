// R15 major events (重大事项报告): the institution or the PI reports one; the supervising department
// responds by the policy's deadline, reminded, and escalated to the supervisor past it. A high-risk event
// needs a decision with evidence (R20): continue, adjust, or terminate, which only a supervisor takes.
import { condition } from '@temporalio/workflow';
import {
  isOpenStage,
  respondToMajorEventUpdate,
  type MajorEvent,
  type ProjectStage,
} from '../../contract/project-workflow';
import {
  invalidTransition,
  requireRole,
  requireStage,
  requireStaffCommitment,
  ruleViolation,
} from '../failures';
import { onAction } from './on-action';
import { record } from './recording';
import { SYSTEM, type ProjectRun } from './run';
import { deadlineSummary, waitAtMost } from './summaries';

/** From the contract to the end of post-evaluation: the stages supervision follows. */
export const PROCESS_STAGES: ProjectStage[] = ['contract', 'execution', 'acceptance', 'postEvaluation'];

/** Records a reported event, due for the department's response within the policy's period. */
export function openMajorEvent(run: ProjectRun, event: Omit<MajorEvent, 'id' | 'at' | 'dueAt'>): MajorEvent {
  const events = (run.state.majorEvents ??= []);
  const opened: MajorEvent = {
    ...event,
    id: `event-${events.length + 1}`,
    at: run.iso(run.now()),
    dueAt: run.iso(run.now() + run.durations.majorEventResponseMs),
  };
  events.push(opened);
  return opened;
}

/**
 * Runs beside the stages: each unanswered event waits for its response until its date, then is escalated
 * to the supervisor once (and goes on waiting).
 */
export async function majorEventWatch(run: ProjectRun): Promise<void> {
  const open = () => isOpenStage(run.state.stage);
  const next = () => run.state.majorEvents?.find((e) => !e.response && !e.escalated);
  for (;;) {
    await condition(() => next() !== undefined || !open());
    const event = next();
    if (!event || !open()) return;
    const left = Math.max(1, Date.parse(event.dueAt) - run.now());
    const answered = await waitAtMost(
      run,
      () => event.response !== undefined || !open(),
      left,
      deadlineSummary(`重大事项 ${event.id} 答复截止`, `response to ${event.id} due`, event.dueAt),
    );
    if (!open()) return;
    if (!answered) {
      event.escalated = true;
      await record(run, 'majorEventOverdue', SYSTEM, {
        ruleIds: ['R15'],
        basis: `no response to ${event.id} by ${event.dueAt}; escalated to the supervisor`,
        payload: { eventId: event.id },
      });
    }
  }
}

export function onRespondToMajorEvent(run: ProjectRun): void {
  const state = run.state;
  onAction(
    run,
    respondToMajorEventUpdate,
    async (request, answer) => {
      const event = state.majorEvents!.find((e) => e.id === request.eventId)!;
      event.response = {
        by: request.actor,
        at: run.iso(run.now()),
        decision: request.decision,
        response: request.response,
      };
      await record(run, 'majorEventResponse', request.actor, {
        basis: request.response,
        ruleIds: ['R15', 'R20'],
        payload: {
          eventId: event.id,
          risk: event.risk,
          decision: request.decision,
          evidence: request.evidence,
        },
      });
      if (request.decision === 'terminate') {
        run.termination ??= {
          reason: `Major event ${event.id} (${event.risk} risk): ${event.summary}`,
          basis: request.response,
          actor: request.actor,
          ruleIds: ['R15', 'R20'],
          evidence: request.evidence,
        };
      }
      return answer();
    },
    (request) => {
      requireRole('respondToMajorEvent', request.actor);
      requireStage('respondToMajorEvent', state.stage, PROCESS_STAGES);
      requireStaffCommitment(request.evidence);
      const event = state.majorEvents?.find((e) => e.id === request.eventId);
      if (!event) throw invalidTransition(`Project ${run.code} has no major event ${request.eventId}`);
      if (event.response) throw invalidTransition(`Major event ${event.id} has been answered already`);
      if (event.risk === 'high' && request.decision === 'noted')
        throw ruleViolation([
          {
            ruleId: 'R15',
            fields: ['decision'],
            required: 'a decision for a high-risk event: continue, adjust or terminate',
            actual: 'noted',
            message: {
              'zh-CN': '重大风险事项须作出继续、调整或终止的处理决定',
              en: 'A high-risk major event needs a decision: continue, adjust or terminate',
            },
          },
        ]);
      // R15: the supervising department terminates directly; the programme officer proposes.
      if (request.decision === 'terminate') requireRole('terminate', request.actor);
    },
  );
}
