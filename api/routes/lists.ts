// Call-list entries (R1–R4) and applications to them (R4–R6, R19).
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type WorkflowHandle,
} from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PROJECT_WORKFLOW_TYPE,
  awaitRecordedUpdate,
  currentFeatures,
  projectWorkflowId,
  type ProjectWorkflow,
  type ProjectWorkflowInput,
} from '../../contract/project';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import {
  ExaminationRequest,
  ListEntryStatusView,
  LIST_ENTRY_WORKFLOW_TYPE,
  StageGateRequest,
  listEntryWorkflowId,
  listStatusQuery,
  noExamination,
  noHorseRace,
  recordExaminationUpdate,
  recordStageGateUpdate,
  type ListEntryWorkflow,
} from '../../contract/list-entry';
import {
  Application,
  ListEntry,
  applicationWindowClosesAt,
  checkEligibility,
  checkStrategicField,
  examinationApplies,
  shanghaiDate,
  submittedOnTime,
} from '../../rules';
import { forbidden } from '../authorization';
import { actorOf } from '../request-context';
import type { AppContext } from '../app';
import { reserveOnce } from '../idempotency';
import { conflict, invalidTransition, notFound, ProblemError, ruleViolations } from '../problem';
import { findIntegrityRecords } from '../../db/integrity-records';
import { exactly } from '../../contract/exact-schema';
import { createListEntryRepository, type StoredListEntry } from '../../db/list-entries';
import { createProjectRepository } from '../../db/projects/reads';
import { withTransaction } from '../../db/queryable';

const EntryId = z.object({ id: z.string().min(1).max(64) });
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
const ApplicationBody = Application.omit({ listEntryId: true });
const Created = z.object({
  code: z.string(),
  stage: z.string(),
  workflowId: z.string(),
  policyVersion: z.string(),
});

export const listRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);
    const projects = createProjectRepository(ctx.pool);

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
        const fieldViolations = checkStrategicField(entry.strategicField, policy);
        if (fieldViolations.length) throw ruleViolations(fieldViolations);
        const now = ctx.clock();
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
      '/lists/:id/applications',
      {
        config: { routeId: 'apply' },
        schema: {
          summary: 'Apply to a list entry: eligibility (R4–R6, R19), then the project workflow starts',
          params: EntryId,
          body: ApplicationBody,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        // A project lead applies as the principal investigator; an admin may file for anyone.
        if (actor.role === 'projectLead' && actor.id !== request.body.team.principalInvestigator.id) {
          throw forbidden(`${actor.id} can only apply as the principal investigator of the application`);
        }
        const stored = await entries.find(request.params.id);
        if (!stored) throw notFound('List entry', request.params.id);
        const policy = ctx.policies.get(stored.policyVersion);
        if (!policy) {
          throw new ProblemError({
            type: 'policy-version-missing',
            title: 'Policy version not available',
            status: 409,
            detail: `List entry ${stored.entry.id} was published under policy ${stored.policyVersion}, which this server does not know`,
          });
        }
        // The same clock stamps submittedAt, which the entry's workflow judges lateness by; entries from
        // before the closing time was stored ask their workflow.
        const now = ctx.clock();
        const closesAt =
          stored.windowClosesAt ??
          (await ctx.temporal.workflow.getHandle(listEntryWorkflowId(stored.entry.id)).query(listStatusQuery))
            .windowClosesAt;
        if (!submittedOnTime(now.toISOString(), closesAt)) {
          throw new ProblemError({
            type: 'application-window-closed',
            title: 'The application window is closed',
            status: 409,
            detail: `Applications to ${stored.entry.id} closed at ${closesAt}`,
          });
        }
        const application: Application = { ...request.body, listEntryId: stored.entry.id };
        const records = await findIntegrityRecords(ctx.pool, [
          application.team.principalInvestigator.id,
          application.leadOrganisation.id,
        ]);
        const violations = checkEligibility(application, {
          entry: stored.entry,
          policy,
          integrityRecords: records,
          asOf: shanghaiDate(now),
        });
        if (violations.length) throw ruleViolations(violations);

        // One code per request, even when a retry re-runs a request whose first attempt died.
        const code = await reserveOnce(ctx.pool, request, () =>
          projects.nextCode(Number(shanghaiDate(now).slice(0, 4))),
        );
        const input: ProjectWorkflowInput = {
          code,
          listEntry: stored.entry,
          application,
          policy,
          submittedAt: now.toISOString(),
          submittedBy: actor,
          programmeOfficerId: stored.createdBy,
          features: currentFeatures(ctx.continueAsNewAfterEvents),
          applicationWindow: {
            opensAt: stored.createdAt,
            closesAt,
            entryWorkflow: stored.entryWorkflow,
          },
        };
        const workflowId = projectWorkflowId(code);
        try {
          const handle = await ctx.temporal.workflow.start<ProjectWorkflow>(PROJECT_WORKFLOW_TYPE, {
            taskQueue: ctx.taskQueue,
            workflowId,
            args: [input],
            workflowIdConflictPolicy: 'FAIL',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            typedSearchAttributes: [
              { key: sa.stage, value: 'application' },
              { key: sa.strategicField, value: stored.entry.strategicField },
              { key: sa.listEntry, value: stored.entry.id },
              { key: sa.leadOrganisation, value: application.leadOrganisation.name },
              { key: sa.leadOrganisationType, value: application.leadOrganisation.type },
              { key: sa.county, value: application.leadOrganisation.region.county },
              {
                key: sa.mountainOrIslandCounty,
                value: application.leadOrganisation.region.mountainOrIslandCounty,
              },
              { key: sa.militaryOrder, value: false },
            ],
            memo: {
              title: application.title,
              leadOrganisation: application.leadOrganisation.name,
              principalInvestigator: application.team.principalInvestigator.name,
              listEntry: stored.entry.title,
              policyVersion: policy.id,
            },
          });
          const status = await handle.executeUpdate(awaitRecordedUpdate);
          return reply
            .status(201)
            .header('location', `/projects/${code}`)
            .send({ code, stage: status.stage, workflowId, policyVersion: policy.id });
        } catch (err) {
          if (err instanceof WorkflowExecutionAlreadyStartedError) {
            // A retry of a request whose first attempt started this very workflow: answer as it would have.
            if (request.idempotency?.takeover) {
              const status = await ctx.temporal.workflow
                .getHandle(workflowId)
                .executeUpdate(awaitRecordedUpdate);
              return reply
                .status(201)
                .header('location', `/projects/${code}`)
                .send({ code, stage: status.stage, workflowId, policyVersion: policy.id });
            }
            throw conflict(`Project ${code} already exists`);
          }
          throw err;
        }
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
