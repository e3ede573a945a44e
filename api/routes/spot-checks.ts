// R18.4 random spot checks (随机抽查) over HTTP: the supervisor draws the policy's share of the projects in
// execution, from a recorded seed, and each drawn project owes its check by the date the draw set.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SpotCheckDrawRequest, openSpotCheckUpdate, projectWorkflowId } from '../../contract/project';
import { findDraws, nextDrawId, projectsInExecution, storeDraw } from '../../db/spot-check-draws';
import { drawSpotChecks, shanghaiDate } from '../../rules';
import type { AppContext } from '../app';
import { reserveOnce } from '../idempotency';
import { fromWorkflowFailure, invalidTransition, notFound } from '../problem';
import { actorOf } from '../request-context';

const DrawView = z.object({
  id: z.string(),
  drawnAt: z.string(),
  drawnBy: z.string(),
  policyVersion: z.string(),
  seed: z.string().describe('Draw again with this seed over `population` to get `drawn` (rules/spot-checks)'),
  shareBp: z.number().describe('The policy’s share of the population drawn, in basis points'),
  checkBy: z.string(),
  scope: z.object({ listEntryId: z.string().optional(), strategicField: z.string().optional() }),
  population: z.array(z.string()),
  drawn: z.array(z.string()),
});

const DrawOutcome = DrawView.extend({
  /** The drawn projects whose workflows took the check, and those that could not (with why). */
  opened: z.array(z.string()),
  notOpened: z.array(z.object({ code: z.string(), detail: z.string() })),
});

export const spotCheckRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/spot-check-draws',
      {
        config: { routeId: 'drawSpotChecks' },
        schema: {
          summary:
            'Draw the policy’s share of the projects in execution for a spot check, from a recorded seed; each drawn project owes its check by checkBy (R18.4)',
          body: SpotCheckDrawRequest,
          response: { 201: DrawOutcome },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const now = ctx.clock();
        if (!(Date.parse(request.body.checkBy) > now.getTime()))
          throw invalidTransition(
            'checkBy is the date the drawn projects are to be checked by: a future one',
          );
        const policy = ctx.policies.current;
        // A retry under the same Idempotency-Key finds the draw its first attempt stored, and draws nothing new.
        const id = await reserveOnce(ctx.pool, request, () =>
          nextDrawId(ctx.pool, shanghaiDate(now).slice(0, 4)),
        );
        const seed = request.body.seed ?? randomBytes(16).toString('hex');
        const draw = await storeDraw(ctx.pool, {
          id,
          drawnAt: now.toISOString(),
          drawnBy: actor.id,
          policyVersion: policy.id,
          checkBy: request.body.checkBy,
          scope: request.body.scope,
          ...drawSpotChecks(
            await projectsInExecution(ctx.pool, request.body.scope),
            policy.spotCheckShareBp,
            seed,
          ),
        });
        const opened: string[] = [];
        const notOpened: Array<{ code: string; detail: string }> = [];
        for (const code of draw.drawn) {
          try {
            // The draw's id is the update's: a retry is answered by the first delivery, never a second check.
            await ctx.temporal.workflow
              .getHandle(projectWorkflowId(code))
              .executeUpdate(openSpotCheckUpdate, {
                args: [{ drawId: draw.id, dueAt: draw.checkBy, actor }],
                updateId: `spot-check:${draw.id}`,
              });
            opened.push(code);
          } catch (err) {
            const problem = fromWorkflowFailure(err);
            if (!problem) throw err;
            notOpened.push({ code, detail: problem.problem.detail });
          }
        }
        return reply.status(201).send({ ...draw, opened, notOpened });
      },
    );

    app.get(
      '/spot-check-draws',
      {
        config: { routeId: 'readSpotCheckDraws' },
        schema: {
          summary: 'Every spot-check draw, newest first, with its seed and population (R18.4)',
          response: { 200: z.object({ items: z.array(DrawView) }) },
        },
      },
      async () => ({ items: await findDraws(ctx.pool) }),
    );

    app.get(
      '/spot-check-draws/:id',
      {
        config: { routeId: 'readSpotCheckDraws' },
        schema: {
          summary:
            'One spot-check draw as it was made: seed, share, population and the projects drawn (R18.4)',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: DrawView },
        },
      },
      async (request) => {
        const [draw] = await findDraws(ctx.pool, request.params.id);
        if (!draw) throw notFound('Spot-check draw', request.params.id);
        return draw;
      },
    );
  };
