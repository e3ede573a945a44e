// R1: the annual call lists can be browsed by year, strategic field, tier, R7 selection mode and whether an
// entry's application window is open, a page at a time; an entry nobody could apply to is not published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './support/harness';
import { officer, publish, startTestApp, stopTestApp } from './support/lifecycle';

describe('browsing call-list entries', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  const browse = async (query: string, actor = officer) => {
    const res = await app.inject({ method: 'GET', url: `/lists?${query}`, headers: await h.as(actor) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Array<{ entry: { id: string } }>; total: number }>();
  };
  const ids = (page: { items: Array<{ entry: { id: string } }> }) =>
    page.items.map((item) => item.entry.id).sort();

  it('filters by year, field, tier, selection mode and open window, and pages', async () => {
    // A year of its own, so only this test's entries match.
    const callListYear = 2060 + Math.floor(Math.random() * 30);
    const chips = await publish(app, h.as, { callListYear, applicationDeadline: '2099-12-31' });
    const topic = await publish(app, h.as, {
      callListYear,
      tier: 'topic',
      strategicField: 'socialWelfare',
      selectionMode: 'selectiveCommission',
      invitedOrganisations: [{ id: 'org-invited', name: 'Invited Institute' }],
      applicationDeadline: '2099-12-31',
    });
    // Without a deadline the (test) policy's window lasts 1.5 s.
    const closed = await publish(app, h.as, { callListYear });
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const year = `callListYear=${callListYear}`;
    expect(ids(await browse(year))).toEqual([chips.id, topic.id, closed.id].sort());
    expect(ids(await browse(`${year}&strategicField=socialWelfare`))).toEqual([topic.id]);
    expect(ids(await browse(`${year}&tier=topic`))).toEqual([topic.id]);
    expect(ids(await browse(`${year}&selectionMode=selectiveCommission`))).toEqual([topic.id]);
    expect(ids(await browse(`${year}&status=open`))).toEqual([chips.id, topic.id].sort());
    expect(ids(await browse(`${year}&status=closed`))).toEqual([closed.id]);
    const firstPage = await browse(`${year}&limit=2`);
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.total).toBe(3);
    // A project lead browses the lists too: they apply to them. The selective commission is shown only to
    // a lead acting for an organisation it invited (R7).
    const lead = { id: 'pi-browse', role: 'projectLead' } as const;
    expect(ids(await browse(year, lead))).toEqual([chips.id, closed.id].sort());
    const invitedLead = await app.inject({
      method: 'GET',
      url: `/lists?${year}`,
      headers: await h.as(lead, ['org-invited']),
    });
    expect(invitedLead.json<{ total: number }>().total).toBe(3);
  });

  it('refuses to publish an entry whose deadline has passed, naming R1', async () => {
    const entry = {
      id: `2026-PAST-${Date.now()}`,
      callListYear: 2026,
      title: 'Too late',
      tier: 'project',
      strategicField: 'integratedCircuits',
      plannedApprovals: 1,
      proposers: [{ kind: 'industryDepartment', name: 'Provincial Economy and Information Department' }],
      applicationDeadline: '2020-01-01',
    };
    const res = await app.inject({
      method: 'POST',
      url: '/lists',
      payload: entry,
      headers: await h.as(officer),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ ruleIds: ['R1'] });
    expect(res.body).toContain('applicationDeadline');
    const read = await app.inject({ method: 'GET', url: `/lists/${entry.id}`, headers: await h.as(officer) });
    expect(read.statusCode).toBe(404);
  });

  it('refuses an unknown tier with a 400 naming the field', async () => {
    const res = await app.inject({ method: 'GET', url: '/lists?tier=galaxy', headers: await h.as(officer) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('tier');
  });
});
