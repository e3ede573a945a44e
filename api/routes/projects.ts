// Projects: the PostgreSQL read model plus the live status from the workflow.
import { WorkflowNotFoundError } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProjectCode, projectWorkflowId, statusQuery } from '../../contract/project';
import type { AppContext } from '../app';
import { notFound } from '../problem';
import { createProjectRepository } from '../repositories/projects';

const Params = z.object({ code: ProjectCode });
const ProjectView = z.object({
  code: z.string(),
  listEntryId: z.string(),
  title: z.string(),
  stage: z.string(),
  strategicField: z.string(),
  leadOrganisationId: z.string(),
  leadOrganisationName: z.string(),
  county: z.string(),
  principalInvestigatorId: z.string(),
  policyVersion: z.string(),
  totalInvestment: z.number(),
  provincialSubsidy: z.number(),
  militaryOrder: z.boolean(),
  nextDeadline: z.string().nullable(),
  updatedAt: z.string(),
  live: z.object({ stage: z.string(), timeline: z.array(z.record(z.string(), z.unknown())) }).nullable(),
});

export const projectRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const projects = createProjectRepository(ctx.pool);

    app.get(
      '/projects/:code',
      {
        schema: {
          summary: 'A project: its record and live workflow status',
          params: Params,
          response: { 200: ProjectView },
        },
      },
      async (request) => {
        const row = await projects.find(request.params.code);
        if (!row) throw notFound('Project', request.params.code);
        let live: z.infer<typeof ProjectView>['live'] = null;
        try {
          const status = await ctx.temporal.workflow
            .getHandle(projectWorkflowId(row.code))
            .query(statusQuery);
          live = {
            stage: status.stage,
            timeline: status.timeline as unknown as Array<Record<string, unknown>>,
          };
        } catch (err) {
          // A workflow removed by retention leaves the record readable.
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }
        return { ...row, live };
      },
    );
  };
