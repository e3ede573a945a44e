// Who is calling: every route but the public ones authenticates first, so handlers can rely on an actor.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../contract/project';
import type { Authenticator } from './auth';
import { requireRouteRole, type RouteId } from './authorization';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The row of the authorisation matrix (api/authorization.ts) this route belongs to. */
    routeId?: RouteId;
    /** Answered without authentication (a CORS preflight). */
    public?: boolean;
    /** The API key may come as the path parameter `key`, for callers that cannot set headers. */
    keyInPath?: boolean;
  }
  interface FastifyRequest {
    actor?: Actor;
    /** The organisations the caller's key acts for (R7). */
    organisations?: readonly string[];
    /** takeover: a retry running a request whose first attempt died before answering. */
    idempotency?: { actorId: string; key: string; takeover?: boolean };
  }
}

const PUBLIC_ROUTES = new Set(['/health', '/openapi.json']);
const isPublic = (url: string | undefined): boolean =>
  url === undefined || PUBLIC_ROUTES.has(url) || url.startsWith('/docs');

/**
 * Authentication, then the role check of the authorisation matrix, both before the body is validated:
 * a caller who may not use a route learns nothing about what it accepts.
 */
export function registerAuthentication(app: FastifyInstance, authenticate: Authenticator): void {
  app.addHook('onRequest', async (request) => {
    if (isPublic(request.routeOptions.url) || request.routeOptions.config.public) return;
    const caller = await authenticate(request);
    request.actor = caller.actor;
    request.organisations = caller.organisations;
    const routeId = request.routeOptions.config.routeId;
    // Fail closed: a route someone forgot to put in the matrix is nobody's.
    if (!routeId)
      throw new Error(`route ${request.routeOptions.url} has no routeId in the authorisation matrix`);
    requireRouteRole(routeId, request.actor);
  });
}

export const organisationsOf = (request: FastifyRequest): readonly string[] => request.organisations ?? [];

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.routeOptions.url} ran without authentication`);
  return request.actor;
}
