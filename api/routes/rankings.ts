// R6.5 / R9: the review ranking of an entry's applications, with the priority that industrial-fund or
// private-equity backing earns, as the decision-makers see it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createListEntryRepository } from '../../db/list-entries';
import { createProjectRepository } from '../../db/projects/reads';
import { pastRatings } from '../../db/results';
import { rankCandidates, trackRecordAdjustment } from '../../rules';
import type { AppContext } from '../app';
import { notFound } from '../problem';
import { EntryId } from './lists';

const RankedProject = z.object({
  rank: z.number(),
  code: z.string(),
  title: z.string(),
  stage: z.string(),
  scores: z.array(z.number()),
  meanScore: z.number(),
  fundBacked: z.boolean(),
  /** R23: the points the PI's and organisation's past post-evaluation ratings add (GET …/track-record). */
  trackRecord: z.number(),
  /** The mean score plus the R6.5 priority bonus and the R23 track record: what the ranking orders by. */
  rankScore: z.number(),
});

export const rankingRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);
    const projects = createProjectRepository(ctx.pool);

    app.get(
      '/lists/:id/ranking',
      {
        config: { routeId: 'readRanking' },
        schema: {
          summary:
            'The review ranking of the entry’s applications: mean expert score plus the R6.5 priority of fund-backed ones and the R23 points of their PI’s and organisation’s past post-evaluation ratings',
          params: EntryId,
          response: {
            200: z.object({ fundBackingPriorityBonus: z.number(), items: z.array(RankedProject) }),
          },
        },
      },
      async (request) => {
        const stored = await entries.find(request.params.id);
        if (!stored) throw notFound('List entry', request.params.id);
        const policy = ctx.policies.get(stored.policyVersion) ?? ctx.policies.current;
        const reviewed = await projects.reviewedOfEntry(stored.entry.id);
        const byCode = new Map(reviewed.map((p) => [p.code, p]));
        const candidates = await Promise.all(
          reviewed.map(async (p) => ({
            applicationId: p.code,
            score: p.scores.reduce((sum, s) => sum + s, 0) / p.scores.length,
            fundBacked: p.fundBacked,
            trackRecord: trackRecordAdjustment(
              await pastRatings(ctx.pool, {
                piId: p.piId,
                organisationId: p.leadOrganisationId,
                except: p.code,
              }),
              policy,
            ),
          })),
        );
        const ranked = rankCandidates(candidates, policy);
        return {
          fundBackingPriorityBonus: policy.fundBackingPriorityBonus,
          items: ranked.map((r) => {
            const p = byCode.get(r.applicationId)!;
            return {
              rank: r.rank,
              code: p.code,
              title: p.title,
              stage: p.stage,
              scores: p.scores,
              meanScore: r.score,
              fundBacked: p.fundBacked,
              trackRecord: r.trackRecord ?? 0,
              rankScore: r.rankScore,
            };
          }),
        };
      },
    );
  };
