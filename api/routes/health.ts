// GET /health: reachability of Temporal and PostgreSQL; 503 when either is down.
import { ping } from '../../db/queryable';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app';

const Dependency = z.object({ reachable: z.boolean(), error: z.string().optional() });
const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  temporal: Dependency,
  postgres: Dependency,
});

const PROBE_TIMEOUT_MS = 2_000;

async function probe(check: () => Promise<unknown>): Promise<z.infer<typeof Dependency>> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise(
        (_, reject) =>
          (timer = setTimeout(
            () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
            PROBE_TIMEOUT_MS,
          )),
      ),
    ]);
    return { reachable: true };
  } catch (err) {
    return { reachable: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          summary: 'Reachability of Temporal and PostgreSQL',
          response: { 200: Health, 503: Health },
        },
      },
      async (_request, reply) => {
        const [temporal, postgres] = await Promise.all([
          probe(() => ctx.temporal.workflowService.getSystemInfo({})),
          probe(() => ping(ctx.pool)),
        ]);
        const up = temporal.reachable && postgres.reachable;
        return reply.status(up ? 200 : 503).send({ status: up ? 'ok' : 'unavailable', temporal, postgres });
      },
    );
  };
