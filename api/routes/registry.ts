// Experts (R9, R18.2) and their recommendation for an entry's panels (R9), integrity records (R14.2, R19) and
// the portfolio KPIs (R10).
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activeExperts,
  findActiveExperts,
  insertExpert,
  recommendationsFor,
  recommendExperts,
  type ExpertRecommendation,
} from '../../db/experts';
import {
  commendations,
  findIntegrityRecords,
  insertIntegrityRecord,
  type Commendation,
} from '../../db/integrity-records';
import { createListEntryRepository } from '../../db/list-entries';
import { createProjectRepository } from '../../db/projects/reads';
import { remindersOf, upsertContact, type StoredReminder } from '../../db/reminders';
import { exactly } from '../../contract/exact-schema';
import {
  Expert,
  IntegrityRecord,
  checkRecommendedExperts,
  checkSpecialties,
  portfolioKpis,
  type Kpi,
} from '../../rules';
import type { AppContext } from '../app';
import { actorOf } from '../request-context';
import { conflict, invalidTransition, notFound, ruleViolations } from '../problem';
import { EntryId } from './lists';

const Page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const NewIntegrityRecord = IntegrityRecord.omit({ id: true });
const RecommendationRequest = z.object({
  expertIds: z.array(z.string().min(1).max(64)).min(1).max(20),
  basis: z.string().trim().min(1).max(4000).describe('Why these experts (精准推荐的理由)'),
});
const RecommendationView = exactly<ExpertRecommendation>()(
  z.object({
    expertId: z.string(),
    basis: z.string(),
    recommendedBy: z.string(),
    recommendedAt: z.string(),
  }),
);
const CommendationView = exactly<Commendation>()(
  z.object({
    subjectId: z.string(),
    projectCode: z.string().nullable(),
    title: z.string().nullable(),
    strategicField: z.string().nullable(),
    on: z.string().describe('The date it was earned (Asia/Shanghai)'),
    basis: z.string(),
  }),
);
const KpiView = exactly<Kpi>()(
  z.object({
    id: z.enum(['manufacturingShare', 'enterpriseLedShare', 'mountainOrIslandShare', 'youngPiShare']),
    ruleId: z.literal('R10'),
    count: z.number(),
    total: z.number(),
    shareBp: z.number(),
    targetBp: z.number().nullable(),
    met: z.boolean().nullable(),
  }),
);

