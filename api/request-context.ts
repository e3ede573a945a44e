// Who is calling: every route but the public ones authenticates first, so handlers can rely on an actor.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Pool } from 'pg';
import type { Actor } from '../contract/project';
import { authenticate } from './auth';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    idempotency?: { actorId: string; key: string };
  }
}

const PUBLIC_ROUTES = new Set(['/health', '/openapi.json']);
const isPublic = (url: string | undefined): boolean =>
  url === undefined || PUBLIC_ROUTES.has(url) || url.startsWith('/docs');

export function registerAuthentication(app: FastifyInstance, pool: Pool): void {
  app.addHook('onRequest', async (request) => {
    if (isPublic(request.routeOptions.url)) return;
    request.actor = await authenticate(pool, request);
  });
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new Error(`route ${request.routeOptions.url} ran without authentication`);
  return request.actor;
}
