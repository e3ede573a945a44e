// The project contract: what the API, the worker and the workflow agree on (pattern of samples'
// `early-return/src/shared.ts`). Imports nothing from Node, so the workflow bundle can include it.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import type { Application, ListEntry, PolicyVersion, RuleId } from '../rules';

export const PROJECT_WORKFLOW_TYPE = 'projectWorkflow';

/** Business-key workflow IDs (`project:ZJ-2026-00042`): one workflow per project, for its whole life. */
export const projectWorkflowId = (code: string): string => `project:${code}`;

export const PROJECT_CODE_PATTERN = /^ZJ-\d{4}-\d{5,}$/;
export const ProjectCode = z.string().regex(PROJECT_CODE_PATTERN, 'a project code like ZJ-2026-00042');

export const ProjectStage = z.enum([
  'application',
  'examination',
  'review',
  'decision',
  'contract',
  'execution',
  'acceptance',
  'postEvaluation',
  'closed',
  'rejected',
  'terminated',
]);
export type ProjectStage = z.infer<typeof ProjectStage>;

export const Role = z.enum([
  'programmeOfficer',
  'supervisor',
  'expert',
  'projectLead',
  'financeOfficer',
  'auditor',
  'admin',
  'system',
]);
export type Role = z.infer<typeof Role>;

/** Who acted; travels from the API into the workflow and the audit trail (R24). */
export const Actor = z.object({ id: z.string().min(1).max(128), role: Role });
export type Actor = z.infer<typeof Actor>;

export interface ProjectWorkflowInput {
  code: string;
  applicationId: string;
  listEntry: ListEntry;
  application: Application;
  /** The whole policy version the project is judged by, frozen into history at the start. */
  policy: PolicyVersion;
  submittedAt: string;
  submittedBy: Actor;
}

export interface TimelineEntry {
  seq: number;
  stage: ProjectStage;
  action: string;
  actor: Actor;
  at: string;
  basis?: string;
  ruleIds: RuleId[];
}

export interface ProjectStatus {
  code: string;
  stage: ProjectStage;
  policyVersion: string;
  timeline: TimelineEntry[];
}

export interface ProjectOutcome {
  code: string;
  stage: ProjectStage;
}

/** What the client needs to type `workflow.start` without importing workflow code. */
export type ProjectWorkflow = (input: ProjectWorkflowInput) => Promise<ProjectOutcome>;

export const TerminationRequest = z.object({
  reason: z.string().trim().min(1).max(2000),
  basis: z.string().trim().min(1).max(2000),
});
export type TerminationRequest = z.infer<typeof TerminationRequest>;

export const statusQuery = defineQuery<ProjectStatus>('status');

/** Resolves once the project's first state is in PostgreSQL, so a 201 is followed by a readable record. */
export const awaitRecordedUpdate = defineUpdate<ProjectStatus>('awaitRecorded');

/** R15: the supervising department may terminate at any time. A signal, as the product card asks. */
export const terminateSignal = defineSignal<[TerminationRequest & { actor: Actor }]>('terminate');
