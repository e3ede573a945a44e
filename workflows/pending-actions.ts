// What is waiting on whom, and by when: derived from the project's state, so it cannot drift. Feeds the
// status query, the next-deadline search attribute, reminders and the read model.
import { isOverdue, type PendingAction, type ProjectState } from '../contract/project-workflow';

export function pendingActions(s: ProjectState, piId: string, now: number): PendingAction[] {
  const at = (deadline?: string) => ({ deadline, overdue: isOverdue(deadline, now) });
  switch (s.stage) {
    case 'examination':
      return [{ action: 'recordExamination', ownerRole: 'programmeOfficer', ...at(s.stageDeadline) }];
    case 'review': {
      const experts = (s.panel?.expertIds ?? [])
        .filter((id) => s.scores[id] === undefined)
        .map((id): PendingAction => ({
          action: 'submitReviewScore',
          ownerRole: 'expert',
          ownerId: id,
          ...at(s.stageDeadline),
        }));
      return s.reviewOverdue || experts.length === 0
        ? [...experts, { action: 'decide', ownerRole: 'programmeOfficer', ...at(s.stageDeadline) }]
        : experts;
    }
    case 'decision':
      return [{ action: 'decide', ownerRole: 'programmeOfficer', ...at(s.stageDeadline) }];
    case 'contract':
      return [{ action: 'signContract', ownerRole: 'programmeOfficer', ...at(s.stageDeadline) }];
    case 'execution': {
      const m = s.milestones.find(
        (x) => x.status === 'pending' || x.status === 'overdue' || x.status === 'failed',
      );
      if (!m) return [];
      const check: PendingAction = {
        action: `milestoneCheck:${m.id}`,
        ownerRole: 'projectLead',
        ownerId: piId,
        ...at(m.dueAt),
      };
      if (m.status === 'pending') return [check];
      // Overdue or failed: the lead's check stays the deadline that drives reminders and escalation; the
      // staff decision it waits for carries no deadline of its own, so nobody is reminded twice.
      return [
        check,
        { action: `decideMilestone:${m.id}`, ownerRole: 'programmeOfficer', overdue: true },
        ...(m.escalatedToSupervisor
          ? [{ action: `decideMilestone:${m.id}`, ownerRole: 'supervisor' as const, overdue: true }]
          : []),
      ];
    }
    case 'acceptance':
      return [
        { action: 'applyForAcceptance', ownerRole: 'projectLead', ownerId: piId, ...at(s.acceptanceDueAt) },
        { action: 'recordAcceptance', ownerRole: 'programmeOfficer', ...at(s.acceptanceDueAt) },
      ];
    case 'postEvaluation':
      return s.stageDeadline
        ? [
            {
              action: `postEvaluationReport:${s.postEvaluationReports.length + 1}`,
              ownerRole: 'projectLead',
              ownerId: piId,
              ...at(s.stageDeadline),
            },
          ]
        : [];
    default:
      return [];
  }
}

/** The earliest deadline among pending actions (the GgNextDeadline search attribute). */
export function nextDeadline(actions: PendingAction[]): string | undefined {
  return actions
    .map((a) => a.deadline)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
}
