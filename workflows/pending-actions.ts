// What is waiting on whom, and by when: derived from the project's state, so it cannot drift. Feeds the
// status query, the next-deadline search attribute, reminders and the read model.
import { isOpenStage, isOverdue, type PendingAction, type ProjectState } from '../contract/project-workflow';
import { gateOpen, type GateFacts, type Instalment } from '../rules/ledger';

/** What an instalment's gate reads of the project. */
export const gateFactsOf = (state: ProjectState): GateFacts => ({
  milestones: state.milestones,
  stageGatePassed: state.funds?.stageGatePassed === true,
  accepted: state.acceptedAt !== undefined,
});

/** Instalments their gates released and finance has not paid in full. */
export const releasedUnpaid = (state: ProjectState): Instalment[] =>
  (state.funds?.instalments ?? []).filter((i) => i.paid < i.amount && gateOpen(i.gate, gateFactsOf(state)));

/**
 * The ledger's pending steps: finance pays each released instalment by its date; the PI files the
 * spending report while the work goes on (until acceptance).
 */
function fundActions(state: ProjectState, piId: string, now: number): PendingAction[] {
  const funds = state.funds;
  if (!funds) return [];
  const at = (deadline: string) => ({ deadline, overdue: isOverdue(deadline, now) });
  const payments = releasedUnpaid(state).map((i): PendingAction => ({
    action: `disburse:${i.n}`,
    ownerRole: 'financeOfficer',
    ...at(i.dueAt),
  }));
  const reporting = state.stage === 'execution' || state.stage === 'acceptance';
  return reporting && funds.nextSpendingReportDueAt
    ? [
        ...payments,
        {
          action: `spendingReport:${funds.spendingReports.length + 1}`,
          ownerRole: 'projectLead',
          ownerId: piId,
          ...at(funds.nextSpendingReportDueAt),
        },
      ]
    : payments;
}

/** Changes the PI asked for, each staff's to decide by its date. */
const changeActions = (state: ProjectState, now: number): PendingAction[] =>
  (state.changeRequests ?? [])
    .filter((c) => c.status === 'open')
    .map((c) => ({
      action: `decideChange:${c.id}`,
      ownerRole: 'programmeOfficer',
      deadline: c.dueAt,
      overdue: isOverdue(c.dueAt, now),
    }));

/** R15: each unanswered major event is the department's to answer by its date, the supervisor's past it. */
const majorEventActions = (state: ProjectState, now: number): PendingAction[] =>
  (state.majorEvents ?? [])
    .filter((e) => !e.response)
    .flatMap((e): PendingAction[] => {
      const owed = {
        action: `respondToMajorEvent:${e.id}`,
        deadline: e.dueAt,
        overdue: isOverdue(e.dueAt, now),
      };
      return e.escalated
        ? [
            { ...owed, ownerRole: 'programmeOfficer' },
            { ...owed, ownerRole: 'supervisor' },
          ]
        : [{ ...owed, ownerRole: 'programmeOfficer' }];
    });

/**
 * R18.4 / R18.5 / R23: a drawn spot check is the supervisor's to hold by its date, an unsatisfactory one's
 * rectification the PI's; the commissioner owes their next report; each reported post-evaluation year
 * its rating. None of them outlives the project.
 */
function oversightActions(state: ProjectState, piId: string, now: number): PendingAction[] {
  if (!isOpenStage(state.stage)) return [];
  const at = (deadline: string) => ({ deadline, overdue: isOverdue(deadline, now) });
  const checks = (state.spotChecks ?? []).flatMap((c): PendingAction[] =>
    !c.result && c.dueAt
      ? [{ action: `spotCheck:${c.id}`, ownerRole: 'supervisor', ...at(c.dueAt) }]
      : c.followUp && !c.followUp.rectifiedAt
        ? [
            {
              action: `rectifySpotCheck:${c.id}`,
              ownerRole: 'projectLead',
              ownerId: piId,
              ...at(c.followUp.dueAt),
            },
          ]
        : [],
  );
  const commissioner = state.commissioner;
  const reports: PendingAction[] = commissioner
    ? [
        {
          action: `commissionerReport:${commissioner.reports + 1}`,
          ownerRole: 'commissioner',
          ownerId: commissioner.id,
          ...at(commissioner.nextReportDueAt),
        },
      ]
    : [];
  const ratings = (state.postEvaluationRatings ?? [])
    .filter((r) => !r.rating)
    .map((r): PendingAction => ({
      action: `ratePostEvaluation:${r.year}`,
      ownerRole: 'programmeOfficer',
      ...at(r.dueAt),
    }));
  return [...checks, ...reports, ...ratings];
}

export function pendingActions(state: ProjectState, piId: string, now: number): PendingAction[] {
  const actions = stageActions(state, piId, now);
  if (
    !state.funds &&
    !state.changeRequests &&
    !state.majorEvents &&
    !state.spotChecks &&
    !state.commissioner &&
    !state.postEvaluationRatings
  )
    return actions;
  return [
    ...actions,
    ...fundActions(state, piId, now),
    ...changeActions(state, now),
    ...majorEventActions(state, now),
    ...oversightActions(state, piId, now),
  ];
}

