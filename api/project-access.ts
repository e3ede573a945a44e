// Whether the caller may reach a project: it exists, and is within their reach (a lead's own, an expert's
// assigned, a recommending authority's organisations'); one check for every route that names a project.
import type { FastifyRequest } from 'fastify';
import type { ProjectRow, createProjectRepository } from '../db/projects/reads';
import { forbidden, projectReader } from './authorization';
import { notFound } from './problem';
import { actorOf, organisationsOf } from './request-context';

export type ProjectAccess = (
  request: FastifyRequest,
  code: string,
  withRecord?: boolean,
) => Promise<ProjectRow | undefined>;

/** With `withRecord`, the project's record comes from the same query. */
export const projectAccess =
  (projects: ReturnType<typeof createProjectRepository>): ProjectAccess =>
  async (request, code, withRecord = false) => {
    const actor = actorOf(request);
    const found = await projects.access(code, projectReader(actor, organisationsOf(request)), withRecord);
    if (!found) throw notFound('Project', code);
    if (!found.visible) throw forbidden(`${actor.id} (${actor.role}) has no access to project ${code}`);
    return found.row;
  };
