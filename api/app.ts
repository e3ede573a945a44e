// Builds the Fastify app from injected parts; `api/server.ts` only listens (fastify/demo's app/server split).
import Fastify, { type FastifyServerOptions } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { Client } from '@temporalio/client';
import type { Pool } from 'pg';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { PolicyRegistry } from '../rules';
import { problemErrorHandler, sendProblem } from './problem';
import { healthRoutes } from './routes/health';
import { applicationRoutes } from './routes/applications';
import { callListRoutes } from './routes/call-lists';
import { rankingRoutes } from './routes/rankings';
import { listRoutes } from './routes/lists';
import { projectRoutes } from './routes/projects';
import { registryRoutes } from './routes/registry';
import { ledgerRoutes } from './routes/ledger';
import { documentRoutes } from './routes/documents';
import { codecRoutes } from './routes/codec';
import { resultRoutes } from './routes/results';
import { spotCheckRoutes } from './routes/spot-checks';
import { taskRoutes } from './routes/tasks';
import type { Keyring } from '../codec/keys';
import { registerIdempotency } from './idempotency';
import { documentErrorsAndTags } from './openapi';
import type { OpenAPIV3 } from 'openapi-types';
import { createProjectChangeFeed, type ProjectChangeFeed } from './project-changes';
import { registerAuthentication } from './request-context';
import { createAuthenticator } from './auth';
import type { RouteId } from './authorization';

export interface AppDeps {
  pool: Pool;
  temporal: Client;
  taskQueue: string;
  policies: PolicyRegistry;
  clock?: () => Date;
  /** How long an unanswered Idempotency-Key claim blocks retries before one may take it over. */
  idempotencyStaleMs?: number;
  logger?: FastifyServerOptions['logger'];
  /** How long a resolved API key is trusted before the database is asked again (DEFAULT_AUTH_CACHE_MS). */
  authCacheMs?: number;
  /** The codec's keys, for the Temporal UI's codec endpoint (the Temporal client seals with the same). */
  keyring: Keyring;
  /** Origins of the Temporal UI allowed to call the codec endpoint from a browser. */
  codecOrigins?: string[];
  /** Passed to new projects' workflows (CONTINUE_AS_NEW_AFTER_EVENTS when unset); tests set 0. */
  continueAsNewAfterEvents?: number;
}

export async function buildApp(deps: AppDeps) {
  const app = Fastify({
    logger: deps.logger ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  // Every route with its matrix row, for the authorisation and OpenAPI tests (and nothing else).
  const routeCatalog: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routeCatalog.push({ method, url: route.url, routeId: route.config?.routeId });
    }
  });
  app.decorate('routeCatalog', routeCatalog);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemErrorHandler);
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, request, {
      type: 'not-found',
      title: 'Not found',
      status: 404,
      detail: `No route ${request.method} ${request.url}`,
    }),
  );

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'gongguan',
        description: 'Provincial major S&T project management (攻关): call lists to post-evaluation.',
        version: '0.1.0',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (document) =>
      'openapiObject' in document
        ? documentErrorsAndTags(document.openapiObject as OpenAPIV3.Document)
        : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  registerAuthentication(app, createAuthenticator(deps.pool, { cacheMs: deps.authCacheMs }));
  registerIdempotency(app, deps.pool, deps.idempotencyStaleMs);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const changes = createProjectChangeFeed(deps.pool, { log: (line) => app.log.warn(line) });
  // Before the server closes: long polls answer at once instead of holding the shutdown for their wait.
  app.addHook('preClose', () => changes.close());
  const ctx = {
    ...deps,
    clock: deps.clock ?? (() => new Date()),
    changes,
    codecOrigins: deps.codecOrigins ?? [],
  };
  await app.register(healthRoutes(ctx));
  await app.register(listRoutes(ctx));
  await app.register(callListRoutes(ctx));
  await app.register(rankingRoutes(ctx));
  await app.register(applicationRoutes(ctx));
  await app.register(projectRoutes(ctx));
  await app.register(registryRoutes(ctx));
  await app.register(ledgerRoutes(ctx));
  await app.register(documentRoutes(ctx));
  await app.register(codecRoutes(ctx));
  await app.register(spotCheckRoutes(ctx));
  await app.register(resultRoutes(ctx));
  await app.register(taskRoutes(ctx));
  return app;
}

export type AppContext = AppDeps & { clock: () => Date; changes: ProjectChangeFeed; codecOrigins: string[] };

export interface RouteEntry {
  method: string;
  url: string;
  routeId?: RouteId;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalog: RouteEntry[];
  }
}