function stageActions(state: ProjectState, piId: string, now: number): PendingAction[] {
  const at = (deadline?: string) => ({ deadline, overdue: isOverdue(deadline, now) });
  switch (state.stage) {
    case 'application': {
      // R6.6: the recommending authority of the lead organisation recommends by the deadline.
      const r = state.recommendation;
      return r && !r.recommended
        ? [
            {
              action: 'recommend',
              ownerRole: 'recommendingAuthority',
              ownerOrganisationId: r.organisationId,
              ...at(r.dueAt),
            },
          ]
        : [];
    }
    case 'examination':
      return [{ action: 'recordExamination', ownerRole: 'programmeOfficer', ...at(state.stageDeadline) }];
    case 'review': {
      const experts = (state.panel?.expertIds ?? [])
        .filter((id) => state.scores[id] === undefined)
        .map((id): PendingAction => ({
          action: 'submitReviewScore',
          ownerRole: 'expert',
          ownerId: id,
          ...at(state.stageDeadline),
        }));
      return state.reviewOverdue || experts.length === 0
        ? [...experts, { action: 'decide', ownerRole: 'programmeOfficer', ...at(state.stageDeadline) }]
        : experts;
    }
    case 'decision':
      // R17: a platform's project waits for the platform's approval filing, not the province's decision.
      return state.platform
        ? [
            {
              action: 'platformFiling:approval',
              ownerRole: 'projectLead',
              ownerId: piId,
              ...at(state.stageDeadline),
            },
          ]
        : [{ action: 'decide', ownerRole: 'programmeOfficer', ...at(state.stageDeadline) }];
    case 'publicity':
      // R18.3: each open objection is staff's to resolve, by the period's end.
      return (state.publicity?.objections ?? [])
        .filter((o) => o.status === 'open')
        .map((o) => ({
          action: `resolveObjection:${o.id}`,
          ownerRole: 'programmeOfficer' as const,
          ...at(state.publicity!.endsAt),
        }));
    case 'contract':
      return [{ action: 'signContract', ownerRole: 'programmeOfficer', ...at(state.stageDeadline) }];
    case 'execution': {
      const platform = state.platform;
      if (platform) {
        return platform.nextFilingDueAt
          ? [
              {
                action: `platformFiling:annual-${platform.annualFilings + 1}`,
                ownerRole: 'projectLead',
                ownerId: piId,
                ...at(platform.nextFilingDueAt),
              },
            ]
          : [];
      }
      const milestone = state.milestones.find(
        (candidate) =>
          candidate.status === 'pending' || candidate.status === 'overdue' || candidate.status === 'failed',
      );
      if (!milestone) return [];
      const check: PendingAction = {
        action: `milestoneCheck:${milestone.id}`,
        ownerRole: 'projectLead',
        ownerId: piId,
        ...at(milestone.dueAt),
      };
      // The PI has reported: the staff check is what the milestone waits for, by its date.
      if (milestone.status === 'pending' && milestone.report)
        return [
          {
            action: `recordMilestoneCheck:${milestone.id}`,
            ownerRole: 'programmeOfficer',
            ...at(milestone.dueAt),
          },
        ];
      if (milestone.status === 'pending') return [check];
      // Overdue or failed: the lead's check stays the deadline that drives reminders and escalation; the
      // staff decision it waits for carries no deadline of its own, so nobody is reminded twice.
      return [
        check,
        { action: `decideMilestone:${milestone.id}`, ownerRole: 'programmeOfficer', overdue: true },
        ...(milestone.escalatedToSupervisor
          ? [{ action: `decideMilestone:${milestone.id}`, ownerRole: 'supervisor' as const, overdue: true }]
          : []),
      ];
    }
    case 'acceptance':
      // Where the team applies itself, the acceptance waits for its application, then for staff.
      if (state.teamSteps)
        return [
          state.acceptanceApplication
            ? { action: 'recordAcceptance', ownerRole: 'programmeOfficer', ...at(state.acceptanceDueAt) }
            : {
                action: 'applyForAcceptance',
                ownerRole: 'projectLead',
                ownerId: piId,
                ...at(state.acceptanceDueAt),
              },
        ];
      return [
        {
          action: 'applyForAcceptance',
          ownerRole: 'projectLead',
          ownerId: piId,
          ...at(state.acceptanceDueAt),
        },
        { action: 'recordAcceptance', ownerRole: 'programmeOfficer', ...at(state.acceptanceDueAt) },
      ];
    case 'postEvaluation':
      return state.stageDeadline
        ? [
            {
              action: `postEvaluationReport:${state.postEvaluationReports.length + 1}`,
              ownerRole: 'projectLead',
              ownerId: piId,
              ...at(state.stageDeadline),
            },
          ]
        : [];
    default:
      return [];
  }
}

/** Who owes each action, by name where the project knows the person (its PI, its commissioner). */
export const withOwnerNames = (actions: PendingAction[], names: Record<string, string>): PendingAction[] =>
  actions.map((a) => (a.ownerId && names[a.ownerId] ? { ...a, ownerName: names[a.ownerId] } : a));

/** The earliest deadline among pending actions (the GgNextDeadline search attribute). */
export function nextDeadline(actions: PendingAction[]): string | undefined {
  return actions
    .map((a) => a.deadline)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
}
