// Call-list entries (R1–R4, R7): drafting, revising, publishing once demonstrated (R3) and reading them, and
// the collective decisions their workflow holds, the R8 examination and the R13 stage gate. Demonstrations
// and the annual list as a whole are ./call-lists.ts; applying to an entry is ./applications.ts.
import { WorkflowNotFoundError, type WorkflowHandle } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import {
  ExaminationRequest,
  ListEntryStatusView,
  LIST_ENTRY_WORKFLOW_TYPE,
  StageGateBody,
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
  checkDemonstrated,
  checkParent,
  checkProposers,
  checkSelectionScope,
  checkStrategicField,
  examinationApplies,
  isInvited,
  type PolicyVersion,
  type Violation,
} from '../../rules';
import { entryReader } from '../authorization';
import { actorOf, organisationsOf } from '../request-context';
import type { AppContext } from '../app';
import { listEntrySummary } from '../workflow-summaries';
import { ProblemError, conflict, invalidTransition, malformed, notFound, ruleViolations } from '../problem';
import { exactly } from '../../contract/exact-schema';
import { createDemonstrationRepository } from '../../db/demonstrations';
import { createListEntryRepository, type StoredListEntry } from '../../db/list-entries';
import { withTransaction } from '../../db/queryable';

/** The path parameter naming a list entry. */
export const EntryId = z.object({ id: z.string().min(1).max(64) });
const BrowseQuery = z.object({
  callListYear: z.coerce.number().int().min(2000).max(2100).optional(),
  strategicField: z.string().max(64).optional(),
  tier: Tier.optional(),
  selectionMode: SelectionMode.optional(),
  status: z
    .enum(['draft', 'open', 'closed'])
    .optional()
    .describe('A draft (staff only), or a published entry whose application window is open or closed now'),
  parentId: z.string().max(64).optional().describe('The entries under this programme or topic (R1)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const StoredEntry = exactly<StoredListEntry>()(
  z.object({
    entry: ListEntry,
    status: z.enum(['draft', 'published']),
    revision: z.number(),
    examinationRequired: z.boolean(),
    policyVersion: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    publishedBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
    windowClosesAt: z.string().nullable(),
    /** The entry runs its own workflow from publication: it has an R8 examination. */
    entryWorkflow: z.boolean(),
    /** R8: its workflow tells each project at the window's close whether the examination is held. */
    examinationPlan: z.boolean(),
  }),
);

export const listRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);
    const demonstrations = createDemonstrationRepository(ctx.pool);

    /** R1, R2, R7: what an entry must be to enter the annual list, as a draft or revised. */
    async function checkDraft(entry: ListEntry, policy: PolicyVersion): Promise<Violation[]> {
      const parent = entry.parentId ? await entries.find(entry.parentId) : undefined;
      return [
        ...checkStrategicField(entry.strategicField, policy),
        ...checkParent(entry, parent?.entry),
        ...checkProposers(entry),
        ...checkSelectionScope(entry),
        ...checkApplicationDeadline(entry.applicationDeadline, ctx.clock(), policy),
      ];
    }

    app.post(
      '/lists',
      {
        config: { routeId: 'draftListEntry' },
        schema: {
          summary:
            'Draft a call-list entry: its tier and parent (R1), proposers (R2) and selection mode (R7); it is published once demonstrated (R3)',
          body: ListEntry,
          response: { 201: StoredEntry },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const entry = request.body;
        const policy = ctx.policies.current;
        const violations = await checkDraft(entry, policy);
        if (violations.length) throw ruleViolations(violations);
        const meta = {
          examinationRequired: examinationApplies(entry, policy),
          policyVersion: policy.id,
          createdBy: actor.id,
        };
        if (!(await entries.insertDraft(entry, meta))) {
          // A retry taking over a request whose first attempt committed: the same entry is no conflict.
          const existing = request.idempotency?.takeover ? await entries.find(entry.id) : undefined;
          if (JSON.stringify(existing?.entry) !== JSON.stringify(entry)) {
            throw conflict(`List entry ${entry.id} already exists`);
          }
        }
        const stored = await entries.find(entry.id);
        return reply
          .status(201)
          .header('location', `/lists/${encodeURIComponent(entry.id)}`)
          .send(stored!);
      },
    );

    app.put(
      '/lists/:id',
      {
        config: { routeId: 'reviseListEntry' },
        schema: {
          summary:
            'Revise a draft entry (after a demonstration asked for it, R3); a published entry cannot change',
          params: EntryId,
          body: ListEntry,
          response: { 200: StoredEntry },
        },
      },
      async (request) => {
        const entry = request.body;
        if (entry.id !== request.params.id) {
          throw malformed('body.id', `must equal the id in the path, ${request.params.id}`);
        }
        const stored = await entries.find(entry.id);
        if (!stored) throw notFound('List entry', entry.id);
        if (stored.status !== 'draft') throw publishedIsFinal(entry.id);
        const policy = ctx.policies.current;
        const violations = await checkDraft(entry, policy);
        if (violations.length) throw ruleViolations(violations);
        if (!(await entries.reviseDraft(entry, examinationApplies(entry, policy))))
          throw publishedIsFinal(entry.id);
        return (await entries.find(entry.id))!;
      },
    );

    app.post(
      '/lists/:id/publication',
      {
        config: { routeId: 'publishListEntry' },
        schema: {
          summary:
            'Publish a demonstrated entry (R3): its application window opens now (R1), its examination too where R8 applies',
          params: EntryId,
          response: { 200: StoredEntry },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const id = request.params.id;
        const policy = ctx.policies.current;
        const now = ctx.clock();
        // The row and the entry's workflow appear together: the row commits only once the workflow runs, and
        // a retry after a lost commit finds the workflow already there (USE_EXISTING).
        await withTransaction(ctx.pool, async (db) => {
          const [draft] = await entries.lockEntries([id], db);
          if (!draft) throw notFound('List entry', id);
          if (draft.status !== 'draft') {
            // A retry taking over a request whose first attempt committed answers as that attempt did.
            if (request.idempotency?.takeover) return;
            throw conflict(`List entry ${id} is already published`, 'already-published');
          }
          const entry = draft.entry;
          const violations = [
            ...checkDemonstrated(await demonstrations.latestFor(id, db), draft.revision),
            ...checkApplicationDeadline(entry.applicationDeadline, now, policy),
          ];
          if (violations.length) throw ruleViolations(violations);
          const windowClosesAt = applicationWindowClosesAt(entry.applicationDeadline, now, policy);
          const examinationRequired = examinationApplies(entry, policy);
          // Only an examination needs the entry's own workflow from the start; the projects of any other entry
          // close their own window, and a horse race starts the workflow when it needs it.
          const entryWorkflow = examinationRequired;
          await entries.publish(
            id,
            draft.revision,
            {
              examinationRequired,
              policyVersion: policy.id,
              publishedBy: actor.id,
              publishedAt: now.toISOString(),
              windowClosesAt,
              entryWorkflow,
              examinationPlan: entryWorkflow,
            },
            db,
          );
          if (entryWorkflow)
            await startEntryWorkflow(entry, { policy, now, windowClosesAt, examinationRequired });
        });
        return (await entries.find(id))!;

        async function startEntryWorkflow(
          entry: ListEntry,
          p: { policy: PolicyVersion; now: Date; windowClosesAt: string; examinationRequired: boolean },
        ) {
          await ctx.temporal.workflow.start<ListEntryWorkflow>(LIST_ENTRY_WORKFLOW_TYPE, {
            taskQueue: ctx.taskQueue,
            workflowId: listEntryWorkflowId(entry.id),
            args: [
              {
                entry,
                policy: p.policy,
                examinationRequired: p.examinationRequired,
                publishedAt: p.now.toISOString(),
                windowClosesAt: p.windowClosesAt,
                publishedBy: actor,
                sealedMessages: true,
                examinationAtLeast: true,
              },
            ],
            workflowIdConflictPolicy: 'USE_EXISTING',
            ...listEntrySummary(entry, p.policy.id),
            typedSearchAttributes: [
              { key: sa.listEntry, value: entry.id },
              { key: sa.strategicField, value: entry.strategicField },
              { key: sa.nextDeadline, value: new Date(p.windowClosesAt) },
            ],
            memo: { title: entry.title, tier: entry.tier, policyVersion: p.policy.id },
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
            'Browse the annual call lists’ entries (R1): by year, field, tier, parent, selection mode (R7), draft, open or closed',
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
        const visibleTo = entryReader(actorOf(request), organisationsOf(request));
        const page = await entries.browse({ ...request.query, visibleTo }, ctx.clock());
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
        // A draft, or a commission that did not invite the caller, is as absent as an unknown id (R7).
        if (!stored || !mayRead(stored, entryReader(actorOf(request), organisationsOf(request))))
          throw notFound('List entry', request.params.id);
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
          summary:
            'R13 horse-race stage gate: each team judged against its own stage goals; the passing continue, the others are terminated',
          params: EntryId,
          body: StageGateBody,
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

const publishedIsFinal = (id: string): ProblemError =>
  invalidTransition(`List entry ${id} is published: a published entry cannot be revised (R1, R3)`);

/** Whether a reader limited to `visibleTo`'s organisations (undefined: staff, every entry) may see it. */
export const mayRead = (stored: StoredListEntry, visibleTo: readonly string[] | undefined): boolean =>
  visibleTo === undefined ||
  (stored.status === 'published' &&
    (stored.entry.selectionMode === 'openCompetition' ||
      visibleTo.some((org) => isInvited(stored.entry, org))));
