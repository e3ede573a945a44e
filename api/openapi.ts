// The API document as a client generator and a person read it: every operation under the tag of its
// resource, and every error it can answer documented with the one problem+json schema the API sends
// (api/problem.ts). Applied to the finished document, so it changes nothing the routes serve.
import type { OpenAPIV3 } from 'openapi-types';

/** Sub-resources of a project, grouped as the lifecycle is; the rest of the API by its first segment. */
const PROJECT_TAGS: Array<[tag: string, segments: string[]]> = [
  [
    'Admission and review',
    ['recommendation', 'expert-commitments', 'review-scores', 'on-site-inspections', 'panel', 'integrity'],
  ],
  ['Decision and publicity', ['decision', 'objections', 'objection-decisions', 'track-record']],
  [
    'Contract and execution',
    [
      'contract',
      'milestone-reports',
      'milestone-checks',
      'milestone-decisions',
      'change-requests',
      'change-decisions',
      'platform-filings',
    ],
  ],
  ['Funds ledger', ['ledger', 'disbursements', 'spending-reports', 'receipts']],
  [
    'Supervision',
    [
      'major-events',
      'major-event-responses',
      'spot-checks',
      'spot-check-rectifications',
      'commissioner',
      'commissioner-reports',
      'project-pool',
      'termination',
    ],
  ],
  [
    'Acceptance and after',
    [
      'acceptance-applications',
      'acceptance',
      'post-evaluation-reports',
      'post-evaluation-ratings',
      'rolling-support',
      'direct-support',
      'award-candidacy',
    ],
  ],
  ['Papers', ['documents']],
];

const TOP_TAGS: Record<string, string> = {
  lists: 'Call lists',
  'call-lists': 'Call lists',
  projects: 'Projects',
  publicity: 'Decision and publicity',
  experts: 'Experts and integrity',
  'integrity-records': 'Experts and integrity',
  commendations: 'Experts and integrity',
  ledger: 'Funds ledger',
  portfolio: 'Portfolio',
  'spot-check-draws': 'Supervision',
  'results-showcase': 'Acceptance and after',
  'award-candidates': 'Acceptance and after',
  me: 'Me',
  codec: 'Temporal UI codec',
  health: 'Health',
};

export function tagOf(path: string): string {
  const [top, , sub] = path.split('/').filter(Boolean);
  if (top === 'projects' && sub) {
    const found = PROJECT_TAGS.find(([, segments]) => segments.includes(sub));
    if (found) return found[0];
  }
  return TOP_TAGS[top ?? ''] ?? 'Other';
}

const PROBLEM: OpenAPIV3.SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details, in zh-CN when the request asks with Accept-Language: zh-CN',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', example: 'https://gongguan.example/problems/rule-violation' },
    title: { type: 'string', example: 'Policy rule violated' },
    status: { type: 'integer', example: 422 },
    detail: { type: 'string', example: 'R12: the subsidy may only go down' },
    instance: { type: 'string', example: '/projects/ZJ-2026-00042/decision' },
    errors: {
      type: 'array',
      description: 'The fields that are wrong (400)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', example: 'body.approvedSubsidy' },
          message: { type: 'string' },
        },
      },
    },
    ruleIds: {
      type: 'array',
      items: { type: 'string', example: 'R12' },
      description: 'The rules violated (422)',
    },
    violations: {
      type: 'array',
      description:
        'Each rule violated: its fields, what it requires, what was found, in both languages (422)',
      items: {
        type: 'object',
        properties: {
          ruleId: { type: 'string' },
          fields: { type: 'array', items: { type: 'string' } },
          required: { type: 'string' },
          actual: { type: 'string' },
          message: {
            type: 'object',
            properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } },
          },
        },
      },
    },
  },
};

const ERRORS: Record<string, string> = {
  '400': 'Malformed: a field is missing, of the wrong type, or unknown (errors name them)',
  '401': 'No valid API key',
  '403': 'The caller’s role, or their reach, does not allow this',
  '404': 'No such resource',
  '409': 'The project’s stage, or the resource’s state, does not allow this now',
  '413': 'The body is larger than this endpoint takes',
  '422': 'A policy rule refuses it (ruleIds, violations)',
  '503': 'Temporal or PostgreSQL is unavailable; nothing changed, retry with the same Idempotency-Key',
};

/** Which errors an operation can answer: all of them, but 413 only where a body is sent. */
function errorResponses(method: string, publicRoute: boolean): OpenAPIV3.ResponsesObject {
  const codes = Object.keys(ERRORS).filter(
    (code) => !(code === '413' && method === 'get') && !(publicRoute && (code === '401' || code === '403')),
  );
  return Object.fromEntries(
    codes.map((code) => [
      code,
      {
        description: ERRORS[code]!,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
}

/** Tags every operation and documents its errors; `publicPaths` need no API key. */
export function documentErrorsAndTags(
  doc: OpenAPIV3.Document,
  publicPaths: readonly string[] = ['/health', '/publicity'],
): OpenAPIV3.Document {
  const tags = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of ['get', 'post', 'put', 'delete', 'patch'] as const) {
      const op = item?.[method];
      if (!op) continue;
      const tag = tagOf(path);
      tags.add(tag);
      op.tags = [tag];
      op.responses = { ...errorResponses(method, publicPaths.includes(path)), ...op.responses };
      // An answer that is not JSON (a paper's download) is the file itself.
      const answers = Object.entries(op.responses).filter(([code]) => code.startsWith('2'));
      if (!answers.some(([, answer]) => 'content' in answer && answer.content))
        op.responses['200'] = {
          description: 'The file itself, in the media type it was uploaded with',
          content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
        };
    }
  }
  return {
    ...doc,
    tags: [...tags].sort().map((name) => ({ name })),
    components: { ...doc.components, schemas: { ...doc.components?.schemas, Problem: PROBLEM } },
  };
}
