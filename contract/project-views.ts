// What the API answers about a project's live state: zod schemas of the workflow's status and action
// answers, for the HTTP responses and the API document. Each is checked at compile time to be exactly the
// contract's type, so a field the workflow reports cannot silently vanish on the wire (the serializer
// drops whatever a response schema does not name).
import { z } from 'zod';
import type { RuleId } from '../rules';
import { Actor, ContractMilestone, ProjectStage, Role } from './project';
import type {
  ActionResult,
  MilestoneState,
  PendingAction,
  ProjectStatus,
  TimelineEntry,
} from './project-workflow';

/** One object type of an intersection (`Omit<…> & {…}`), its fields as they were, optional ones too. */
type Flat<T> = { [K in keyof T]: T[K] };
/** True only when the two types are the same, optional fields included. */
type Same<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
/** A compile error unless `schema` infers exactly `T`: for every response schema of a contract type. */
export const exactly =
  <T>() =>
  <S extends z.ZodType>(schema: S & (Same<z.infer<S>, T> extends true ? unknown : never)): S =>
    schema;

const RuleIdView = z
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
