// Business failures raised by update validators: non-retryable, with a stable type the API maps to a
// status (409 / 422 / 403), and rejected before anything enters history.
import { ApplicationFailure } from '@temporalio/workflow';
import {
  ACTION_ROLES,
  FAILURE_TYPES,
  type Actor,
  type ProjectStage,
  type StaffAction,
} from '../contract/project-workflow';
import type { Violation } from '../rules';
import { checkStaffCommitment } from '../rules/commitments';
import type { DecisionEvidence } from '../contract/evidence';

export const invalidTransition = (message: string): ApplicationFailure =>
  ApplicationFailure.create({ type: FAILURE_TYPES.invalidTransition, message, nonRetryable: true });

export const ruleViolation = (violations: Violation[]): ApplicationFailure =>
  ApplicationFailure.create({
    type: FAILURE_TYPES.ruleViolation,
    message: violations.map((v) => `${v.ruleId}: ${v.message.en}`).join('; '),
    nonRetryable: true,
    details: [violations],
  });

/** A message sent straight to Temporal, not through the API: refused before it enters history. */
export const unsealedMessage = (name: string): ApplicationFailure =>
  ApplicationFailure.create({
    type: FAILURE_TYPES.forbidden,
    message: `${name} was not sent through the gongguan API (no valid seal): nothing changed`,
    nonRetryable: true,
  });

export function requireRole(action: StaffAction, actor: Actor): void {
  const allowed: readonly string[] = ACTION_ROLES[action];
  if (!allowed.includes(actor.role)) {
    throw ApplicationFailure.create({
      type: FAILURE_TYPES.forbidden,
      message: `${action} needs one of the roles ${allowed.join(', ')}; ${actor.id} acts as ${actor.role}`,
      nonRetryable: true,
    });
  }
}

export function requireStage(action: string, current: ProjectStage, allowed: readonly ProjectStage[]): void {
  if (!allowed.includes(current)) {
    throw invalidTransition(
      `${action} is possible in stage ${allowed.join(' or ')}, but the project is in ${current}`,
    );
  }
}

/** R18.1: the staff who sign a decision commit to no conflict and no self-interest. */
export function requireStaffCommitment(evidence: DecisionEvidence): void {
  const violations = checkStaffCommitment(evidence.commitment);
  if (violations.length) throw ruleViolation(violations);
}
