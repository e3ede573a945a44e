// Call-list entries (R1–R4): publishing and reading them, and the collective decisions their workflow
// holds, the R8 examination and the R13 stage gate. Applying to an entry is ./applications.ts.
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import {
  ExaminationRequest,
  ListEntryStatusView,
  LIST_ENTRY_WORKFLOW_TYPE,
  StageGateRequest,
  listEntryWorkflowId,
  noExamination,
  noHorseRace,
  recordExaminationUpdate,
  recordStageGateUpdate,
  type ListEntryWorkflow,
} from '../../contract/list-entry';
import {
  ListEntry,
  SelectionMode,
  Tier,
  applicationWindowClosesAt,
  checkApplicationDeadline,
  checkStrategicField,
  examinationApplies,
} from '../../rules';
import { actorOf } from '../request-context';
import type { AppContext } from '../app';
import { conflict, invalidTransition, notFound, ruleViolations } from '../problem';
import { exactly } from '../../contract/exact-schema';
import { createListEntryRepository, type StoredListEntry } from '../../db/list-entries';
import { withTransaction } from '../../db/queryable';

/** The path parameter naming a list entry. */
export const EntryId = z.object({ id: z.string().min(1).max(64) });
const BrowseQuery = z.object({
  callListYear: z.coerce.number().int().min(2000).max(2100).optional(),
  strategicField: z.string().max(64).optional(),
  tier: Tier.optional(),
  selectionMode: SelectionMode.optional(),
  status: z.enum(['open', 'closed']).optional().describe('Whether the application window is open now'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
const StoredEntry = exactly<StoredListEntry>()(
  z.object({
    entry: ListEntry,
    examinationRequired: z.boolean(),
    policyVersion: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    windowClosesAt: z.string().nullable(),
    /** The entry runs its own workflow from publication: it has an R8 examination. */
    entryWorkflow: z.boolean(),
  }),
);

export const listRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);

    app.post(
      '/lists',
      {
        config: { routeId: 'publishListEntry' },
        schema: {
          summary: 'Publish a call-list entry (R1–R4, R7, R8); its application window opens now',
          body: ListEntry,
          response: { 201: StoredEntry },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const entry = request.body;
        const policy = ctx.policies.current;
        const now = ctx.clock();
        const violations = [
          ...checkStrategicField(entry.strategicField, policy),
          ...checkApplicationDeadline(entry.applicationDeadline, now, policy),
        ];
        if (violations.length) throw ruleViolations(violations);
        const windowClosesAt = applicationWindowClosesAt(entry.applicationDeadline, now, policy);
        const examinationRequired = examinationApplies(entry, policy);
        // Only an examination needs the entry's own workflow from the start; the projects of any other entry
        // close their own window, and a horse race starts the workflow when it needs it.
        const entryWorkflow = examinationRequired;
        const meta = {
          examinationRequired,
          policyVersion: policy.id,
          createdBy: actor.id,
          windowClosesAt,
          entryWorkflow,
        };
        // The row and the entry's workflow appear together: the row commits only once the workflow runs, and
        // a retry after a lost commit finds the workflow already there (USE_EXISTING).
        await withTransaction(ctx.pool, async (db) => {
          if (!(await entries.insert(entry, meta, db))) {
            // A retry taking over a request whose first attempt committed: the same entry is no conflict.
            const existing = request.idempotency?.takeover ? await entries.find(entry.id) : undefined;
            if (JSON.stringify(existing?.entry) !== JSON.stringify(entry)) {
              throw conflict(`List entry ${entry.id} already exists`);
            }
          }
          if (entryWorkflow) await startEntryWorkflow();
        });
        const stored = await entries.find(entry.id);
        return reply
          .status(201)
          .header('location', `/lists/${encodeURIComponent(entry.id)}`)
          .send(stored!);

        async function startEntryWorkflow() {
          await ctx.temporal.workflow.start<ListEntryWorkflow>(LIST_ENTRY_WORKFLOW_TYPE, {
            taskQueue: ctx.taskQueue,
            workflowId: listEntryWorkflowId(entry.id),
            args: [
              {
                entry,
                policy,
                examinationRequired,
                publishedAt: now.toISOString(),
                windowClosesAt,
                publishedBy: actor,
                sealedMessages: true,
              },
            ],
            workflowIdConflictPolicy: 'USE_EXISTING',
            typedSearchAttributes: [
              { key: sa.listEntry, value: entry.id },
              { key: sa.strategicField, value: entry.strategicField },
              { key: sa.nextDeadline, value: new Date(windowClosesAt) },
            ],
            memo: { title: entry.title, tier: entry.tier, policyVersion: policy.id },
          });
        }
      },
    );

    app.get(
      '/lists',
      {
        config: { routeId: 'browseListEntries' },
        schema: {
          summary:
            'Browse the annual call lists’ entries (R1): by year, field, tier, selection mode (R7), open or closed',
          querystring: BrowseQuery,
          response: {
            200: z.object({
              items: z.array(StoredEntry),
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const page = await entries.browse(request.query, ctx.clock());
        return { ...page, limit: request.query.limit, offset: request.query.offset };
      },
    );

    app.get(
      '/lists/:id',
      {
        config: { routeId: 'readListEntry' },
        schema: { summary: 'A call-list entry', params: EntryId, response: { 200: StoredEntry } },
      },
      async (request) => {
        const stored = await entries.find(request.params.id);
        if (!stored) throw notFound('List entry', request.params.id);
        return stored;
      },
    );

    app.post(
      '/lists/:id/examination',
      {
        config: { routeId: 'recordExamination' },
        schema: {
          summary: 'R8 pre-review examination: every application scored; the best 3 × planned go to review',
          params: EntryId,
          body: ExaminationRequest,
          response: { 200: ListEntryStatusView },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return updateEntry(request.params.id, noExamination, (handle) =>
          handle.executeUpdate(recordExaminationUpdate, { args: [{ ...request.body, actor }] }),
        );
      },
    );

    app.post(
      '/lists/:id/stage-gate',
      {
        config: { routeId: 'recordStageGate' },
        schema: {
          summary: 'R13 horse-race stage gate: the passing projects continue, the others are terminated',
          params: EntryId,
          body: StageGateRequest,
          response: { 200: ListEntryStatusView },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return updateEntry(request.params.id, noHorseRace, (handle) =>
          handle.executeUpdate(recordStageGateUpdate, { args: [{ ...request.body, actor }] }),
        );
      },
    );

    /**
     * Runs an update on the entry's workflow. An entry without one from publication has one only
     * once a project joined a horse race; until then the request is refused, `withoutWorkflow` saying why.
     */
    async function updateEntry<T>(
      id: string,
      withoutWorkflow: (id: string) => string,
      update: (handle: WorkflowHandle<ListEntryWorkflow>) => Promise<T>,
    ): Promise<T> {
      const stored = await entries.find(id);
      if (!stored) throw notFound('List entry', id);
      try {
        return await update(ctx.temporal.workflow.getHandle<ListEntryWorkflow>(listEntryWorkflowId(id)));
      } catch (err) {
        if (!stored.entryWorkflow && err instanceof WorkflowNotFoundError)
          throw invalidTransition(withoutWorkflow(id));
        throw err;
      }
    }
  };
