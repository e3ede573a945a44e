// The annual call list (年度榜单) as a whole (R1): its entries in their tiers, and the demonstrations (论证,
// R3) that let its drafts be published.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DecisionEvidence } from '../../contract/evidence';
import { exactly } from '../../contract/exact-schema';
import { createDemonstrationRepository, type Demonstration } from '../../db/demonstrations';
import { createListEntryRepository } from '../../db/list-entries';
import { withTransaction } from '../../db/queryable';
import { DemonstrationExpertKind, DemonstrationOpinion, enterpriseShareBp } from '../../rules';
import type { AppContext } from '../app';
import { entryReader } from '../authorization';
import { conflict, invalidTransition, malformed, notFound } from '../problem';
import { actorOf, organisationsOf } from '../request-context';
import { StoredEntry, mayRead } from './lists';

const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const name = z.string().trim().min(1).max(200);

const PanelMember = z.object({ name, kind: DemonstrationExpertKind, organisation: name });
const ThirdPartyEvaluation = z.object({
  organisation: name,
  conclusion: z.string().trim().min(1).max(4000),
  reportReference: z.string().trim().min(1).max(500).optional(),
});

const DemonstrationRequest = z
  .object({
    entryIds: z
      .array(z.string().min(1).max(64))
      .min(1)
      .max(1000)
      .optional()
      .describe('The entries demonstrated; absent, every draft of the year’s list'),
    panel: z.array(PanelMember).min(3).max(50).describe('R3: experts of the kinds the policy names'),
    opinion: DemonstrationOpinion,
    revisionsRequested: z
      .string()
      .trim()
      .min(1)
      .max(4000)
      .optional()
      .describe('What to revise; required with the opinion "revise"'),
    evidence: DecisionEvidence,
    thirdPartyEvaluation: ThirdPartyEvaluation.optional(),
  })
  .strict();

const DemonstrationView = exactly<Demonstration>()(
  z.object({
    id: z.number(),
    callListYear: z.number(),
    entries: z.array(z.object({ id: z.string(), revision: z.number() })),
    opinion: DemonstrationOpinion,
    panel: z.array(PanelMember),
    enterpriseShareBp: z.number(),
    evidence: DecisionEvidence,
    revisionsRequested: z.string().nullable(),
    thirdPartyEvaluation: ThirdPartyEvaluation.nullable(),
    recordedBy: z.string(),
    recordedAt: z.string(),
  }),
).extend({
  /** R3: the share the policy asks demonstration panels to reach (a target: reported, never refused). */
  enterpriseShareTargetBp: z.number(),
});

export const callListRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);
    const demonstrations = createDemonstrationRepository(ctx.pool);
    const withTarget = (d: Demonstration) => ({
      ...d,
      enterpriseShareTargetBp: ctx.policies.current.demonstrationEnterpriseShareTargetBp,
    });

    app.post(
      '/call-lists/:year/demonstrations',
      {
        config: { routeId: 'recordDemonstration' },
        schema: {
          summary:
            'Record the demonstration (R3) of the year’s draft entries: the panel, its opinion (pass or revise) and evidence',
          params: Year,
          body: DemonstrationRequest,
          response: { 201: DemonstrationView },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { year } = request.params;
        const body = request.body;
        if (body.opinion === 'revise' && !body.revisionsRequested) {
          throw malformed('body.revisionsRequested', 'required when the opinion is "revise" (R3)');
        }
        const id = await withTransaction(ctx.pool, async (db) => {
          const ids = body.entryIds ?? (await entries.draftIdsOfYear(year, db));
          if (ids.length === 0)
            throw invalidTransition(`The ${year} call list has no draft entries to demonstrate (R3)`);
          const covered = await entries.lockEntries([...new Set(ids)], db);
          const found = new Set(covered.map((stored) => stored.entry.id));
          const missing = ids.find((entryId) => !found.has(entryId));
          if (missing) throw notFound('List entry', missing);
          const elsewhere = covered.find((stored) => stored.entry.callListYear !== year);
          if (elsewhere)
            throw conflict(
              `List entry ${elsewhere.entry.id} belongs to the ${elsewhere.entry.callListYear} list, not ${year}'s (R1)`,
            );
          const published = covered.find((stored) => stored.status !== 'draft');
          if (published)
            throw invalidTransition(
              `List entry ${published.entry.id} is already published: it was demonstrated before (R3)`,
            );
          return demonstrations.insert(
            {
              callListYear: year,
              entries: covered.map((stored) => ({ id: stored.entry.id, revision: stored.revision })),
              opinion: body.opinion,
              panel: body.panel,
              enterpriseShareBp: enterpriseShareBp(body.panel),
              evidence: body.evidence,
              revisionsRequested: body.revisionsRequested ?? null,
              thirdPartyEvaluation: body.thirdPartyEvaluation ?? null,
              recordedBy: actor.id,
            },
            db,
          );
        });
        const recorded = await demonstrations.find(id);
        return reply.status(201).header('location', `/call-lists/${year}`).send(withTarget(recorded!));
      },
    );

    app.get(
      '/call-lists/:year',
      {
        config: { routeId: 'readCallList' },
        schema: {
          summary:
            'An annual call list (R1): its entries with their tiers and parent links, and its demonstrations (R3, staff)',
          params: Year,
          response: {
            200: z.object({
              callListYear: z.number(),
              entries: z.array(StoredEntry),
              /** Each entry's place in the tiers: programme > topic > project. */
              hierarchy: z.array(
                z.object({ id: z.string(), parentId: z.string().nullable(), childIds: z.array(z.string()) }),
              ),
              demonstrations: z.array(DemonstrationView),
            }),
          },
        },
      },
      async (request) => {
        const { year } = request.params;
        const visibleTo = entryReader(actorOf(request), organisationsOf(request));
        const visible = (await entries.ofYear(year)).filter((stored) => mayRead(stored, visibleTo));
        const ids = new Set(visible.map((stored) => stored.entry.id));
        const hierarchy = visible.map(({ entry }) => ({
          id: entry.id,
          parentId: entry.parentId !== undefined && ids.has(entry.parentId) ? entry.parentId : null,
          childIds: visible
            .filter((child) => child.entry.parentId === entry.id)
            .map((child) => child.entry.id),
        }));
        const shown = visibleTo === undefined ? await demonstrations.ofYear(year) : [];
        return { callListYear: year, entries: visible, hierarchy, demonstrations: shown.map(withTarget) };
      },
    );
  };
