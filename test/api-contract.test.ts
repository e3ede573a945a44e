// The authorisation matrix walked role × endpoint, the OpenAPI document checked against the
// routes, and thousands of hostile requests that must neither crash the API nor change anything.
import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READING_POSTS, ROUTE_ROLES } from '../api/authorization';
import { Role, statusQuery, type Actor } from '../contract/project';
import { derivePolicy } from '../rules';
import { createHarness, eventually, type Harness } from './support/harness';
import {
  apply,
  compressedPolicy,
  messagesTaken,
  project,
  publish,
  seedExperts,
  waitForStage,
} from './support/lifecycle';
import { enterpriseApplication, expertCommitment } from '../examples/applications';

const ROLES = Role.options.filter((r) => r !== 'system');

interface OperationDoc {
  tags?: string[];
  summary?: string;
  responses: Record<string, { content?: unknown }>;
}

describe('API contract', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  let entryId: string;
  let code: string;
  let lead: Actor;
  let leadOrganisationId: string;
  let expert: Actor;

  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
    // Review lasts the whole file: a review deadline passing mid-test would record a step by itself.
    app = await h.buildApp([
      derivePolicy(compressedPolicy(), { id: 'test-contract', durations: { reviewPeriodMs: 600_000 } }),
    ]);
    await seedExperts(h.pool, 8);
    // One project in review, led by `lead`, with `expert` on its panel: every role's own reach includes it,
    // so whatever a role is refused below is refused by the role table alone.
    const application = enterpriseApplication();
    lead = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    leadOrganisationId = application.leadOrganisation.id;
    entryId = (await publish(app, h.as)).id;
    code = await apply(app, h.as, entryId, application);
    await waitForStage(h.client, code, 'review');
    const panel = await eventually(async () => {
      const { rows } = await h.pool.query('SELECT expert_ids FROM review_panels WHERE project_code = $1', [
        code,
      ]);
      return rows[0] ? (rows[0].expert_ids as string[]) : undefined;
    });
    expect(panel.length).toBeGreaterThan(0);
    expert = { id: panel[0]!, role: 'expert' };
    // R18.1: the expert signs the commitment, so the matrix walk sees their reads allowed.
    const signed = await app.inject({
      method: 'POST',
      url: `/projects/${code}/expert-commitments`,
      payload: { expertId: expert.id, ...expertCommitment },
      headers: await h.as(expert),
    });
    expect(signed.statusCode, signed.body).toBe(200);
    // R18.5: the matrix's commissioner is named to the project, so their reads are within reach.
    const named = await app.inject({
      method: 'POST',
      url: `/projects/${code}/commissioner`,
      payload: { commissionerId: 'commissioner-matrix', name: 'Prof. Matrix' },
      headers: await h.as({ id: 'officer-matrix', role: 'programmeOfficer' }),
    });
    expect(named.statusCode, named.body).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await h?.close();
  });

  const actorFor = (role: (typeof ROLES)[number]): Actor =>
    role === 'projectLead' ? lead : role === 'expert' ? expert : { id: `${role}-matrix`, role };
  const fill = (url: string) => url.replace(':code', code).replace(':id', entryId);

  it('walks every role × every endpoint: refused roles get 403, allowed ones get past authorisation', async () => {
    const routes = app.routeCatalog.filter((r) => r.routeId);
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const outcomes: string[] = [];
    for (const route of routes) {
      const allowed: readonly string[] = ROUTE_ROLES[route.routeId!];
      for (const role of ROLES) {
        // An empty body: allowed callers get a 400 (or a read), so nothing in the matrix walk changes state.
        const res = await app.inject({
          method: route.method as 'GET' | 'POST',
          url: fill(route.url),
          // A recommending authority (R6.6) and the undertaking institution (R15) act for the lead organisation.
          headers: await h.as(
            actorFor(role),
            role === 'recommendingAuthority' || role === 'institution' ? [leadOrganisationId] : [],
          ),
          ...(route.method === 'POST' ? { payload: {} } : {}),
        });
        const refused = res.statusCode === 403;
        if (allowed.includes(role) === refused || res.statusCode === 401 || res.statusCode >= 500) {
          outcomes.push(
            `${route.method} ${route.url} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(outcomes).toEqual([]);
  });

  it('holds the policy points of the matrix', () => {
    expect(ROUTE_ROLES.terminate).toEqual(['supervisor']);
    expect(ROUTE_ROLES.decide).not.toContain('projectLead');
    expect(ROUTE_ROLES.submitReviewScore).toEqual(['expert']);
    // Auditors read and never write.
    const writes = app.routeCatalog.filter(
      (r) => r.routeId && r.method === 'POST' && !READING_POSTS.includes(r.routeId),
    );
    for (const route of writes) {
      expect(ROUTE_ROLES[route.routeId!] as readonly string[], route.url).not.toContain('auditor');
    }
  });

  it('publishes a valid OpenAPI 3 document that lists exactly the routes', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = app.routeCatalog
      .filter((r) => r.routeId || r.url === '/health')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual(served.sort());
    // Every operation: under its resource's tag, with a summary, a 2xx schema and its errors as problems.
    const operations = Object.entries(doc.paths as Record<string, Record<string, OperationDoc>>).flatMap(
      ([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })),
    );
    const lacking = operations.flatMap(({ path, method, op }) => {
      const success = Object.keys(op.responses).find((code) => code.startsWith('2'));
      const errors = [
        '400',
        '404',
        '409',
        '422',
        '503',
        ...(path === '/health' || path === '/publicity' ? [] : ['401', '403']),
      ];
      return [
        ...(op.tags?.length && op.tags[0] !== 'Other' ? [] : [`${method} ${path}: no tag`]),
        ...(op.summary && !/issue/i.test(op.summary) ? [] : [`${method} ${path}: summary`]),
        ...(success && op.responses[success]?.content ? [] : [`${method} ${path}: no 2xx schema`]),
        ...errors.filter((code) => !op.responses[code]).map((code) => `${method} ${path}: no ${code}`),
      ];
    });
    expect(lacking).toEqual([]);
    expect(doc.components.schemas.Problem.required).toEqual(['type', 'title', 'status', 'detail']);
    const docs = await app.inject({ method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBeLessThan(400);
  });

  it('survives thousands of hostile requests: no 5xx, and nothing changes', async () => {
    const admin = await h.as({ id: 'admin-fuzz', role: 'admin' });
    const snapshot = async () => {
      const counts = await h.pool.query(
        `SELECT (SELECT count(*) FROM projects)::int AS projects, (SELECT count(*) FROM project_events)::int AS events,
                (SELECT count(*) FROM list_entries)::int AS lists, (SELECT count(*) FROM experts)::int AS experts,
                (SELECT count(*) FROM integrity_records)::int AS integrity`,
      );
      const history = await messagesTaken(h.client, code);
      const { stage } = await project(h.client, code).query(statusQuery);
      return { ...counts.rows[0], history, stage };
    };
    const before = await snapshot();
    const posts = app.routeCatalog.filter((r) => r.routeId && r.method === 'POST');
    const hostileId = fc.oneof(
      fc.constant(code),
      fc.constant(entryId),
      fc.string({ maxLength: 80 }),
      fc.constantFrom(
        '../../etc/passwd',
        "ZJ-2026-00001' OR '1'='1",
        '%00',
        'ZJ-9999-99999',
        '🙂',
        ' '.repeat(70),
      ),
    );
    const hostileBody = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(fc.string({ maxLength: 20 }), fc.anything({ maxDepth: 2 }), { maxKeys: 8 }),
      fc.record({
        outcome: fc.constantFrom('approve', 'reject', 'maybe'),
        approvedSubsidy: fc.oneof(fc.double(), fc.bigInt().map(String)),
      }),
      fc.record({
        milestones: fc.array(fc.record({ id: fc.string(), dueAt: fc.string() }), { maxLength: 3 }),
      }),
    );
    const hostileHeaders = fc.record(
      {
        'idempotency-key': fc.string({ maxLength: 200 }),
        'accept-language': fc.string({ maxLength: 30 }),
        'x-request-id': fc.string({ maxLength: 60 }),
      },
      { requiredKeys: [] },
    );
    const serverErrors: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...posts),
        hostileId,
        hostileBody,
        hostileHeaders,
        async (route, id, body, headers) => {
          const url = route.url
            .replace(':code', encodeURIComponent(id))
            .replace(':id', encodeURIComponent(id));
          const res = await app.inject({
            method: 'POST',
            url,
            headers: { ...headers, ...admin, 'content-type': 'application/json' },
            payload: JSON.stringify(body) ?? 'null',
          });
          if (res.statusCode >= 500) serverErrors.push(`${url} ${res.statusCode} ${res.body.slice(0, 200)}`);
          return res.statusCode < 500;
        },
      ),
      { numRuns: 2_000, seed: 20261123 },
    );
    // Malformed JSON and wrong content types, by hand.
    for (const payload of ['{', '{"a":', 'null', '[]', '"x"', '\u0000']) {
      const res = await app.inject({
        method: 'POST',
        url: `/projects/${code}/decision`,
        headers: { ...admin, 'content-type': 'application/json' },
        payload,
      });
      expect(res.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, payload).toBeLessThan(500);
    }
    expect(serverErrors).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 240_000);
});
