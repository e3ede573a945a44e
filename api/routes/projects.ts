// Projects: the PostgreSQL read model, the live status from the workflow, the audit trail, and one
// endpoint per lifecycle action. Actions are a table, so adding one is a row, not a copy of a handler.
import { WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcceptanceRequest,
  CommissionerRequest,
  ContractRequest,
  DecisionRequest,
  MajorEventReport,
  MilestoneCheckRequest,
  MilestoneDecisionRequest,
  PostEvaluationReport,
  ProjectCode,
  ProjectPoolRequest,
  ProjectStage,
  ReviewScoreRequest,
  RollingSupportRequest,
  SIGNAL_STAGES,
  SpotCheckRequest,
  SpotCheckRectification,
  CommissionerReport,
  PostEvaluationRating,
  DirectSupportRequest,
  rectifySpotCheckUpdate,
  fileCommissionerReportUpdate,
  ratePostEvaluationUpdate,
  TerminationRequest,
  assignCommissionerUpdate,
  decideMilestoneUpdate,
  decideUpdate,
  projectWorkflowId,
  recordAcceptanceUpdate,
  recordMilestoneCheckUpdate,
  recordSpotCheckUpdate,
  reportMajorEventUpdate,
  rollingSupportSignal,
  setProjectPoolUpdate,
  signContractUpdate,
  statusQuery,
  submitPostEvaluationUpdate,
  submitReviewScoreUpdate,
  commitAsExpertUpdate,
  ExpertCommitmentRequest,
  recommendUpdate,
  RecommendationRequest,
  lodgeObjectionUpdate,
  resolveObjectionUpdate,
  ObjectionRequest,
  ObjectionDecisionRequest,
  OnSiteInspectionRequest,
  recordOnSiteInspectionUpdate,
  PlatformFilingRequest,
  fileWithProvinceUpdate,
  DisbursementRequest,
  recordDisbursementUpdate,
  MilestoneReportRequest,
  reportMilestoneProgressUpdate,
  AcceptanceApplicationRequest,
  applyForAcceptanceUpdate,
  ChangeRequest,
  requestChangeUpdate,
  MajorEventResponse,
  respondToMajorEventUpdate,
  ChangeDecisionRequest,
  decideChangeUpdate,
  SpendingReportRequest,
  fileSpendingReportUpdate,
  terminateSignal,
  type ActionResult,
  type ProjectStatus,
  type StaffAction,
} from '../../contract/project';
import {
  ActionResultView,
  PendingActionView,
  ProjectStatusView,
  RuleIdView,
} from '../../contract/project-views';
import { exactly } from '../../contract/exact-schema';
import type { AppContext } from '../app';
import { projectReader } from '../authorization';
import { updateIdOf } from '../idempotency';
import { projectAccess } from '../project-access';
import { requireAttached } from './documents';
import { ProblemError, conflict, notFound, ruleViolations } from '../problem';
import { notInProjectPool } from '../../rules';
import { actorOf, organisationsOf } from '../request-context';
import { panelsOf, type PanelRecord } from '../../db/experts';
import {
  createProjectRepository,
  type AuditEvent,
  type ProjectRow,
  type PublicisedApproval,
} from '../../db/projects/reads';
import {
  IntegrityRecord,
  checkExpertCommitment,
  checkHorseRaceCandidate,
  checkIntegrity,
  integrityFindings,
  integritySubjects,
  checkStaffCommitment,
  ningboReceivesNothing,
  shanghaiDate,
  type Application,
  type Violation,
} from '../../rules';
import { findIntegrityRecords } from '../../db/integrity-records';

const Params = z.object({ code: ProjectCode });

const PendingActions = z.array(PendingActionView);

const ProjectRecord = exactly<ProjectRow>()(
  z.object({
    code: z.string(),
    listEntryId: z.string(),
    title: z.string(),
    stage: z.string(),
    strategicField: z.string(),
    leadOrganisationId: z.string(),
    leadOrganisationName: z.string(),
    county: z.string(),
    principalInvestigatorId: z.string(),
    policyVersion: z.string(),
    totalInvestment: z.number(),
    provincialSubsidy: z.number(),
    militaryOrder: z.boolean(),
    nextDeadline: z.string().nullable(),
    pendingActions: PendingActions.describe(
      'What the project waits on, and from whom, as of its last recorded transition (overdue as of now)',
    ),
    version: z.number().describe('Grows with every recorded transition; pass it as afterVersion to wait'),
    updatedAt: z.string(),
    closedOutsideApi: z
      .object({ kind: z.enum(['cancelled', 'terminated', 'reset']), at: z.string(), runId: z.string() })
      .nullable()
      .describe('The workflow was cancelled, terminated or reset in Temporal itself, not through the API'),
  }),
);
const ProjectView = ProjectRecord.extend({ live: ProjectStatusView.nullable() });

