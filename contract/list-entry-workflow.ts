// The list-entry contract: a call-list entry's workflow coordinates its collective decisions — the R8
// examination shortlist and the R13 horse-race stage gate. An entry with an examination runs one from
// publication; any other entry only once a project joins a horse race, which starts it. No zod here (see
// ./project-workflow.ts); the request schemas are in ./list-entry.ts, which re-exports this.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ListEntry, PolicyVersion } from '../rules';
import type { ExaminationRequest, StageGateRequest } from './list-entry';
import type { Actor, WithActor } from './project-workflow';

export const LIST_ENTRY_WORKFLOW_TYPE = 'listEntryWorkflow';
export const listEntryWorkflowId = (entryId: string): string => `list:${entryId}`;
/** R13: the horse-race group of an entry. */
export const horseRaceGroupId = (entryId: string): string => `race:${entryId}`;

export interface ListEntryWorkflowInput {
  entry: ListEntry;
  policy: PolicyVersion;
  examinationRequired: boolean;
  publishedAt: string;
  windowClosesAt: string;
  publishedBy: Actor;
  /** Messages count only when sealed by gongguan (as for projects); absent for entries published before. */
  sealedMessages?: boolean;
  /**
   * R8 as the policy states it: the examination passes *at least* the multiple × planned, ties at the
   * cut-off included; and at the window's close each project is told whether it is held at all (fewer
   * applications than the multiple × planned go straight to review). Absent for entries published before.
   */
  examinationAtLeast?: boolean;
}

export interface ListApplication {
  code: string;
  fundBacked: boolean;
  examined?: { score: number; passed: boolean; rank: number };
}

export interface ListEntryStatus {
  entryId: string;
  windowOpen: boolean;
  windowClosesAt: string;
  examinationRequired: boolean;
  examinationDone: boolean;
  /** R8: fewer than the multiple × planned applied, so every application went straight to review. */
  examinationSkipped: boolean;
  applications: ListApplication[];
  horseRace: { members: string[]; gated: Record<string, boolean> };
}

/** The entry workflow's state, carried across continue-as-new and given to a workflow started late. */
export interface ListState {
  windowOpen: boolean;
  examinationDone: boolean;
  applications: ListApplication[];
  raceMembers: string[];
  gated: Record<string, boolean>;
  /** Applications whose projects close their own window: not told when it closes (absent: none). */
  closingOwnWindow?: string[];
  /** R8: whether the examination is held, decided when the window closed (`examinationAtLeast` only). */
  examinationPlan?: ExaminationPlan;
}

/** R8: told to each project at the window's close: held, or straight to review. */
export interface ExaminationPlan {
  examination: boolean;
  basis: string;
}

/** An entry whose workflow starts at publication, with its window open. */
export const openEntryState = (): ListState => ({
  windowOpen: true,
  examinationDone: false,
  applications: [],
  raceMembers: [],
  gated: {},
});

/** An entry whose workflow starts after its window closed (a horse race began it) and knows no applications. */
export const closedEntryState = (): ListState => ({ ...openEntryState(), windowOpen: false });

export type ListEntryWorkflow = (input: ListEntryWorkflowInput & { resume?: ListState }) => Promise<void>;

/** Why an entry refuses an examination: the API's answer for an entry without a workflow, and its workflow's. */
export const noExamination = (entryId: string): string =>
  `Entry ${entryId} has no pre-review examination (R8)`;
/** Why an entry refuses a stage gate when no project of it joined a horse race. */
export const noHorseRace = (entryId: string): string =>
  `No project of entry ${entryId} has joined a horse race (R13)`;

export const listStatusQuery = defineQuery<ListEntryStatus>('listStatus');
/**
 * `submittedAt` (when the API accepted it) decides lateness, not when the signal arrives; older senders omit
 * it. A project that `closesOwnWindow` (it was given its `applicationWindow`) is not told when it closes.
 */
export const applicationSubmittedSignal =
  defineSignal<[{ code: string; fundBacked: boolean; submittedAt?: string; closesOwnWindow?: boolean }]>(
    'applicationSubmitted',
  );
/** From the list-entry workflow to a project that waits for it: whether the examination is held (R8). */
export const examinationPlanSignal = defineSignal<[ExaminationPlan]>('examinationPlan');
export const horseRaceJoinedSignal = defineSignal<[{ code: string }]>('horseRaceJoined');
/** R8: staff record examination scores for every application; the shortlist follows from the policy. */
export const recordExaminationUpdate = defineUpdate<ListEntryStatus, [WithActor<ExaminationRequest>]>(
  'recordExamination',
);
/** R13: the stage gate of a horse race. */
export const recordStageGateUpdate = defineUpdate<ListEntryStatus, [WithActor<StageGateRequest>]>(
  'recordStageGate',
);
