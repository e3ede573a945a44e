// Applying to a call-list entry: it must be published and the window open (R1), the lead organisation one
// the entry's selection mode admits (R7), the applicant's integrity commitment signed (R18.1), and the
// application eligible (R4–R6, R19);
// then the project's workflow starts, with the policy version it will be judged by for its whole life.
import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  type Client,
} from '@temporalio/client';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listEntryWorkflowId, listStatusQuery } from '../../contract/list-entry';
import {
  PROJECT_WORKFLOW_TYPE,
  awaitRecordedUpdate,
  currentFeatures,
  projectWorkflowId,
  type ProjectWorkflow,
  type ProjectWorkflowInput,
} from '../../contract/project';
import { projectSearchAttributes as sa } from '../../contract/search-attributes';
import { findIntegrityRecords } from '../../db/integrity-records';
import { createListEntryRepository, type StoredListEntry } from '../../db/list-entries';
import { createProjectRepository } from '../../db/projects/reads';
import {
  Application,
  checkApplicantCommitment,
  checkEligibility,
  checkInvited,
  integritySubjects,
  shanghaiDate,
  submittedOnTime,
  type PolicyVersion,
} from '../../rules';
import type { AppContext } from '../app';
import { projectSummary } from '../workflow-summaries';
import { entryReader, forbidden } from '../authorization';
import { reserveOnce } from '../idempotency';
import { ProblemError, conflict, notFound, ruleViolations } from '../problem';
import { actorOf, organisationsOf } from '../request-context';
import { EntryId, mayRead } from './lists';

const ApplicationBody = Application.omit({ listEntryId: true });
const Created = z.object({
  code: z.string(),
  stage: z.string(),
  workflowId: z.string(),
  policyVersion: z.string(),
});

export const applicationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const entries = createListEntryRepository(ctx.pool);
    const projects = createProjectRepository(ctx.pool);

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
        // What the caller may not see (a draft, a commission that did not invite them, R7) is not there.
        if (!stored || !mayRead(stored, entryReader(actor, organisationsOf(request))))
          throw notFound('List entry', request.params.id);
        if (stored.status !== 'published')
          throw conflict(`List entry ${stored.entry.id} is not published yet (R3)`, 'not-published');
        const invited = checkInvited(stored.entry, request.body.leadOrganisation.id);
        if (invited.length) throw ruleViolations(invited);
        const policy = policyOf(ctx, stored);
        // The same clock stamps submittedAt, which lateness is judged by.
        const now = ctx.clock();
        const closesAt = await windowClosesAt(ctx.temporal, stored);
        if (!submittedOnTime(now.toISOString(), closesAt)) {
          throw new ProblemError({
            type: 'application-window-closed',
            title: 'The application window is closed',
            status: 409,
            detail: `Applications to ${stored.entry.id} closed at ${closesAt} (R1)`,
          });
        }
        const commitment = request.body.integrityCommitment;
        // R18.1: the commitment is recorded with who submitted it and when.
        const application: Application = {
          ...request.body,
          listEntryId: stored.entry.id,
          ...(commitment && {
            integrityCommitment: { ...commitment, committedBy: actor.id, committedAt: now.toISOString() },
          }),
        };
        const records = await findIntegrityRecords(
          ctx.pool,
          integritySubjects(application).map((s) => s.id),
        );
        const violations = [
          ...checkApplicantCommitment(commitment),
          ...checkEligibility(application, {
            entry: stored.entry,
            policy,
            integrityRecords: records,
            asOf: shanghaiDate(now),
          }),
        ];
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
            opensAt: stored.publishedAt ?? stored.createdAt,
            closesAt,
            entryWorkflow: stored.entryWorkflow,
            ...(stored.examinationPlan && { examinationPlan: true }),
            // R6.6: the recommending authority has the window and the policy's grace after it.
            recommendationDueAt: new Date(
              Date.parse(closesAt) + policy.durations.recommendationGraceMs,
            ).toISOString(),
          },
        };
        const stage = await startProject(ctx, input, { takeover: request.idempotency?.takeover === true });
        return reply
          .status(201)
          .header('location', `/projects/${code}`)
          .send({ code, stage, workflowId: projectWorkflowId(code), policyVersion: policy.id });
      },
    );
  };

function policyOf(ctx: AppContext, stored: StoredListEntry): PolicyVersion {
  const policy = ctx.policies.get(stored.policyVersion);
  if (policy) return policy;
  throw new ProblemError({
    type: 'policy-version-missing',
    title: 'Policy version not available',
    status: 409,
    detail: `List entry ${stored.entry.id} was published under policy ${stored.policyVersion}, which this server does not know`,
  });
}

/** Stored since entries keep it; an entry from before asks its workflow. */
async function windowClosesAt(temporal: Client, stored: StoredListEntry): Promise<string> {
  if (stored.windowClosesAt) return stored.windowClosesAt;
  const handle = temporal.workflow.getHandle(listEntryWorkflowId(stored.entry.id));
  return (await handle.query(listStatusQuery)).windowClosesAt;
}

/**
 * Starts the project's workflow and waits until its first step is in the read model, so a 201 is followed
 * by a readable record; answers the stage it is in. A retry of a request whose first attempt started this
 * very workflow (`takeover`) answers as that attempt would have; any other second start is a conflict.
 */
async function startProject(
  ctx: AppContext,
  input: ProjectWorkflowInput,
  opts: { takeover: boolean },
): Promise<string> {
  const { application, listEntry: entry, code } = input;
  const workflowId = projectWorkflowId(code);
  try {
    // One request starts the run and asks for its first step, which then arrives with its first task.
    const start = new WithStartWorkflowOperation<ProjectWorkflow>(PROJECT_WORKFLOW_TYPE, {
      taskQueue: ctx.taskQueue,
      workflowId,
      args: [input],
      workflowIdConflictPolicy: 'FAIL',
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      ...projectSummary(input),
      typedSearchAttributes: [
        { key: sa.stage, value: 'application' },
        { key: sa.title, value: application.title },
        { key: sa.outcome, value: 'open' },
        { key: sa.overdue, value: false },
        ...(input.applicationWindow
          ? [{ key: sa.nextDeadline, value: new Date(input.applicationWindow.closesAt) }]
          : []),
        { key: sa.strategicField, value: entry.strategicField },
        { key: sa.listEntry, value: entry.id },
        { key: sa.leadOrganisation, value: application.leadOrganisation.name },
        { key: sa.leadOrganisationType, value: application.leadOrganisation.type },
        { key: sa.county, value: application.leadOrganisation.region.county },
        { key: sa.mountainOrIslandCounty, value: application.leadOrganisation.region.mountainOrIslandCounty },
        { key: sa.militaryOrder, value: false },
      ],
      memo: {
        title: application.title,
        leadOrganisation: application.leadOrganisation.name,
        principalInvestigator: application.team.principalInvestigator.name,
        listEntry: entry.title,
        policyVersion: input.policy.id,
      },
    });
    return (
      await ctx.temporal.workflow.executeUpdateWithStart(awaitRecordedUpdate, {
        startWorkflowOperation: start,
      })
    ).stage;
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    if (!opts.takeover) throw conflict(`Project ${code} already exists`);
    return (await ctx.temporal.workflow.getHandle(workflowId).executeUpdate(awaitRecordedUpdate)).stage;
  }
}