const ReadProjectQuery = z.object({
  afterVersion: z.coerce.number().int().min(0).optional(),
  waitMs: z.coerce.number().int().min(0).max(30_000).default(20_000),
  live: z
    .stringbool()
    .default(true)
    .describe('false: the record alone, from PostgreSQL, without asking the workflow (`live` is null)'),
});

const ListQuery = z.object({
  stage: ProjectStage.optional(),
  strategicField: z.string().max(64).optional(),
  county: z.string().max(64).optional(),
  leadOrganisationId: z.string().max(64).optional(),
  listEntryId: z.string().max(64).optional(),
  deadlineBefore: z.iso.datetime({ offset: true }).optional(),
  overdue: z.stringbool().optional().describe('true: only projects with a pending action past its deadline'),
  waitingOn: z
    .string()
    .min(1)
    .max(128)
    .optional()
    .describe('Only projects waiting on this role (e.g. programmeOfficer) or this person (their id)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const PanelView = exactly<PanelRecord>()(
  z.object({
    phase: z.number(),
    seed: z.string(),
    expertIds: z.array(z.string()),
    recommendedIds: z.array(z.string()),
    excluded: z.array(z.record(z.string(), z.unknown())),
    enterpriseShareBp: z.number(),
    shortfall: z.number(),
  }),
).extend({
  /** R9: the enterprise experts' share the policy asks panels to reach (a target: reported, never refused). */
  enterpriseShareTargetBp: z.number(),
});

const ViolationView = exactly<Violation>()(
  z.object({
    ruleId: RuleIdView,
    fields: z.array(z.string()),
    required: z.string(),
    actual: z.string(),
    message: z.object({ 'zh-CN': z.string(), en: z.string() }),
  }),
);

const EventView = exactly<AuditEvent>()(
  z.object({
    seq: z.number(),
    action: z.string(),
    actorId: z.string(),
    actorRole: z.string(),
    basis: z.string().nullable(),
    ruleIds: z.array(z.string()),
    payload: z.record(z.string(), z.unknown()),
    occurredAt: z.string(),
  }),
);

/* eslint-disable @typescript-eslint/no-explicit-any -- a table of updates whose argument types differ */
interface UpdateAction {
  path: string;
  /** Anyone signed in may take it on any project, not only those they may read (R18.3 objections). */
  anyoneSignedIn?: true;
  action: StaffAction;
  summary: string;
  body: z.ZodType<Record<string, unknown>>;
  update: UpdateDefinition<ActionResult, [any], string>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const UPDATE_ACTIONS: UpdateAction[] = [
  {
    path: 'platform-filings',
    action: 'fileWithProvince',
    update: fileWithProvinceUpdate,
    body: PlatformFilingRequest,
    summary:
      'A platform-managed project’s filing with the province: its approval, a yearly report, its completion (R17)',
  },
  {
    path: 'on-site-inspections',
    action: 'recordOnSiteInspection',
    update: recordOnSiteInspectionUpdate,
    body: OnSiteInspectionRequest,
    summary: 'An on-site inspection of a horse-race candidate before its decision (R13)',
  },
  {
    path: 'objections',
    action: 'lodgeObjection',
    update: lodgeObjectionUpdate,
    body: ObjectionRequest,
    anyoneSignedIn: true,
    summary:
      'Object to a publicised approval, with grounds, during its publicity period (R18.3); anyone signed in',
  },
  {
    path: 'objection-decisions',
    action: 'resolveObjection',
    update: resolveObjectionUpdate,
    body: ObjectionDecisionRequest,
    summary:
      'Sustain (the decision is taken again) or dismiss an objection, with evidence and commitment (R18.3, R20)',
  },
  {
    path: 'recommendation',
    action: 'recommend',
    update: recommendUpdate,
    body: RecommendationRequest,
    summary:
      'The recommending authority (归口管理单位) recommends the application, committing to its matching funds, or returns it with reasons (R6.6)',
  },
  {
    path: 'expert-commitments',
    action: 'commitAsExpert',
    update: commitAsExpertUpdate,
    body: ExpertCommitmentRequest,
    summary:
      'An expert’s commitment (no conflict, confidentiality, fairness) before seeing or scoring (R18.1)',
  },
  {
    path: 'review-scores',
    action: 'submitReviewScore',
    update: submitReviewScoreUpdate,
    body: ReviewScoreRequest,
    summary: 'An expert’s review score (R9, R18.2)',
  },
  {
    path: 'decision',
    action: 'decide',
    update: decideUpdate,
    body: DecisionRequest,
    summary: 'Approve with subsidy cut and funding mode, or reject (R11, R12, R13, R14, R20)',
  },
  {
    path: 'contract',
    action: 'signContract',
    update: signContractUpdate,
    body: ContractRequest,
    summary: 'Sign the contract and, where decided, the military order (R14)',
  },
  {
    path: 'disbursements',
    action: 'recordDisbursement',
    update: recordDisbursementUpdate,
    body: DisbursementRequest,
    summary:
      'Finance pays (part of) an instalment its gate released: the contract, a passed milestone, the stage gate, the acceptance of a post-hoc subsidy (R11, R12)',
  },
  {
    path: 'spending-reports',
    action: 'fileSpendingReport',
    update: fileSpendingReportUpdate,
    body: SpendingReportRequest,
    summary: 'The PI’s annual spending report: provincial and self-raised money spent, by budget line (R12)',
  },
  {
    path: 'milestone-reports',
    action: 'reportMilestoneProgress',
    update: reportMilestoneProgressUpdate,
    body: MilestoneReportRequest,
    summary:
      'The PI reports a milestone’s progress against each of its indicators, before the staff check (R14, R15)',
  },
  {
    path: 'acceptance-applications',
    action: 'applyForAcceptance',
    update: applyForAcceptanceUpdate,
    body: AcceptanceApplicationRequest,
    summary:
      'The PI applies for acceptance with the final report; below ¥1,000,000 the team may choose the simplified path with its final account statement (R16, R16.1)',
  },
  {
    path: 'change-requests',
    action: 'requestChange',
    update: requestChangeUpdate,
    body: ChangeRequest,
    summary:
      'The PI asks for a change (变更) of PI, partner organisations, budget lines or the milestones to come; total investment and key indicators are immutable (R12)',
  },
  {
    path: 'change-decisions',
    action: 'decideChange',
    update: decideChangeUpdate,
    body: ChangeDecisionRequest,
    summary: 'Staff approve or reject a change, with evidence and commitment (R12, R18.1, R20)',
  },
  {
    path: 'milestone-checks',
    action: 'recordMilestoneCheck',
    update: recordMilestoneCheckUpdate,
    body: MilestoneCheckRequest,
    summary: 'A milestone check result (R14, R15)',
  },
  {
    path: 'milestone-decisions',
    action: 'decideMilestone',
    update: decideMilestoneUpdate,
    body: MilestoneDecisionRequest,
    summary: 'Extend, accept late or terminate an overdue or failed milestone (R14.2, R20)',
  },
  {
    path: 'major-events',
    action: 'reportMajorEvent',
    update: reportMajorEventUpdate,
    body: MajorEventReport,
    summary:
      'A major-event report (重大事项报告) by the PI or the undertaking institution; the department answers it by a deadline (R15)',
  },
  {
    path: 'major-event-responses',
    action: 'respondToMajorEvent',
    update: respondToMajorEventUpdate,
    body: MajorEventResponse,
    summary:
      'The department answers a major event by its deadline: noted, or continue, adjust or terminate (required for a high risk; a supervisor terminates), with evidence (R15, R20)',
  },
  {
    path: 'spot-checks',
    action: 'recordSpotCheck',
    update: recordSpotCheckUpdate,
    body: SpotCheckRequest,
    summary:
      'A spot check’s result: of a drawn check (checkId) or one held on its own; an unsatisfactory one opens a rectification due by the policy’s deadline (R18.4)',
  },
  {
    path: 'spot-check-rectifications',
    action: 'rectifySpotCheck',
    update: rectifySpotCheckUpdate,
    body: SpotCheckRectification,
    summary:
      'The PI or the undertaking institution reports the rectification (整改) an unsatisfactory spot check asked for, by its deadline (R18.4)',
  },
  {
    path: 'commissioner',
    action: 'assignCommissioner',
    update: assignCommissionerUpdate,
    body: CommissionerRequest,
    summary:
      'Name the project commissioner (项目专员), who sees the project from then on and reports on it at the policy’s interval (R18.5)',
  },
  {
    path: 'commissioner-reports',
    action: 'fileCommissionerReport',
    update: fileCommissionerReportUpdate,
    body: CommissionerReport,
    summary: 'The named commissioner’s periodic report on the project: on track, concerns or at risk (R18.5)',
  },
  {
    path: 'project-pool',
    action: 'setProjectPool',
    update: setProjectPoolUpdate,
    body: ProjectPoolRequest,
    summary: 'Enter or leave the project pool (R22)',
  },
  {
    path: 'acceptance',
    action: 'recordAcceptance',
    update: recordAcceptanceUpdate,
    body: AcceptanceRequest,
    summary: 'Acceptance: panel, simplified account or platform filing (R16, R16.1, R17)',
  },
  {
    path: 'post-evaluation-reports',
    action: 'submitPostEvaluationReport',
    update: submitPostEvaluationUpdate,
    body: PostEvaluationReport,
    summary: 'A yearly post-evaluation report (R23)',
  },
  {
    path: 'post-evaluation-ratings',
    action: 'ratePostEvaluation',
    update: ratePostEvaluationUpdate,
    body: PostEvaluationRating,
    summary:
      'The department’s rating of a reported post-evaluation year, with basis and evidence; shown at the PI’s and organisation’s later reviews and counted in their ranking (R23, R20)',
  },
];

export const projectRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const projects = createProjectRepository(ctx.pool);
    const handle = (code: string) => ctx.temporal.workflow.getHandle(projectWorkflowId(code));

    const authorise = projectAccess(projects);

    app.get(
      '/projects',
      {
        config: { routeId: 'listProjects' },
        schema: {
          summary: 'Projects, filtered and paginated, from the read model',
          querystring: ListQuery,
          response: {
            200: z.object({
              items: z.array(ProjectRecord),
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const page = await projects.list(request.query, projectReader(actor, organisationsOf(request)));
        return { ...page, limit: request.query.limit, offset: request.query.offset };
      },
    );

    app.get(
      '/projects/:code',
      {
        config: { routeId: 'readProject' },
        schema: {
          summary: 'A project: its record and live workflow status',
          description:
            'With afterVersion, a long poll: answers once the project has moved past that version, or after ' +
            'waitMs with the unchanged project. Clients compare `version` rather than polling. The record ' +
            'carries the pending actions; `live=false` leaves out the live status, so the read costs the ' +
            'workflow nothing.',
          params: Params,
          querystring: ReadProjectQuery,
          response: { 200: ProjectView },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        let row = (await authorise(request, request.params.code, true))!;
        // R18.1: an expert sees the application only once they signed their commitment.
        if (actor.role === 'expert' && !(await projects.tookStep(row.code, 'commitAsExpert', actor.id))) {
          throw new ProblemError({
            ...ruleViolations(checkExpertCommitment(undefined)).problem,
            type: 'commitment-required',
            title: 'Commitment required',
            status: 403,
            detail: `${actor.id} signs the expert commitment (POST /projects/${row.code}/expert-commitments) before seeing the application (R18.1)`,
          });
        }
        const { afterVersion, waitMs, live: withLive } = request.query;
        if (afterVersion !== undefined && row.version <= afterVersion) {
          const gone = new AbortController();
          reply.raw.once('close', () => gone.abort());
          await ctx.changes.waitForChange(
            request.params.code,
            afterVersion,
            waitMs,
            () => projects.version(request.params.code),
            gone.signal,
          );
          row = (await projects.find(request.params.code))!;
        }
        if (!withLive) return { ...row, live: null };
        let live: ProjectStatus | null = null;
        try {
          live = await handle(row.code).query(statusQuery);
        } catch (err) {
          // A workflow removed by retention leaves the record readable.
          if (!(err instanceof WorkflowNotFoundError)) throw err;
        }
        return { ...row, live };
      },
    );

    app.get(
      '/projects/:code/events',
      {
        config: { routeId: 'readEvents' },
        schema: {
          summary: 'The audit trail of a project (R24)',
          params: Params,
          response: { 200: z.object({ items: z.array(EventView) }) },
        },
      },
      async (request) => {
        await authorise(request, request.params.code);
        return { items: await projects.events(request.params.code) };
      },
    );

    async function mustExist(code: string) {
      if (!(await projects.access(code, { id: 'anyone', scope: 'all' }, false)))
        throw notFound('Project', code);
    }

    app.get(
      '/publicity',
      {
        config: { routeId: 'readPublicity', public: true },
        schema: {
          summary:
            'Approvals being publicised (公示, R18.3): what may be disclosed, and until when objections are taken. No API key needed',
          response: {
            200: z.object({
              items: z.array(
                exactly<PublicisedApproval>()(
                  z.object({
                    code: z.string(),
                    title: z.string(),
                    leadOrganisation: z.string(),
                    principalInvestigator: z.string(),
                    strategicField: z.string(),
                    county: z.string(),
                    approvedSubsidy: z.number().describe('Fen'),
                    fundingMode: z.string(),
                    startsAt: z.string(),
                    endsAt: z.string(),
                  }),
                ),
              ),
            }),
          },
        },
      },
      async () => ({ items: await projects.inPublicity() }),
    );

    /** R19 as of today: the bans that refuse an approval, and the findings decision-makers see. */
    async function applicationOf(code: string): Promise<Application> {
      const application = await projects.application(code);
      if (!application) throw notFound('Project', code);
      return application;
    }

    async function integrityOf(application: Application) {
      const records = await findIntegrityRecords(
        ctx.pool,
        integritySubjects(application).map((s) => s.id),
      );
      return {
        bans: checkIntegrity(application, { integrityRecords: records, asOf: shanghaiDate(ctx.clock()) }),
        findings: integrityFindings(application, records),
      };
    }

    app.get(
      '/projects/:code/integrity',
      {
        config: { routeId: 'readProjectIntegrity' },
        schema: {
          summary:
            'R19 integrity of the whole team and every undertaking organisation as of today: active bans (they refuse an approval) and findings for the decision-makers',
          params: Params,
          response: {
            200: z.object({
              bans: z.array(ViolationView),
              findings: z.array(IntegrityRecord),
            }),
          },
        },
      },
      async (request) => {
        await authorise(request, request.params.code);
        return integrityOf(await applicationOf(request.params.code));
      },
    );

    app.get(
      '/projects/:code/panel',
      {
        config: { routeId: 'readPanel' },
        schema: {
          summary: 'The drawn review panels with their seeds (R9, R18.2, R19)',
          params: Params,
          response: {
            200: z.object({ items: z.array(PanelView) }),
          },
        },
      },
      async (request) => {
        const row = await authorise(request, request.params.code, true);
        const policy = ctx.policies.get(row!.policyVersion) ?? ctx.policies.current;
        const panels = await panelsOf(ctx.pool, request.params.code);
        return {
          items: panels.map((p) => ({ ...p, enterpriseShareTargetBp: policy.minEnterpriseExpertShareBp })),
        };
      },
    );

    for (const a of UPDATE_ACTIONS) {
      app.post(
        `/projects/:code/${a.path}`,
        {
          config: { routeId: a.action },
          schema: { summary: a.summary, params: Params, body: a.body, response: { 200: ActionResultView } },
        },
        async (request) => {
          const actor = actorOf(request);
          if (a.anyoneSignedIn) await mustExist(request.params.code);
          else await authorise(request, request.params.code);
          const body = request.body as {
            documents?: string[];
            militaryOrderTerms?: { document?: string };
          };
          await requireAttached(ctx.pool, request.params.code, body.documents);
          // R14: the signed military order is a paper of the project as well.
          if (body.militaryOrderTerms?.document)
            await requireAttached(
              ctx.pool,
              request.params.code,
              [body.militaryOrderTerms.document],
              'body.militaryOrderTerms.document',
            );
          // R19: a new PI or partner organisation is checked as the team was at application.
          if (
            a.action === 'requestChange' &&
            (request.body.principalInvestigator || request.body.partnerOrganisations)
          ) {
            const application = await applicationOf(request.params.code);
            const change = request.body as ChangeRequest;
            const { bans } = await integrityOf({
              ...application,
              team: {
                ...application.team,
                principalInvestigator: change.principalInvestigator ?? application.team.principalInvestigator,
              },
              partnerOrganisations: change.partnerOrganisations ?? application.partnerOrganisations,
            });
            if (bans.length) throw ruleViolations(bans);
          }
          // R19: integrity is checked again at approval, for the whole team and every organisation.
          if (a.action === 'decide' && request.body.outcome === 'approve') {
            const application = await applicationOf(request.params.code);
            const { bans } = await integrityOf(application);
            if (bans.length) throw ruleViolations(bans);
            // R13: the other teams of the entry's race take other routes (the workflow checks the rest).
            if (request.body.horseRace === true) {
              const rivals = await projects.raceRoutes(request.params.code);
              const clash = checkHorseRaceCandidate(
                { technicalRoute: application.technicalRoute, inspected: true },
                rivals,
              );
              if (clash.length) throw ruleViolations(clash);
            }
          }
          try {
            return await handle(request.params.code).executeUpdate(a.update, {
              args: [{ ...request.body, actor }],
              updateId: updateIdOf(request),
            });
          } catch (err) {
            // The project is on record but its workflow has ended (closed, rejected, terminated): 409, not 404.
            if (!(err instanceof WorkflowNotFoundError)) throw err;
            const ended = await projects.find(request.params.code);
            if (!ended) throw err;
            throw conflict(
              `Project ${ended.code} has ended (${ended.stage}): nothing more is recorded on it`,
              'invalid-transition',
            );
          }
        },
      );
    }

    // Signals (termination, rolling support): fire-and-forget in the workflow, so the API checks the stage
    // first and answers 409 when the project cannot take them, and 202 when the signal is delivered.
    const signals = [
      {
        path: 'termination',
        action: 'terminate',
        body: TerminationRequest,
        signal: terminateSignal,
        stages: SIGNAL_STAGES.terminate,
        summary: 'Terminate from any open stage (R13, R14.2, R15); supervisors only',
      },
      {
        path: 'rolling-support',
        action: 'rollingSupport',
        body: RollingSupportRequest,
        signal: rollingSupportSignal,
        stages: SIGNAL_STAGES.rollingSupport,
        summary: 'Follow-on support under the same project identity (R21)',
      },
      {
        path: 'direct-support',
        action: 'directSupport',
        body: DirectSupportRequest,
        signal: rollingSupportSignal,
        stages: SIGNAL_STAGES.rollingSupport,
        summary:
          'Direct support, without a call, of a project-pool member whose breakthrough was demonstrated (论证): a new phase as rolling support is (R22, R20)',
      },
    ] as const;
    for (const sg of signals) {
      app.post(
        `/projects/:code/${sg.path}`,
        {
          config: { routeId: sg.action },
          schema: {
            summary: sg.summary,
            params: Params,
            body: sg.body,
            response: { 202: z.object({ accepted: z.literal(true), stage: z.string() }) },
          },
        },
        async (request, reply) => {
          const actor = actorOf(request);
          await authorise(request, request.params.code);
          // R18.1 / R20: the decision carries its evidence and the signing staff's commitment.
          const committed = checkStaffCommitment(request.body.evidence.commitment);
          if (committed.length) throw ruleViolations(committed);
          const h = handle(request.params.code);
          const { stage } = await h.query(statusQuery);
          // R22: only a member of the project pool is supported directly.
          if (sg.action === 'directSupport' && !(await projects.inProjectPool(request.params.code)))
            throw ruleViolations([notInProjectPool()]);
          // R11: a project Ningbo funds receives nothing from the province, rolling support included.
          if (
            sg.action !== 'terminate' &&
            (request.body as RollingSupportRequest).additionalSubsidy > 0 &&
            (await projects.fundingMode(request.params.code)) === 'approvedWithoutFunding'
          ) {
            throw ruleViolations([ningboReceivesNothing('additionalSubsidy')]);
          }
          if (!(sg.stages as readonly string[]).includes(stage)) {
            throw conflict(
              `${sg.action} is possible in stage ${sg.stages.join(', ')}; project ${request.params.code} is ${stage}`,
              'invalid-transition',
            );
          }
          // By name: the body was validated against this signal's own schema just above.
          await h.signal(sg.signal.name, { ...(request.body as object), actor });
          return reply.status(202).send({ accepted: true, stage });
        },
      );
    }
  };
