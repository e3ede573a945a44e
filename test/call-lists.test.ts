// The annual call list as the programme office compiles it, over HTTP against the real servers: entries in
// their tiers with parent links (R1), each with its proposers (R2), demonstrated before publication (R3), and
// limited to the organisations a commission invites, who alone see and apply to it (R7).
import { describe, expect, it } from 'vitest';
import { enterpriseApplication, listEntry, passingDemonstration } from '../examples/applications';
import type { ListEntry } from '../rules';
import { apply, officer, publish, useTestApp } from './support/lifecycle';
import { applicationBody } from '../examples/applications';

describe('the annual call list', () => {
  const t = useTestApp();

  /** A year of its own per test, so only its entries are in "its" list. */
  let nextYear = 2100;
  const freshYear = () => nextYear--;
  const post = async (url: string, payload?: unknown, headers?: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url,
      payload: payload as object,
      headers: headers ?? (await t.h.as(officer)),
    });
  const get = async (url: string, headers?: Record<string, string>) =>
    t.app.inject({ method: 'GET', url, headers: headers ?? (await t.h.as(officer)) });
  const draft = async (entry: ListEntry) => {
    const res = await post('/lists', entry);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', revision: 1, windowClosesAt: null });
    return entry;
  };
  const demonstrate = (year: number, body: object) => post(`/call-lists/${year}/demonstrations`, body);

  it('links programme > topic > project within one year, and refuses a link across tiers or years (R1)', async () => {
    const year = freshYear();
    const programme = await draft(listEntry({ callListYear: year, tier: 'programme' }));
    const topic = await draft(listEntry({ callListYear: year, tier: 'topic', parentId: programme.id }));
    const project = await draft(listEntry({ callListYear: year, tier: 'project', parentId: topic.id }));

    const skipping = await post('/lists', listEntry({ callListYear: year, parentId: programme.id }));
    expect(skipping.statusCode).toBe(422);
    expect(skipping.json()).toMatchObject({ ruleIds: ['R1'], violations: [{ fields: ['parentId'] }] });
    const otherYear = await post(
      '/lists',
      listEntry({ callListYear: year - 1, tier: 'topic', parentId: programme.id }),
    );
    expect(otherYear.statusCode).toBe(422);
    const unknown = await post(
      '/lists',
      listEntry({ callListYear: year, tier: 'topic', parentId: 'no-such' }),
    );
    expect(unknown.json()).toMatchObject({ ruleIds: ['R1'] });

    const list = await get(`/call-lists/${year}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().hierarchy).toEqual([
      { id: programme.id, parentId: null, childIds: [topic.id] },
      { id: topic.id, parentId: programme.id, childIds: [project.id] },
      { id: project.id, parentId: topic.id, childIds: [] },
    ]);
    const children = await get(`/lists?parentId=${topic.id}`);
    expect(children.json().items.map((i: { entry: ListEntry }) => i.entry.id)).toEqual([project.id]);
  });

  it('records who proposed each entry, by kind, and refuses an entry without (R2)', async () => {
    const entry = await draft(
      listEntry({ proposers: [{ kind: 'ventureInvestor', name: 'Zheshang Venture' }] }),
    );
    expect((await get(`/lists/${entry.id}`)).json().entry.proposers).toEqual([
      { kind: 'ventureInvestor', name: 'Zheshang Venture' },
    ]);
    const none = await post('/lists', listEntry({ proposers: [] }));
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ ruleIds: ['R2'], violations: [{ fields: ['proposers'] }] });
    const badKind = await post('/lists', { ...listEntry(), proposers: [{ kind: 'friend', name: 'x' }] });
    expect(badKind.statusCode).toBe(400);
    const zh = await t.app.inject({
      method: 'POST',
      url: '/lists',
      payload: listEntry({ proposers: [] }),
      headers: { ...(await t.h.as(officer)), 'accept-language': 'zh-CN' },
    });
    expect(zh.body).toContain('提出单位');
  });

  it('publishes only what a demonstration passed as it stands (R3), reporting the enterprise share', async () => {
    const year = freshYear();
    const entry = await draft(listEntry({ callListYear: year }));
    const early = await post(`/lists/${entry.id}/publication`);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ ruleIds: ['R3'] });

    // The panel asks for revision: still refused, and the reason is required.
    const { opinion: _pass, ...demonstration } = passingDemonstration([entry.id]);
    const noReason = await demonstrate(year, { ...demonstration, opinion: 'revise' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'body.revisionsRequested' })]);
    const revise = await demonstrate(year, {
      ...demonstration,
      opinion: 'revise',
      revisionsRequested: 'Quantify the noise-floor target',
    });
    expect(revise.statusCode, revise.body).toBe(201);
    expect((await post(`/lists/${entry.id}/publication`)).json()).toMatchObject({ ruleIds: ['R3'] });

    // Revised and demonstrated again, with a third-party evaluation: the pass covers revision 2 only.
    const revisedEntry = { ...entry, title: 'High-end analogue chips, noise floor ≤ 1 nV/√Hz' };
    const revised = await t.app.inject({
      method: 'PUT',
      url: `/lists/${entry.id}`,
      payload: revisedEntry,
      headers: await t.h.as(officer),
    });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ revision: 2, status: 'draft' });
    const passed = await demonstrate(year, {
      ...passingDemonstration([]),
      entryIds: undefined,
      thirdPartyEvaluation: { organisation: 'Zhejiang S&T Evaluation Centre', conclusion: 'Sound' },
    });
    expect(passed.statusCode, passed.body).toBe(201);
    // One enterprise expert of five: 20%, against the policy's 30% target; reported, not refused.
    expect(passed.json()).toMatchObject({
      entries: [{ id: entry.id, revision: 2 }],
      opinion: 'pass',
      enterpriseShareBp: 2000,
      enterpriseShareTargetBp: 3000,
      thirdPartyEvaluation: { organisation: 'Zhejiang S&T Evaluation Centre' },
      recordedBy: officer.id,
    });

    const published = await post(`/lists/${entry.id}/publication`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedBy: officer.id });
    expect(published.json().windowClosesAt).toEqual(expect.any(String));
    // Published is final: no revision, no second publication, no second demonstration.
    const late = await t.app.inject({
      method: 'PUT',
      url: `/lists/${entry.id}`,
      payload: revisedEntry,
      headers: await t.h.as(officer),
    });
    expect(late.statusCode).toBe(409);
    expect((await post(`/lists/${entry.id}/publication`)).statusCode).toBe(409);
    expect((await demonstrate(year, passingDemonstration([entry.id]))).statusCode).toBe(409);
    expect((await get(`/call-lists/${year}`)).json().demonstrations).toHaveLength(2);
  });

  it('hides drafts from applicants, who cannot apply to them', async () => {
    const entry = await draft(listEntry());
    const application = enterpriseApplication();
    const lead = { id: application.team.principalInvestigator.id, role: 'projectLead' as const };
    expect((await get(`/lists/${entry.id}`, await t.h.as(lead))).statusCode).toBe(404);
    const res = await post(
      `/lists/${entry.id}/applications`,
      applicationBody(application),
      await t.h.as(lead),
    );
    expect(res.statusCode).toBe(404);
  });

  it('shows a commission only to the organisations it invited, who alone may apply (R7)', async () => {
    const invited = enterpriseApplication();
    const outsider = enterpriseApplication();
    const org = invited.leadOrganisation;
    const entry = await publish(t.app, t.h.as, {
      selectionMode: 'directedCommission',
      invitedOrganisations: [{ id: org.id, name: org.name }],
    });
    const leadOf = (a: typeof invited) => ({
      id: a.team.principalInvestigator.id,
      role: 'projectLead' as const,
    });

    // The outsider's key acts for their own organisation: the entry is not there for them.
    const outsiderHeaders = await t.h.as(leadOf(outsider), [outsider.leadOrganisation.id]);
    expect((await get(`/lists/${entry.id}`, outsiderHeaders)).statusCode).toBe(404);
    // An admin filing for an organisation the commission did not name is refused under R7.
    const admin = await t.h.as({ id: 'admin-r7', role: 'admin' });
    const refused = await post(`/lists/${entry.id}/applications`, applicationBody(outsider), admin);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      ruleIds: ['R7'],
      violations: [{ fields: ['leadOrganisation.id'] }],
    });
    expect(await t.h.pool.query('SELECT 1 FROM projects WHERE list_entry_id = $1', [entry.id])).toMatchObject(
      {
        rowCount: 0,
      },
    );

    const invitedHeaders = await t.h.as(leadOf(invited), [org.id]);
    expect((await get(`/lists/${entry.id}`, invitedHeaders)).statusCode).toBe(200);
    const code = await apply(t.app, (actor) => t.h.as(actor, [org.id]), entry.id, invited);
    expect(code).toMatch(/^ZJ-/);
  });

  it('refuses a selection mode whose invitations do not fit it (R7)', async () => {
    const open = await post('/lists', listEntry({ invitedOrganisations: [{ id: 'org-a', name: 'A' }] }));
    expect(open.json()).toMatchObject({ ruleIds: ['R7'] });
    const directed = await post(
      '/lists',
      listEntry({
        selectionMode: 'directedCommission',
        invitedOrganisations: [
          { id: 'org-a', name: 'A' },
          { id: 'org-b', name: 'B' },
        ],
      }),
    );
    expect(directed.statusCode).toBe(422);
    expect(directed.json()).toMatchObject({
      ruleIds: ['R7'],
      violations: [{ fields: ['invitedOrganisations'] }],
    });
    const selective = await post('/lists', listEntry({ selectionMode: 'selectiveCommission' }));
    expect(selective.json()).toMatchObject({ ruleIds: ['R7'] });
  });
});
