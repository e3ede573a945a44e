// RFC 9457 problem details. Every error the API returns has this shape, names the field or the rule, is
// raised before anything changes, and speaks zh-CN or en by Accept-Language.
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { FAILURE_TYPES } from '../contract/project';
import type { Violation } from '../rules';
import { z } from 'zod';

const zhCN = z.locales.zhCN();

export interface FieldError {
  field: string;
  message: string;
  /** The message in Chinese, sent instead of `message` to a caller who prefers zh-CN; never sent as a field. */
  messageZh?: string;
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
  /** The detail in Chinese, sent instead of `detail` to a caller who prefers zh-CN; never sent as a field. */
  detailZh?: string;
}

const TYPE_BASE = 'https://gongguan.example/problems/';

/** zh-CN titles by problem type; English titles are the ones the code writes. */
const ZH_TITLES: Record<string, string> = {
  validation: '请求格式错误',
  'bad-request': '请求错误',
  unauthenticated: '需要身份认证',
  forbidden: '无权执行此操作',
  'not-found': '资源不存在',
  conflict: '与当前状态冲突',
  'invalid-transition': '当前阶段不允许此操作',
  'rule-violation': '违反政策规则',
  'commitment-required': '须先签署承诺',
  'application-window-closed': '申报窗口已关闭',
  'idempotency-key-reused': '幂等键已用于其他请求',
  'idempotency-in-progress': '相同请求正在处理中',
  'dependency-unavailable': '依赖服务不可用',
  'payload-too-large': '请求体过大',
  'unsupported-media-type': '不支持的文件类型',
  internal: '内部错误',
};

export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

export const notFound = (what: string, id: string): ProblemError =>
  new ProblemError({
    type: 'not-found',
    title: 'Not found',
    status: 404,
    detail: `${what} ${id} does not exist`,
    detailZh: `${id} 不存在（${what}）`,
  });

/** A 400 naming the one field that is wrong, as schema validation names them. */
export const malformed = (field: string, message: string): ProblemError =>
  new ProblemError({
    type: 'validation',
    title: 'The request is malformed',
    status: 400,
    detail: `${field}: ${message}`,
    detailZh: `字段 ${field} 不正确：${message}`,
    errors: [{ field, message }],
  });

export const conflict = (detail: string, type = 'conflict'): ProblemError =>
  new ProblemError({
    type,
    title: 'Conflict with the current state',
    status: 409,
    detail,
    detailZh: `与当前状态冲突，未作任何更改：${detail}`,
  });

/** A step the entity's state does not allow; the rules the detail cites are listed for clients. */
export const invalidTransition = (detail: string): ProblemError =>
  new ProblemError({
    type: 'invalid-transition',
    title: 'Not possible in the current stage',
    status: 409,
    detail,
    detailZh: `当前阶段不允许此操作，未作任何更改：${detail}`,
    ruleIds: [...new Set(detail.match(/\bR\d+(?:\.\d+)?\b/g) ?? [])],
  });

export const ruleViolations = (violations: Violation[]): ProblemError =>
  new ProblemError({
    type: 'rule-violation',
    title: 'The request breaks a policy rule',
    status: 422,
    detail: violations.map((v) => `${v.ruleId}: ${v.message.en}`).join('; '),
    violations,
    ruleIds: [...new Set(violations.map((v) => v.ruleId))],
  });

/** Connection-level failures of PostgreSQL or Temporal: the request can be retried later. */
export function unavailableDependency(err: unknown): string | undefined {
  const failure = err as { code?: string | number; name?: string; message?: string; severity?: string };
  // Sockets refused or reset; PostgreSQL classes 08 (connection), 53 (resources), 57 (operator intervention:
  // shutdown, terminated backends) and 55000 (database not accepting connections); FATAL ends a session.
  if (
    typeof failure.code === 'string' &&
    (/^(08|53|57)/.test(failure.code) ||
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '55000'].includes(failure.code))
  ) {
    return 'PostgreSQL';
  }
  if (failure.severity === 'FATAL') return 'PostgreSQL';
  const pgConnectionMessages = [
    'Connection terminated',
    'timeout exceeded when trying to connect',
    'not queryable',
  ];
  if (pgConnectionMessages.some((m) => failure.message?.includes(m))) return 'PostgreSQL';
  // gRPC UNAVAILABLE (14) and DEADLINE_EXCEEDED (4) from the Temporal client.
  if (failure.name === 'ServiceError' || failure.code === 14 || failure.code === 4) return 'Temporal';
  return undefined;
}