const Contact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
const ReminderView = exactly<StoredReminder>()(
  z.object({
    id: z.string(),
    kind: z.string(),
    projectCode: z.string().nullable(),
    action: z.string().nullable(),
    deadline: z.string().nullable(),
    subject: z.string(),
    body: z.string(),
    dueAt: z.string(),
    status: z.string(),
    channel: z.string().nullable(),
    sentAt: z.string().nullable(),
  }),
);

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const projects = createProjectRepository(ctx.pool);
    const entries = createListEntryRepository(ctx.pool);

    app.post(
      '/experts',
      {
        config: { routeId: 'createExpert' },
        schema: {
          summary: 'Register a review expert with declared conflicts (R9, R18.2)',
          body: Expert,
          response: { 201: Expert },
        },
      },
      async (request, reply) => {
        const expert = request.body;
        const violations = checkSpecialties(expert.specialties, ctx.policies.current.strategicFields);
        if (violations.length) throw ruleViolations(violations);
        if (!(await insertExpert(ctx.pool, expert))) throw conflict(`Expert ${expert.id} already exists`);
        return reply
          .status(201)
          .header('location', `/experts/${encodeURIComponent(expert.id)}`)
          .send(expert);
      },
    );

    app.get(
      '/experts',
      {
        config: { routeId: 'listExperts' },
        schema: {
          summary: 'Review experts',
          querystring: Page,
          response: { 200: z.object({ items: z.array(Expert) }) },
        },
      },
      async (request) => {
        return { items: await activeExperts(ctx.pool, request.query) };
      },
    );

    app.post(
      '/lists/:id/expert-recommendations',
      {
        config: { routeId: 'recommendExperts' },
        schema: {
          summary:
            'Recommend named experts (精准推荐, R9) for the entry’s review panels: seated beside the random draw when they pass recusal (R18.2) and integrity (R19)',
          params: EntryId,
          body: RecommendationRequest,
          response: { 201: z.object({ items: z.array(RecommendationView) }) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const stored = await entries.find(request.params.id);
        if (!stored) throw notFound('List entry', request.params.id);
        const { expertIds, basis } = request.body;
        const found = await findActiveExperts(ctx.pool, expertIds);
        const violations = checkRecommendedExperts(found, expertIds, stored.entry.strategicField);
        if (violations.length) throw ruleViolations(violations);
        const drawn = await projects.panelDrawnForEntry(stored.entry.id);
        if (drawn)
          throw invalidTransition(
            `Review panels of ${stored.entry.id} are already drawn (project ${drawn}): a recommendation comes before the draw (R9)`,
          );
        await recommendExperts(ctx.pool, stored.entry.id, { expertIds, basis, recommendedBy: actor.id });
        return reply.status(201).send({ items: await recommendationsFor(ctx.pool, stored.entry.id) });
      },
    );

    app.get(
      '/lists/:id/expert-recommendations',
      {
        config: { routeId: 'readExpertRecommendations' },
        schema: {
          summary: 'The experts recommended for the entry’s review panels (R9)',
          params: EntryId,
          response: { 200: z.object({ items: z.array(RecommendationView) }) },
        },
      },
      async (request) => {
        if (!(await entries.find(request.params.id))) throw notFound('List entry', request.params.id);
        return { items: await recommendationsFor(ctx.pool, request.params.id) };
      },
    );

    app.get(
      '/integrity-records',
      {
        config: { routeId: 'listIntegrityRecords' },
        schema: {
          summary: 'Integrity records of a subject (R14.2, R19)',
          querystring: z.object({ subjectId: z.string().min(1).max(64) }),
          response: { 200: z.object({ items: z.array(IntegrityRecord) }) },
        },
      },
      async (request) => {
        return { items: await findIntegrityRecords(ctx.pool, [request.query.subjectId]) };
      },
    );

    app.get(
      '/commendations',
      {
        config: { routeId: 'listCommendations' },
        schema: {
          summary:
            'R14.1 commendations: PIs whose military orders were met on time with outstanding performance, for talent recommendation and science-award priority',
          querystring: z.object({ subjectId: z.string().min(1).max(64).optional() }),
          response: { 200: z.object({ items: z.array(CommendationView) }) },
        },
      },
      async (request) => ({ items: await commendations(ctx.pool, request.query.subjectId) }),
    );

    app.post(
      '/integrity-records',
      {
        config: { routeId: 'createIntegrityRecord' },
        schema: {
          summary: 'Record a ban, finding or commendation (R14, R19)',
          body: NewIntegrityRecord,
          response: { 201: IntegrityRecord },
        },
      },
      async (request, reply) => {
        const record = { ...request.body, id: `manual:${randomUUID()}` };
        await insertIntegrityRecord(ctx.pool, record);
        return reply.status(201).send(record);
      },
    );

    app.put(
      '/me/contact',
      {
        config: { routeId: 'myContact' },
        schema: {
          summary: 'Where reminders reach me: e-mail and/or webhook, and language',
          body: Contact,
          response: { 200: Contact },
        },
      },
      async (request) => {
        await upsertContact(ctx.pool, actorOf(request), request.body);
        return request.body;
      },
    );

    app.get(
      '/me/reminders',
      {
        config: { routeId: 'myReminders' },
        schema: {
          summary: 'My reminders, newest first, with their delivery status',
          querystring: Page,
          response: { 200: z.object({ items: z.array(ReminderView) }) },
        },
      },
      async (request) => {
        return { items: await remindersOf(ctx.pool, actorOf(request).id, request.query) };
      },
    );

    app.get(
      '/portfolio/kpis',
      {
        config: { routeId: 'portfolioKpis' },
        schema: {
          summary: 'R10 portfolio targets over approved projects (reported, never used to refuse one)',
          querystring: z.object({ callListYear: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: {
            200: z.object({ policyVersion: z.string(), projects: z.number(), kpis: z.array(KpiView) }),
          },
        },
      },
      async (request) => {
        const year = request.query.callListYear;
        const entryIds = year === undefined ? undefined : await entries.idsOfYear(year);
        const facts = await projects.approvedFacts(entryIds);
        const policy = ctx.policies.current;
        return { policyVersion: policy.id, projects: facts.length, kpis: portfolioKpis(facts, policy) };
      },
    );
  };
