// Call-list entries (R1–R4) and applications to them (R4–R6, R19).
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PROJECT_WORKFLOW_TYPE,
  awaitRecordedUpdate,
  projectWorkflowId,
  type ProjectWorkflow,
  type ProjectWorkflowInput,
} from '../../contract/project';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import {
  Application,
  ListEntry,
  checkEligibility,
  examinationApplies,
  shanghaiDate,
  type Violation,
} from '../../rules';
import { requestActor } from '../actor';
import type { AppContext } from '../app';
import { conflict, notFound, ProblemError, ruleViolations } from '../problem';
import { createIntegrityRecordRepository } from '../repositories/integrity-records';
import { createListEntryRepository } from '../repositories/list-entries';
import { createProjectRepository } from '../repositories/projects';

const EntryId = z.object({ id: z.string().min(1).max(64) });
const StoredEntry = z.object({
  entry: ListEntry,
  examinationRequired: z.boolean(),
  policyVersion: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
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
    const integrity = createIntegrityRecordRepository(ctx.pool);

    app.post(
      '/lists',
      {
        schema: {
          summary: 'Publish a call-list entry (R1–R4, R7, R8)',
          body: ListEntry,
          response: { 201: StoredEntry },
        },
      },
      async (request, reply) => {
        const entry = request.body;
        const policy = ctx.policies.current;
        if (!policy.strategicFields.includes(entry.strategicField)) {
          throw ruleViolations([unknownField(entry.strategicField, policy.strategicFields)]);
        }
        const actor = requestActor(request);
        const meta = {
          examinationRequired: examinationApplies(entry, policy),
          policyVersion: policy.id,
          createdBy: actor.id,
        };
        if (!(await entries.insert(entry, meta))) throw conflict(`List entry ${entry.id} already exists`);
        const stored = await entries.find(entry.id);
        return reply
          .status(201)
          .header('location', `/lists/${encodeURIComponent(entry.id)}`)
          .send(stored!);
      },
    );

    app.get(
      '/lists/:id',
      { schema: { summary: 'A call-list entry', params: EntryId, response: { 200: StoredEntry } } },
      async (request) => {
        const stored = await entries.find(request.params.id);
        if (!stored) throw notFound('List entry', request.params.id);
        return stored;
      },
    );

    app.post(
      '/lists/:id/applications',
      {
        schema: {
          summary: 'Apply to a list entry: eligibility (R4–R6, R19), then the project workflow starts',
          params: EntryId,
          body: ApplicationBody,
          response: { 201: Created },
        },
      },
      async (request, reply) => {
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
        const application: Application = { ...request.body, listEntryId: stored.entry.id };
        const now = ctx.clock();
        const records = await integrity.forSubjects([
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

        const code = await projects.nextCode(Number(shanghaiDate(now).slice(0, 4)));
        const actor = requestActor(request);
        const input: ProjectWorkflowInput = {
          code,
          applicationId: code,
          listEntry: stored.entry,
          application,
          policy,
          submittedAt: now.toISOString(),
          submittedBy: actor,
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
          if (err instanceof WorkflowExecutionAlreadyStartedError)
            throw conflict(`Project ${code} already exists`);
          throw err;
        }
      },
    );
  };

function unknownField(field: string, known: readonly string[]): Violation {
  return {
    ruleId: 'R1',
    fields: ['strategicField'],
    required: `one of the strategic fields: ${known.join(', ')}`,
    actual: field,
    message: {
      'zh-CN': `“${field}”不是15大战略领域之一`,
      en: `"${field}" is not one of the strategic fields`,
    },
  };
}
