// Who examines and who reviews, over HTTP against the real servers: the R8 examination passes at least
// 3 × the planned approvals with ties at the cut-off, and is not held at all when fewer applied; R9 panels
// seat the experts staff recommend (精准推荐) beside the random draw, unless recusal (R18.2) bars them.
import { describe, expect, it } from 'vitest';
import { enterpriseApplication } from '../examples/applications';
import { eventually } from './support/harness';
import {
  apply,
  evidence,
  officer,
  publish,
  recordHistories,
  scoreAll,
  status,
  waitForListClosed,
  waitForStage,
  useTestApp,
} from './support/lifecycle';
import { projectWorkflowId } from '../contract/project';
import { listEntryWorkflowId } from '../contract/list-entry';

describe('examination and review panels', () => {
  const t = useTestApp({ experts: 8 });

  const post = async (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as object, headers: await t.h.as(officer) });
  const get = async (url: string) => t.app.inject({ method: 'GET', url, headers: await t.h.as(officer) });
  const examined = { strategicField: 'socialWelfare', plannedApprovals: 1 } as const;

  it('sends every application straight to review when fewer than 3 × planned applied (R8)', async () => {
    const entry = await publish(t.app, t.h.as, examined);
    const codes = [await apply(t.app, t.h.as, entry.id), await apply(t.app, t.h.as, entry.id)];
    for (const code of codes) await waitForStage(t.h.client, code, 'review');
    const timeline = (await status(t.h.client, codes[0]!)).timeline.map((t) => t.action);
    expect(timeline).toContain('examinationNotHeld');
    expect(timeline).not.toContain('examinationPassed');
    const list = await get(`/lists/${entry.id}`);
    expect(list.json()).toMatchObject({ examinationPlan: true });
    const refused = await post(`/lists/${entry.id}/examination`, {
      scores: codes.map((code) => ({ code, score: 80 })),
      evidence: evidence('examination panel'),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('R8');
    await recordHistories(t.h.client, projectWorkflowId(codes[0]!), 'r8-straight-to-review');
    await recordHistories(t.h.client, listEntryWorkflowId(entry.id), 'r8-entry-straight-to-review');
  });

  it('passes at least 3 × planned, ties at the cut-off included, never fewer (R8)', async () => {
    const entry = await publish(t.app, t.h.as, examined);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) codes.push(await apply(t.app, t.h.as, entry.id));
    await waitForListClosed(t.h.client, entry.id);
    for (const code of codes) await waitForStage(t.h.client, code, 'examination');
    const scores = [90, 80, 70, 70, 60].map((score, i) => ({ code: codes[i]!, score }));

    const tooFew = await post(`/lists/${entry.id}/examination`, {
      scores,
      shortlistSize: 2,
      evidence: evidence('examination panel'),
    });
    expect(tooFew.statusCode).toBe(422);
    expect(tooFew.json()).toMatchObject({ ruleIds: ['R8'], violations: [{ fields: ['shortlistSize'] }] });

    const exam = await post(`/lists/${entry.id}/examination`, {
      scores,
      evidence: evidence('examination panel'),
    });
    expect(exam.statusCode, exam.body).toBe(200);
    const passed = exam
      .json()
      .applications.filter((a: { examined: { passed: boolean } }) => a.examined.passed)
      .map((a: { code: string }) => a.code);
    // 3 × 1 = 3, and the fourth is tied with the third at 70: four go on; the 60 does not.
    expect(passed.sort()).toEqual(codes.slice(0, 4).sort());
    await waitForStage(t.h.client, codes[4]!, 'rejected');
    for (const code of codes.slice(0, 4)) await waitForStage(t.h.client, code, 'review');
    await recordHistories(t.h.client, listEntryWorkflowId(entry.id), 'r8-entry-ties-pass');
  });

  it('seats recommended experts of the entry’s field beside the draw, unless recusal bars them (R9, R18.2)', async () => {
    const application = enterpriseApplication();
    const entry = await publish(t.app, t.h.as, { applicationDeadline: '2099-12-31' });
    const expert = (id: string, organisationId: string, specialties = ['integratedCircuits']) => ({
      id,
      name: `Recommended ${id}`,
      organisationId,
      fromEnterprise: true,
      specialties,
    });
    const suffix = entry.id.slice(-8);
    const trusted = expert(`rec-ok-${suffix}`, `inst-rec-${suffix}`);
    const colleague = expert(`rec-same-${suffix}`, application.leadOrganisation.id);
    const marine = expert(`rec-sea-${suffix}`, `inst-sea-${suffix}`, ['marineTechnology']);
    for (const e of [trusted, colleague, marine]) expect((await post('/experts', e)).statusCode).toBe(201);
    const noField = await post('/experts', { ...expert(`rec-none-${suffix}`, 'inst-x'), specialties: [] });
    expect(noField.statusCode).toBe(422);
    expect(noField.json()).toMatchObject({ ruleIds: ['R9'] });

    const url = `/lists/${entry.id}/expert-recommendations`;
    const wrongField = await post(url, { expertIds: [marine.id], basis: 'marine sensors' });
    expect(wrongField.statusCode).toBe(422);
    expect(wrongField.json()).toMatchObject({ ruleIds: ['R9'] });
    const recommended = await post(url, {
      expertIds: [trusted.id, colleague.id],
      basis: 'analogue front-end design experience',
    });
    expect(recommended.statusCode, recommended.body).toBe(201);
    expect(
      recommended
        .json()
        .items.map((r: { expertId: string }) => r.expertId)
        .sort(),
    ).toEqual([trusted.id, colleague.id].sort());

    // The draw: an entry whose (test policy's) window closes within seconds, recommended the same two.
    const drawn = await publish(t.app, t.h.as);
    expect(
      (
        await post(`/lists/${drawn.id}/expert-recommendations`, {
          expertIds: [trusted.id, colleague.id],
          basis: 'b',
        })
      ).statusCode,
    ).toBe(201);
    const code = await apply(t.app, t.h.as, drawn.id, application);
    await waitForStage(t.h.client, code, 'review');
    const panel = await eventually(async () => {
      const items = (await get(`/projects/${code}/panel`)).json().items;
      return items.length ? items[0] : undefined;
    });
    expect(panel.recommendedIds).toEqual([trusted.id]);
    expect(panel.expertIds).toContain(trusted.id);
    expect(panel.expertIds).not.toContain(colleague.id);
    expect(panel.excluded).toContainEqual(
      expect.objectContaining({ expertId: colleague.id, ruleId: 'R18.2', reason: 'sameInstitution' }),
    );
    expect(panel.enterpriseShareTargetBp).toBe(3000);
    // Once panels are drawn, a recommendation comes too late.
    const late = await post(`/lists/${drawn.id}/expert-recommendations`, {
      expertIds: [trusted.id],
      basis: 'b',
    });
    expect(late.statusCode).toBe(409);
  });

  it('ranks reviewed applications with the R6.5 priority of fund-backed ones', async () => {
    const entry = await publish(t.app, t.h.as, { plannedApprovals: 2 });
    const plain = enterpriseApplication();
    const backed = enterpriseApplication();
    backed.leadOrganisation.fundBacked = true;
    const plainCode = await apply(t.app, t.h.as, entry.id, plain);
    const backedCode = await apply(t.app, t.h.as, entry.id, backed);
    await scoreAll(t.h.client, plainCode, 85);
    await scoreAll(t.h.client, backedCode, 82);
    const ranking = await eventually(async () => {
      const res = await get(`/lists/${entry.id}/ranking`);
      const body = res.json<{
        fundBackingPriorityBonus: number;
        items: Array<{ code: string; rank: number; rankScore: number }>;
      }>();
      return body.items.length === 2 ? body : undefined;
    });
    expect(ranking.fundBackingPriorityBonus).toBe(5);
    expect(
      ranking.items.map((i: { code: string; rank: number; rankScore: number }) => [
        i.code,
        i.rank,
        i.rankScore,
      ]),
    ).toEqual([
      [backedCode, 1, 87],
      [plainCode, 2, 85],
    ]);
  });
});
