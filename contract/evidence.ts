// R20 procedure evidence: every decision records who decided, how, and on what basis, so staff who
// followed due procedure can show it (尽职免责) years later.
import { z } from 'zod';
import { StaffCommitment } from '../rules/domain';

export const DecisionEvidence = z.object({
  procedure: z.enum(['collectiveDecision', 'signOff', 'expertReview', 'onSiteInspection']),
  basis: z.string().trim().min(1).max(4000),
  decidedBy: z.array(z.string().min(1).max(128)).min(1).max(50),
  vote: z
    .object({
      for: z.number().int().min(0),
      against: z.number().int().min(0),
      abstain: z.number().int().min(0),
    })
    .optional(),
  /** R18.3: the decision was publicised (公示). */
  publicised: z.boolean().default(false),
  /** R18.1: the signing staff's commitment; required on the decisions that check it. */
  commitment: StaffCommitment.optional(),
});
export type DecisionEvidence = z.infer<typeof DecisionEvidence>;