/** A refused workflow update becomes the problem its validator meant: 409, 422 or 403. */
export function fromWorkflowFailure(err: unknown): ProblemError | undefined {
  if (err instanceof WorkflowNotFoundError) {
    return new ProblemError({
      type: 'not-found',
      title: 'Not found',
      status: 404,
      detail: 'The workflow does not exist',
    });
  }
  if (!(err instanceof WorkflowUpdateFailedError) || !(err.cause instanceof ApplicationFailure))
    return undefined;
  const failure = err.cause;
  switch (failure.type) {
    case FAILURE_TYPES.ruleViolation:
      return ruleViolations((failure.details?.[0] as Violation[] | undefined) ?? []);
    case FAILURE_TYPES.forbidden:
      return new ProblemError({
        type: 'forbidden',
        title: 'Not allowed',
        status: 403,
        detail: failure.message,
        detailZh: `无权执行此操作：${failure.message}`,
      });
    case FAILURE_TYPES.invalidTransition:
      return invalidTransition(failure.message);
    default:
      return undefined;
  }
}

const prefersChinese = (request: FastifyRequest): boolean => {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*zh/i.test(header);
};

/** A schema validation issue in Chinese, from zod's zh-CN messages. */
function inChinese(code: string, params: Record<string, unknown>): string {
  const message = zhCN.localeError({ code, ...params } as never);
  return (typeof message === 'string' ? message : message?.message) ?? '格式不正确';
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, withZh: Problem) {
  const zh = prefersChinese(request);
  const { detailZh, ...rest } = withZh;
  const problem: Problem = rest.errors
    ? {
        ...rest,
        errors: rest.errors.map(({ messageZh, ...e }) =>
          zh && messageZh ? { ...e, message: messageZh } : e,
        ),
      }
    : rest;
  const localised: Problem = zh
    ? {
        ...problem,
        title: ZH_TITLES[problem.type] ?? problem.title,
        detail: problem.violations?.length
          ? problem.violations.map((v) => `${v.ruleId}：${v.message['zh-CN']}`).join('；')
          : (detailZh ?? problem.detail),
      }
    : problem;
  return reply
    .status(problem.status)
    .header('content-language', zh ? 'zh-CN' : 'en')
    .type('application/problem+json')
    .send({ ...localised, type: `${TYPE_BASE}${problem.type}`, instance: request.url });
}

export function problemErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError) return sendProblem(reply, request, error.problem);
  const fromWorkflow = fromWorkflowFailure(error);
  if (fromWorkflow) return sendProblem(reply, request, fromWorkflow.problem);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => ({
      field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
      messageZh: inChinese(v.keyword, v.params),
    }));
    return sendProblem(reply, request, {
      type: 'validation',
      title: 'The request is malformed',
      status: 400,
      detail: errors.map((entry) => `${entry.field}: ${entry.message}`).join('; '),
      detailZh: errors.map((entry) => `${entry.field}：${entry.messageZh}`).join('；'),
      errors,
    });
  }
  if (error.statusCode === 413) {
    return sendProblem(reply, request, {
      type: 'payload-too-large',
      title: 'Payload too large',
      status: 413,
      detail: `${error.message}: the body is larger than this endpoint takes`,
      detailZh: '请求体超过此接口允许的大小',
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
  const dependency = unavailableDependency(error);
  if (dependency) {
    request.log.warn({ err: error }, `${dependency} unavailable`);
    return sendProblem(reply, request, {
      type: 'dependency-unavailable',
      title: `${dependency} is unavailable`,
      status: 503,
      detail: `${dependency} cannot be reached; nothing was changed. Retry later.`,
      detailZh: `${dependency} 暂时无法访问，未作任何更改，请稍后重试`,
    });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, request, {
    type: 'internal',
    title: 'Internal error',
    status: 500,
    detail: 'An unexpected error occurred; it has been logged.',
    detailZh: '发生意外错误，已记录',
  });
}
