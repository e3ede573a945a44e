// The list-entry contract's request schemas, with the rest of the contract (./list-entry-workflow.ts)
// re-exported: API code imports from here, workflow code from there.
import { z } from 'zod';
import { DecisionEvidence } from './evidence';
import { exactly } from './exact-schema';
import type { ListEntryStatus } from './list-entry-workflow';

export * from './list-entry-workflow';

export const ExaminationRequest = z.object({
  scores: z.array(z.object({ code: z.string().min(1), score: z.number().min(0).max(100) })).min(1),
  /** R8: how many pass into review; at least the multiple × planned (the default). */
  shortlistSize: z.number().int().min(1).max(10_000).optional(),
  evidence: DecisionEvidence,
});
export type ExaminationRequest = z.infer<typeof ExaminationRequest>;

/** R13: how one team did against the stage goals its own contract set. */
export const StageGoalAssessment = z.strictObject({
  code: z.string().min(1),
  goalsMet: z.boolean(),
  basis: z.string().trim().min(1).max(4000),
});

export const StageGateRequest = z.object({
  passed: z.array(z.string().min(1)).default([]),
  failed: z.array(z.string().min(1)).default([]),
  /** R13: each team judged against its own stage goals; required over HTTP, one per team named. */
  assessments: z.array(StageGoalAssessment).max(100).optional(),
  evidence: DecisionEvidence,
});
export type StageGateRequest = z.infer<typeof StageGateRequest>;

/** The stage gate as the API takes it: every team named is assessed against its own goals (R13). */
export const StageGateBody = StageGateRequest.extend({
  assessments: z.array(StageGoalAssessment).min(1).max(100),
});

/** The entry workflow's status, as the API answers it. */
export const ListEntryStatusView = exactly<ListEntryStatus>()(
  z.object({
    entryId: z.string(),
    windowOpen: z.boolean(),
    windowClosesAt: z.string(),
    examinationRequired: z.boolean(),
    examinationDone: z.boolean(),
    examinationSkipped: z.boolean(),
    applications: z.array(
      z.object({
        code: z.string(),
        fundBacked: z.boolean(),
        examined: z.object({ score: z.number(), passed: z.boolean(), rank: z.number() }).optional(),
      }),
    ),
    horseRace: z.object({ members: z.array(z.string()), gated: z.record(z.string(), z.boolean()) }),
  }),
);
