// The API document is one a client generator can use: the typed client generated from /openapi.json by
// openapi-typescript (client/gongguan-api.d.ts) is what the API serves now, and an openapi-fetch client
// typed by it drives a whole lifecycle over real HTTP, call list to closed, with every role's own key.
import { readFileSync } from 'node:fs';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../client/gongguan-api';
import { CLIENT_TYPES_FILE, clientTypes } from '../client/generate';
import type { Actor } from '../contract/project';
import {
  applicationBody,
  authorityOf,
  enterpriseApplication,
  expertCommitment,
  listEntry,
  passingDemonstration,
  recommendation,
  staffCommitment,
} from '../examples/applications';
import { wan } from '../rules';
import { freePort } from './support/global-setup';
import { eventually } from './support/harness';
import { acceptancePanel, inMs, officer, startTestApp, stopTestApp, type TestApp } from './support/lifecycle';

describe('a client generated from the API document', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ experts: 8 });
    const port = await freePort();
    await t.app.listen({ host: '127.0.0.1', port });
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => stopTestApp(t));

  /** A client acting as `actor`, with their own API key. */
  const clientAs = async (actor: Actor, organisations?: string[]) =>
    createClient<paths>({ baseUrl, headers: await t.h.as(actor, organisations) });

  it('is the client of the API as it is served now', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(await clientTypes(document), 'run `npm run client:generate` and commit the result').toBe(
      readFileSync(CLIENT_TYPES_FILE, 'utf8'),
    );
  });

  it('drives a whole lifecycle, call list to closed, through the typed client', async () => {
    const staff = await clientAs(officer);
    const evidence = {
      procedure: 'collectiveDecision' as const,
      basis: 'office meeting minutes',
      decidedBy: [officer.id],
      publicised: true,
      commitment: staffCommitment,
    };

    // The call list: draft, demonstrate, publish.
    const entry = listEntry();
    expect((await staff.POST('/lists', { body: entry })).response.status).toBe(201);
    const demo = await staff.POST('/call-lists/{year}/demonstrations', {
      params: { path: { year: entry.callListYear } },
      body: passingDemonstration([entry.id]),
    });
    expect(demo.response.status, JSON.stringify(demo.error)).toBe(201);
    expect(
      (await staff.POST('/lists/{id}/publication', { params: { path: { id: entry.id } } })).response.status,
    ).toBe(200);

    // The PI applies; the recommending authority recommends.
    const application = enterpriseApplication();
    const piId = application.team.principalInvestigator.id;
    const lead = await clientAs({ id: piId, role: 'projectLead' });
    const applied = await lead.POST('/lists/{id}/applications', {
      params: { path: { id: entry.id } },
      body: applicationBody(application),
    });
    expect(applied.response.status, JSON.stringify(applied.error)).toBe(201);
    const code = applied.data!.code;
    const org = application.leadOrganisation.id;
    const authority = await clientAs(authorityOf(org), [org]);
    const recommended = await authority.POST('/projects/{code}/recommendation', {
      params: { path: { code } },
      body: recommendation(application),
    });
    expect(recommended.response.status, JSON.stringify(recommended.error)).toBe(200);

    // Review: each expert drawn commits, then scores.
    const owed = async (action: string) =>
      eventually(async () => {
        const { data } = await staff.GET('/projects/{code}', {
          params: { path: { code }, query: { live: 'false' } },
        });
        const found = data?.pendingActions.filter((a) => a.action.startsWith(action));
        return found?.length ? found : undefined;
      });
    for (const { ownerId } of await owed('submitReviewScore')) {
      const expert = await clientAs({ id: ownerId!, role: 'expert' });
      const committed = await expert.POST('/projects/{code}/expert-commitments', {
        params: { path: { code } },
        body: { expertId: ownerId!, ...expertCommitment },
      });
      expect(committed.response.status, JSON.stringify(committed.error)).toBe(200);
      const scored = await expert.POST('/projects/{code}/review-scores', {
        params: { path: { code } },
        body: { expertId: ownerId!, score: 88 },
      });
      expect(scored.response.status, JSON.stringify(scored.error)).toBe(200);
    }

    // Decision, publicity, contract.
    await owed('decide');
    const decided = await staff.POST('/projects/{code}/decision', {
      params: { path: { code } },
      body: { outcome: 'approve', approvedSubsidy: wan(100), evidence },
    });
    expect(decided.response.status, JSON.stringify(decided.error)).toBe(200);
    await owed('signContract');
    const signed = await staff.POST('/projects/{code}/contract', {
      params: { path: { code } },
      body: {
        milestones: [{ id: 'M1', title: 'Tape-out', dueAt: inMs(60_000), indicators: [] }],
        contractEndsAt: inMs(120_000),
      },
    });
    expect(signed.response.status, JSON.stringify(signed.error)).toBe(200);

    // Execution: finance pays; the PI reports; staff check.
    const finance = await clientAs({ id: 'finance-client', role: 'financeOfficer' });
    const paid = await finance.POST('/projects/{code}/disbursements', {
      params: { path: { code } },
      body: { instalment: 1, amount: wan(100), paidOn: '2026-11-30', voucher: 'PAY-1' },
    });
    expect(paid.response.status, JSON.stringify(paid.error)).toBe(200);
    const reported = await lead.POST('/projects/{code}/milestone-reports', {
      params: { path: { code } },
      body: { milestoneId: 'M1', summary: 'taped out', achievements: [] },
    });
    expect(reported.response.status, JSON.stringify(reported.error)).toBe(200);
    const checked = await staff.POST('/projects/{code}/milestone-checks', {
      params: { path: { code } },
      body: { milestoneId: 'M1', passed: true, evidence: 'on-site check' },
    });
    expect(checked.response.status, JSON.stringify(checked.error)).toBe(200);

    // Acceptance, then three years of post-evaluation.
    await owed('applyForAcceptance');
    const asked = await lead.POST('/projects/{code}/acceptance-applications', {
      params: { path: { code } },
      body: { finalReport: 'every indicator met', simplified: false },
    });
    expect(asked.response.status, JSON.stringify(asked.error)).toBe(200);
    const accepted = await staff.POST('/projects/{code}/acceptance', {
      params: { path: { code } },
      body: { passed: true, panel: acceptancePanel, demandSideEvaluation: 'buys in volume', evidence },
    });
    expect(accepted.response.status, JSON.stringify(accepted.error)).toBe(200);
    for (const year of [1, 2, 3]) {
      const report = await lead.POST('/projects/{code}/post-evaluation-reports', {
        params: { path: { code } },
        body: {
          year,
          representativeResults: 'in production',
          economicAndSocialBenefits: 'import substitution',
        },
      });
      expect(report.response.status, JSON.stringify(report.error)).toBe(200);
      const rated = await staff.POST('/projects/{code}/post-evaluation-ratings', {
        params: { path: { code } },
        body: { year, grade: 'good', basis: 'as reported', evidence },
      });
      expect(rated.response.status, JSON.stringify(rated.error)).toBe(200);
    }
    const closed = await eventually(async () => {
      const { data } = await staff.GET('/projects/{code}', {
        params: { path: { code }, query: { live: 'false' } },
      });
      return data?.stage === 'closed' ? data : undefined;
    });
    expect(closed.code).toBe(code);

    // An error comes back as the documented problem, typed.
    const refused = await staff.POST('/projects/{code}/decision', {
      params: { path: { code } },
      body: { outcome: 'reject', evidence },
    });
    expect(refused.response.status).toBe(409);
    expect(refused.error).toMatchObject({ status: 409, type: expect.stringContaining('invalid-transition') });
  });
});
