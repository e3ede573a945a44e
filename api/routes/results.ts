// What projects yielded, for the decisions after them: the past post-evaluation ratings shown at a new
// application's review (R23), the results showcase (晾晒比拼) and the science-award candidate pool (R21).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AwardCandidacyRequest, ProjectCode } from '../../contract/project';
import { commendations } from '../../db/integrity-records';
import { createProjectRepository } from '../../db/projects/reads';
import { acceptedAt, awardCandidates, enterAwardCandidate, pastRatings, showcase } from '../../db/results';
import { POST_EVALUATION_GRADES, checkStaffCommitment, trackRecordAdjustment } from '../../rules';
import type { AppContext } from '../app';
import { projectAccess } from '../project-access';
import { conflict, ruleViolations } from '../problem';
import { actorOf } from '../request-context';

const Params = z.object({ code: ProjectCode });
const Grade = z.enum(POST_EVALUATION_GRADES);

const RatedYearView = z.object({
  code: z.string(),
  title: z.string(),
  year: z.number(),
  grade: Grade,
  basis: z.string(),
  ratedAt: z.string(),
  ofPrincipalInvestigator: z.boolean(),
  ofLeadOrganisation: z.boolean(),
});

const ShowcaseItemView = z.object({
  code: z.string(),
  title: z.string(),
  strategicField: z.string(),
  year: z.string(),
  leadOrganisation: z.string(),
  principalInvestigator: z.string(),
  stage: z.string(),
  acceptedAt: z.string(),
  representativeResults: z.string().nullable(),
  economicAndSocialBenefits: z.string().nullable(),
  latestGrade: Grade.nullable(),
  awardCandidate: z.boolean(),
});

const AwardCandidateView = z.object({
  code: z.string(),
  title: z.string(),
  strategicField: z.string(),
  leadOrganisation: z.string(),
  principalInvestigator: z.string(),
  grounds: z.array(z.enum(['majorResults', 'commendation'])),
  majorResults: z.string().nullable(),
  enteredAt: z.string(),
});

export const resultRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const projects = createProjectRepository(ctx.pool);
    const authorise = projectAccess(projects);

    app.get(
      '/projects/:code/track-record',
      {
        config: { routeId: 'readTrackRecord' },
        schema: {
          summary:
            'The post-evaluation ratings of the earlier projects of this application’s PI and lead organisation, the points they add to its ranking, and the PI’s commendations (R23, R14.1)',
          params: Params,
          response: {
            200: z.object({
              principalInvestigatorId: z.string(),
              leadOrganisationId: z.string(),
              ratings: z.array(RatedYearView),
              rankingAdjustment: z.number().describe('Review-score points the ratings add (policy)'),
              commendations: z.array(z.object({ projectCode: z.string().nullable(), on: z.string() })),
            }),
          },
        },
      },
      async (request) => {
        const row = (await authorise(request, request.params.code, true))!;
        const policy = ctx.policies.get(row.policyVersion) ?? ctx.policies.current;
        const ratings = await pastRatings(ctx.pool, {
          piId: row.principalInvestigatorId,
          organisationId: row.leadOrganisationId,
          except: row.code,
        });
        return {
          principalInvestigatorId: row.principalInvestigatorId,
          leadOrganisationId: row.leadOrganisationId,
          ratings,
          rankingAdjustment: trackRecordAdjustment(ratings, policy),
          commendations: (await commendations(ctx.pool, row.principalInvestigatorId)).map((c) => ({
            projectCode: c.projectCode,
            on: c.on,
          })),
        };
      },
    );

    app.get(
      '/results-showcase',
      {
        config: { routeId: 'readResultsShowcase' },
        schema: {
          summary:
            'The results showcase (晾晒比拼): accepted projects’ representative results, benefits and latest post-evaluation grade, by field and year of acceptance (R21, R23)',
          querystring: z.object({
            field: z.string().min(1).max(64).optional(),
            year: z
              .string()
              .regex(/^\d{4}$/, 'a year like 2026')
              .optional()
              .describe('The Asia/Shanghai year of acceptance'),
            limit: z.coerce.number().int().min(1).max(500).default(100),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: {
            200: z.object({
              items: z.array(ShowcaseItemView),
              total: z.number(),
              limit: z.number(),
              offset: z.number(),
            }),
          },
        },
      },
      async (request) => ({ ...(await showcase(ctx.pool, request.query)), ...request.query }),
    );

    app.post(
      '/projects/:code/award-candidacy',
      {
        config: { routeId: 'enterAwardCandidate' },
        schema: {
          summary:
            'Enter an accepted project with major results in the science-award candidate pool (科技奖励候选成果库), with evidence (R21, R20)',
          params: Params,
          body: AwardCandidacyRequest,
          response: { 201: z.object({ code: z.string(), enteredBy: z.string() }) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const code = request.params.code;
        await authorise(request, code);
        const committed = checkStaffCommitment(request.body.evidence.commitment);
        if (committed.length) throw ruleViolations(committed);
        if (!(await acceptedAt(ctx.pool, code)))
          throw conflict(
            `Project ${code} has not been accepted: its results enter the pool after acceptance (R21)`,
            'invalid-transition',
          );
        const entered = await enterAwardCandidate(ctx.pool, {
          code,
          majorResults: request.body.majorResults,
          evidence: request.body.evidence,
          enteredBy: actor.id,
        });
        if (!entered) throw conflict(`Project ${code} is in the award candidate pool already`);
        return reply.status(201).send({ code, enteredBy: actor.id });
      },
    );

    app.get(
      '/award-candidates',
      {
        config: { routeId: 'listAwardCandidates' },
        schema: {
          summary:
            'The science-award candidate pool: projects entered for major results (R21) and those a military order commended (R14.1), newest first',
          response: { 200: z.object({ items: z.array(AwardCandidateView) }) },
        },
      },
      async () => ({ items: await awardCandidates(ctx.pool) }),
    );
  };
