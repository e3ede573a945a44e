// The inbox: every step the caller owes, across the projects they may see, earliest deadline first.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PendingActionView } from '../../contract/project-views';
import { tasksOf } from '../../db/projects/tasks';
import type { AppContext } from '../app';
import { projectReader } from '../authorization';
import { actorOf, organisationsOf } from '../request-context';

const TaskView = PendingActionView.extend({
  subject: z.enum(['project', 'listEntry']),
  projectCode: z.string().optional(),
  listEntryId: z.string().optional(),
  title: z.string(),
  stage: z.string(),
  link: z.string().describe('The project, where the step is taken'),
});

export const taskRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/me/tasks',
      {
        config: { routeId: 'myTasks' },
        schema: {
          summary:
            'My inbox: every step I owe, as a person or through my role (and the organisations I act for), across projects and call-list entries, earliest deadline first',
          querystring: z.object({
            overdue: z.stringbool().optional().describe('true: only steps past their deadline'),
            limit: z.coerce.number().int().min(1).max(500).default(50),
            offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
          }),
          response: {
            200: z.object({
              items: z.array(TaskView),
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const organisations = organisationsOf(request);
        const page = await tasksOf(
          ctx.pool,
          { id: actor.id, role: actor.role, organisations, reader: projectReader(actor, organisations) },
          request.query,
        );
        return {
          items: page.items.map((task) => ({
            ...task,
            link: task.projectCode ? `/projects/${task.projectCode}` : `/lists/${task.listEntryId}`,
          })),
          total: page.total,
          limit: request.query.limit,
          offset: request.query.offset,
        };
      },
    );
  };
