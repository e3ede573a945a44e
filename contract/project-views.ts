// What the API answers about a project's live state: zod schemas of the workflow's status and action
// answers, for the HTTP responses and the API document, each exactly the contract's type (./exact-schema).
import { z } from 'zod';
import type { RuleId } from '../rules';
import { exactly } from './exact-schema';
import { Actor, ContractMilestone, ProjectStage, Role } from './project';
import type {
  ActionResult,
  MilestoneState,
  PendingAction,
  ProjectStatus,
  TimelineEntry,
} from './project-workflow';

export const RuleIdView = z
  .string()
  .regex(/^R\d+(\.\d+)?$/)
  .describe('A rule of the policy, R1–R24') as unknown as z.ZodType<RuleId>;

export const TimelineEntryView = exactly<TimelineEntry>()(
  z.object({
    seq: z.number(),
    stage: ProjectStage,
    action: z.string(),
    actor: Actor,
    at: z.string(),
    basis: z.string().optional(),
    ruleIds: z.array(RuleIdView),
  }),
);

export const PendingActionView = exactly<PendingAction>()(
  z.object({
    action: z.string(),
    ownerRole: Role,
    ownerId: z.string().optional().describe('The person who owns it, where one does (the PI, an expert)'),
    ownerName: z
      .string()
      .optional()
      .describe('Their name, where the project knows it (its PI, its commissioner)'),
    ownerOrganisationId: z
      .string()
      .optional()
      .describe('The organisation whose role holders owe it (a recommending authority’s, R6.6)'),
    deadline: z.string().optional(),
    overdue: z.boolean(),
  }),
);

export const MilestoneStateView = exactly<MilestoneState>()(
  ContractMilestone.extend({
    status: z.enum(['pending', 'passed', 'failed', 'overdue', 'acceptedLate']),
    metOnTime: z.boolean().optional(),
    outstanding: z.boolean().optional().describe('R14.1: assessed as outstanding at its check'),
    escalatedToSupervisor: z.boolean().optional(),
    report: z
      .object({ by: z.string(), at: z.string() })
      .optional()
      .describe('The PI’s progress report, before the staff check'),
  }),
);

export const TerminationView = exactly<NonNullable<ProjectStatus['termination']>>()(
  z.object({ reason: z.string(), basis: z.string(), actor: Actor, ruleIds: z.array(RuleIdView) }),
);

const currentStatusShape = {
  code: z.string(),
  stage: ProjectStage,
  phase: z.number().describe('R21: 1 for the original project, +1 for each rolling-support phase'),
  policyVersion: z.string(),
  pendingActions: z.array(PendingActionView),
  milestones: z.array(MilestoneStateView),
  provincialSubsidy: z.number().describe('In fen (分)'),
  militaryOrder: z.boolean(),
  horseRaceGroup: z.string().nullable(),
  projectPool: z.boolean(),
  termination: TerminationView.nullable(),
};

/** The `status` query's answer: the live state and the whole timeline. */
export const ProjectStatusView = exactly<ProjectStatus>()(
  z.object({ ...currentStatusShape, timeline: z.array(TimelineEntryView) }),
);

/** What every action answers: the status it left, and what it recorded (the timeline is in the GET). */
export const ActionResultView = exactly<ActionResult>()(
  z.object({
    ...currentStatusShape,
    recorded: z
      .array(TimelineEntryView)
      .describe('The timeline entries recorded while the action ran: its own step and any it caused'),
  }),
);
