// R19 over HTTP against the real servers: integrity counts for the whole team and every undertaking
// organisation, at application and again at approval; an active ban anywhere refuses, a finding is shown
// to the decision-makers.
import { describe, expect, it } from 'vitest';
import { applicationBody, enterpriseApplication } from '../examples/applications';
import type { Application } from '../rules';
import { wan } from '../rules';
import {
  apply,
  evidence,
  messagesTaken,
  officer,
  publish,
  scoreAll,
  supervisor,
  waitForRecordedStage,
  useTestApp,
} from './support/lifecycle';

describe('R19 integrity of the whole team', () => {
  const t = useTestApp({ experts: 8 });

  const post = async (actor: typeof officer, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(actor) });
  const record = (subjectId: string, kind: 'ban' | 'finding', subjectType = 'person') =>
    post(supervisor, '/integrity-records', {
      subjectType,
      subjectId,
      kind,
      ruleId: 'R19',
      startsOn: '2026-01-01',
      ...(kind === 'ban' && { endsOn: '2099-01-01' }),
      basis: kind === 'ban' ? 'plagiarism, ban of 3 years' : 'late reporting noted',
    });
  const withTeam = (): Application => {
    const application = enterpriseApplication();
    const suffix = application.leadOrganisation.id.slice(4);
    return {
      ...application,
      team: {
        ...application.team,
        members: [{ id: `member-${suffix}`, name: 'Liu Yang', birthDate: '1990-02-01', organisationId: 'x' }],
      },
      partnerOrganisations: [
        { ...application.leadOrganisation, id: `partner-${suffix}`, name: 'Partner Lab' },
      ],
    };
  };

  it('refuses an application when a team member or a partner organisation is banned', async () => {
    const entry = await publish(t.app, t.h.as);
    const admin = { id: 'admin-r19', role: 'admin' as const };
    const member = withTeam();
    expect((await record(member.team.members[0]!.id, 'ban')).statusCode).toBe(201);
    const refused = await post(admin, `/lists/${entry.id}/applications`, applicationBody(member));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ ruleIds: ['R19'], violations: [{ fields: ['team.members.0'] }] });

    const partner = withTeam();
    expect((await record(partner.partnerOrganisations[0]!.id, 'ban', 'organisation')).statusCode).toBe(201);
    const alsoRefused = await post(admin, `/lists/${entry.id}/applications`, applicationBody(partner));
    expect(alsoRefused.json()).toMatchObject({
      ruleIds: ['R19'],
      violations: [{ fields: ['partnerOrganisations.0'] }],
    });
  });

  it('checks again at approval: a ban since submission refuses it, a finding is shown', async () => {
    const entry = await publish(t.app, t.h.as);
    const application = withTeam();
    const code = await apply(t.app, t.h.as, entry.id, application);
    await scoreAll(t.h.client, code);
    await waitForRecordedStage(t.h.pool, code, 'decision');
    expect(
      (await record(application.partnerOrganisations[0]!.id, 'finding', 'organisation')).statusCode,
    ).toBe(201);
    expect((await record(application.team.members[0]!.id, 'ban')).statusCode).toBe(201);

    const integrity = await t.app.inject({
      method: 'GET',
      url: `/projects/${code}/integrity`,
      headers: await t.h.as(officer),
    });
    expect(integrity.statusCode, integrity.body).toBe(200);
    expect(integrity.json()).toMatchObject({
      bans: [{ ruleId: 'R19', fields: ['team.members.0'] }],
      findings: [{ kind: 'finding', subjectId: application.partnerOrganisations[0]!.id }],
    });

    const before = await messagesTaken(t.h.client, code);
    const decision = { outcome: 'approve', approvedSubsidy: wan(90), evidence: evidence() };
    const refused = await post(officer, `/projects/${code}/decision`, decision);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ ruleIds: ['R19'] });
    expect(await messagesTaken(t.h.client, code)).toBe(before);
    // Rejecting stays possible.
    const rejected = await post(officer, `/projects/${code}/decision`, {
      outcome: 'reject',
      evidence: evidence(),
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
  });
});
