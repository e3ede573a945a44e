// The inbox over HTTP against the real servers: each person's steps across their projects, earliest
// deadline first, with who owes them by name; projects filtered by what is overdue and by whom they wait on.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../contract/project';
import { enterpriseApplication, listEntry } from '../examples/applications';
import { financeOfficer, officer, signContract, toContract, useTestApp } from './support/lifecycle';
import { eventually } from './support/harness';

interface Task {
  projectCode: string;
  action: string;
  ownerName?: string;
  deadline?: string;
  overdue: boolean;
  link: string;
  title: string;
}

describe('the inbox', () => {
  const t = useTestApp({ experts: 8 });
  const get = async (actor: Actor, url: string) =>
    t.app.inject({ method: 'GET', url, headers: await t.h.as(actor) });

  it('lists what each person owes across projects, by deadline, and finds projects overdue or waiting on someone', async () => {
    // One PI leads two projects: one milestone far off, one due at once.
    const first = enterpriseApplication();
    const second = enterpriseApplication({ team: first.team, leadOrganisation: first.leadOrganisation });
    const pi: Actor = { id: first.team.principalInvestigator.id, role: 'projectLead' };
    const far = await toContract(t.app, t.h.as, t.h.client, { application: first });
    const near = await toContract(t.app, t.h.as, t.h.client, { application: second });
    await signContract(t.h.client, far.code, [60_000]);
    await signContract(t.h.client, near.code, [1_000]);

    // Each project's milestone check and first spending report, the earliest deadline first; the PI by name.
    const mine = await eventually(async () => {
      const res = await get(pi, '/me/tasks');
      return res.json().total === 4 ? (res.json().items as Task[]) : undefined;
    });
    expect(mine[0]).toMatchObject({
      projectCode: near.code,
      action: 'milestoneCheck:M1',
      ownerName: first.team.principalInvestigator.name,
      link: `/projects/${near.code}`,
      title: first.title,
    });
    const deadlines = mine.map((i) => Date.parse(i.deadline!));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
    expect(
      mine
        .filter((i) => i.action.startsWith('spendingReport'))
        .map((i) => i.projectCode)
        .sort(),
    ).toEqual([far.code, near.code].sort());
    const page = (await get(pi, '/me/tasks?limit=1&offset=1')).json();
    expect(page).toMatchObject({
      total: 4,
      limit: 1,
      offset: 1,
      items: [{ projectCode: mine[1]!.projectCode }],
    });

    // Finance owes the first instalment of both, through its role.
    const finance = (await get(financeOfficer, '/me/tasks?limit=500')).json().items as Task[];
    for (const code of [far.code, near.code])
      expect(finance).toEqual(
        expect.arrayContaining([expect.objectContaining({ projectCode: code, action: 'disburse:1' })]),
      );
    // A drafted call-list entry is the programme officers' to have demonstrated and to publish.
    const draft = listEntry();
    const drafted = await t.app.inject({
      method: 'POST',
      url: '/lists',
      payload: draft,
      headers: await t.h.as(officer),
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const officers = (await get(officer, '/me/tasks?limit=500')).json().items as Task[];
    expect(officers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          subject: 'listEntry',
          listEntryId: draft.id,
          action: 'publishListEntry',
          link: `/lists/${draft.id}`,
        }),
      ]),
    );
    // Another lead owes nothing of these.
    const stranger = (await get({ id: 'pi-nobody', role: 'projectLead' }, '/me/tasks')).json();
    expect(stranger).toMatchObject({ items: [], total: 0 });

    // Past its date, the near milestone is overdue: in the inbox, and in the project list.
    const overdue = await eventually(async () => {
      const items = (await get(pi, '/me/tasks?overdue=true')).json().items as Task[];
      return items.length ? items : undefined;
    });
    expect(overdue).toEqual([expect.objectContaining({ projectCode: near.code, overdue: true })]);
    const listed = (await get(officer, '/projects?overdue=true&limit=200')).json().items as Array<{
      code: string;
    }>;
    expect(listed.map((p) => p.code)).toContain(near.code);
    expect(listed.map((p) => p.code)).not.toContain(far.code);
    const waiting = (await get(officer, `/projects?waitingOn=${pi.id}`)).json();
    expect(waiting.items.map((p: { code: string }) => p.code).sort()).toEqual([far.code, near.code].sort());
    const onFinance = (await get(officer, '/projects?waitingOn=financeOfficer&limit=200')).json();
    expect(onFinance.items.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining([far.code]));
    expect((await get(officer, '/projects?overdue=maybe')).statusCode).toBe(400);
  });
});
