// Experts (R9, R18.2), integrity records (R14.2, R19) and the portfolio KPIs (R10).
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findIntegrityRecords, insertIntegrityRecord } from '../../db/integrity-records';
import { Expert, IntegrityRecord, portfolioKpis } from '../../rules';
import type { AppContext } from '../app';
import { actorOf } from '../request-context';
import { conflict } from '../problem';

const Page = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const NewIntegrityRecord = IntegrityRecord.omit({ id: true });
const Kpi = z.object({
  id: z.string(),
  ruleId: z.string(),
  count: z.number(),
  total: z.number(),
  shareBp: z.number(),
  targetBp: z.number().nullable(),
  met: z.boolean().nullable(),
});

const Contact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320).optional(),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  language: z.enum(['zh-CN', 'en']).default('zh-CN'),
});
const ReminderView = z.object({
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
});

/** Stages from which a project counts as approved for R10. */
const APPROVED_STAGES = ['contract', 'execution', 'acceptance', 'postEvaluation', 'closed'];

export const registryRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
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
        const e = request.body;
        const inserted = await ctx.pool.query(
          `INSERT INTO experts (id, name, organisation_id, from_enterprise, declared_conflicts) VALUES ($1,$2,$3,$4,$5)
           ON CONFLICT (id) DO NOTHING`,
          [e.id, e.name, e.organisationId, e.fromEnterprise, e.declaredConflicts],
        );
        if (!inserted.rowCount) throw conflict(`Expert ${e.id} already exists`);
        return reply
          .status(201)
          .header('location', `/experts/${encodeURIComponent(e.id)}`)
          .send(e);
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
        const { rows } = await ctx.pool.query(
          `SELECT id, name, organisation_id, from_enterprise, declared_conflicts FROM experts WHERE active
           ORDER BY id LIMIT $1 OFFSET $2`,
          [request.query.limit, request.query.offset],
        );
        return {
          items: rows.map((r: Record<string, unknown>) => ({
            id: r.id as string,
            name: r.name as string,
            organisationId: r.organisation_id as string,
            fromEnterprise: r.from_enterprise as boolean,
            declaredConflicts: r.declared_conflicts as string[],
          })),
        };
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
        const actor = actorOf(request);
        const c = request.body;
        await ctx.pool.query(
          `INSERT INTO contacts (user_id, role, name, email, webhook_url, language) VALUES ($1,$2,$3,$4,$5,$6)
           ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role, name = EXCLUDED.name, email = EXCLUDED.email,
             webhook_url = EXCLUDED.webhook_url, language = EXCLUDED.language`,
          [actor.id, actor.role, c.name, c.email ?? null, c.webhookUrl ?? null, c.language],
        );
        return c;
      },
    );

    app.get(
      '/me/reminders',
      {
        config: { routeId: 'myReminders' },
        schema: {
          summary: 'My reminders, newest first, with their delivery status (issue 6)',
          querystring: Page,
          response: { 200: z.object({ items: z.array(ReminderView) }) },
        },
      },
      async (request) => {
        const { rows } = await ctx.pool.query(
          `SELECT id::text, kind, project_code, action, deadline, subject, body, due_at, status, channel, sent_at
           FROM reminder_outbox WHERE recipient_id = $1 ORDER BY due_at DESC, id DESC LIMIT $2 OFFSET $3`,
          [actorOf(request).id, request.query.limit, request.query.offset],
        );
        return {
          items: rows.map((r: Record<string, unknown>) => ({
            id: r.id as string,
            kind: r.kind as string,
            projectCode: (r.project_code as string | null) ?? null,
            action: (r.action as string | null) ?? null,
            deadline: r.deadline ? (r.deadline as Date).toISOString() : null,
            subject: r.subject as string,
            body: r.body as string,
            dueAt: (r.due_at as Date).toISOString(),
            status: r.status as string,
            channel: (r.channel as string | null) ?? null,
            sentAt: r.sent_at ? (r.sent_at as Date).toISOString() : null,
          })),
        };
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
            200: z.object({ policyVersion: z.string(), projects: z.number(), kpis: z.array(Kpi) }),
          },
        },
      },
      async (request) => {
        const year = request.query.callListYear;
        const { rows } = await ctx.pool.query(
          `SELECT p.application, p.mountain_or_island, p.lead_organisation_type, to_char(p.updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS approved_on
           FROM projects p JOIN list_entries l ON l.id = p.list_entry_id
           WHERE p.stage = ANY($1) ${year ? 'AND l.call_list_year = $2' : ''}`,
          year ? [APPROVED_STAGES, year] : [APPROVED_STAGES],
        );
        const facts = rows.map((r: Record<string, unknown>) => {
          const application = r.application as {
            manufacturing?: boolean;
            team: { principalInvestigator: { birthDate: string } };
          };
          return {
            manufacturing: application.manufacturing === true,
            enterpriseLed: r.lead_organisation_type === 'enterprise',
            mountainOrIslandCounty: r.mountain_or_island as boolean,
            principalInvestigatorBirthDate: application.team.principalInvestigator.birthDate,
            approvedOn: r.approved_on as string,
          };
        });
        const policy = ctx.policies.current;
        return { policyVersion: policy.id, projects: facts.length, kpis: portfolioKpis(facts, policy) };
      },
    );
  };
