// The list-entry contract's request schemas, with the rest of the contract (./list-entry-workflow.ts)
// re-exported: API code imports from here, workflow code from there.
import { z } from 'zod';
import { DecisionEvidence } from './evidence';

export * from './list-entry-workflow';

export const ExaminationRequest = z.object({
  scores: z.array(z.object({ code: z.string().min(1), score: z.number().min(0).max(100) })).min(1),
  evidence: DecisionEvidence,
});
export type ExaminationRequest = z.infer<typeof ExaminationRequest>;

export const StageGateRequest = z.object({
  passed: z.array(z.string().min(1)).default([]),
  failed: z.array(z.string().min(1)).default([]),
  evidence: DecisionEvidence,
});
export type StageGateRequest = z.infer<typeof StageGateRequest>;
