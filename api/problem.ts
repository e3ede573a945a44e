// RFC 9457 problem details. Every error the API returns has this shape, names the field or the rule, and
// is raised before anything changes.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Violation } from '../rules';

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  violations?: Violation[];
  ruleIds?: string[];
}

const TYPE_BASE = 'https://gongguan.example/problems/';

export class ProblemError extends Error {
  constructor(readonly problem: Omit<Problem, 'type'> & { type: string }) {
    super(problem.detail);
  }
}

export const notFound = (what: string, id: string): ProblemError =>
  new ProblemError({
    type: 'not-found',
    title: 'Not found',
    status: 404,
    detail: `${what} ${id} does not exist`,
  });

export const conflict = (detail: string): ProblemError =>
  new ProblemError({ type: 'conflict', title: 'Conflict with the current state', status: 409, detail });

export const ruleViolations = (violations: Violation[]): ProblemError =>
  new ProblemError({
    type: 'rule-violation',
    title: 'The request breaks a policy rule',
    status: 422,
    detail: violations.map((v) => `${v.ruleId}: ${v.message.en}`).join('; '),
    violations,
    ruleIds: [...new Set(violations.map((v) => v.ruleId))],
  });

export const unavailable = (dependency: string, detail: string): ProblemError =>
  new ProblemError({
    type: 'dependency-unavailable',
    title: `${dependency} is unavailable`,
    status: 503,
    detail,
  });

/** Connection-level failures of PostgreSQL or Temporal: the request can be retried later. */
export function isUnavailableError(err: unknown): string | undefined {
  const e = err as { code?: string | number; name?: string; message?: string };
  if (
    typeof e.code === 'string' &&
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(e.code)
  ) {
    return 'PostgreSQL';
  }
  if (
    e.message?.includes('Connection terminated') ||
    e.message?.includes('timeout exceeded when trying to connect')
  ) {
    return 'PostgreSQL';
  }
  // gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4) from the Temporal client.
  if (e.name === 'ServiceError' || e.code === 14 || e.code === 4) return 'Temporal';
  return undefined;
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Problem | ProblemError['problem'],
) {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ ...problem, type: `${TYPE_BASE}${problem.type}`, instance: request.url });
}

export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError) return sendProblem(reply, request, error.problem);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return sendProblem(reply, request, {
      type: 'validation',
      title: 'The request is malformed',
      status: 400,
      detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors,
    });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendProblem(reply, request, {
      type: 'bad-request',
      title: 'Bad request',
      status: error.statusCode,
      detail: error.message,
    });
  }
  const dependency = isUnavailableError(error);
  if (dependency) {
    request.log.warn({ err: error }, `${dependency} unavailable`);
    return sendProblem(reply, request, {
      type: 'dependency-unavailable',
      title: `${dependency} is unavailable`,
      status: 503,
      detail: `${dependency} cannot be reached; nothing was changed. Retry later.`,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, {
    type: 'internal',
    title: 'Internal error',
    status: 500,
    detail: 'An unexpected error occurred; it has been logged.',
  });
}
