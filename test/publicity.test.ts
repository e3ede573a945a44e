// R18.3 / R20 publicity over HTTP against the real servers: an approval is publicised on a public endpoint;
// anyone signed in may object during the period; staff sustain (the decision is taken again) or dismiss
// each objection with evidence; the approval takes effect only when the period has ended with none open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivePolicy, wan } from '../rules';
import { enterpriseApplication } from '../examples/applications';
import type { Actor } from '../contract/project';
import { projectWorkflowId } from '../contract/project';
import { createHarness, type Harness } from './support/harness';
import {
  apply,
  compressedPolicy,
  evidence,
  officer,
  publish,
  recordHistories,
  scoreAll,
  seedExperts,
  status,
  waitForRecordedStage,
  waitForStage,
} from './support/lifecycle';

describe('R18.3 publicity of approvals', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;
  // Long enough to object within, short enough to wait out.
  const policy = derivePolicy(compressedPolicy(), {
    id: 'publicity-4s',
    durations: { publicityPeriodMs: 4_000 },
  });

  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
    app = await h.buildApp([policy]);
    await seedExperts(h.pool, 8);
  });
  afterAll(async () => {
    await app?.close();
    await h?.close();
  });

  const post = async (actor: Actor, url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, payload: payload as object, headers: await h.as(actor) });
  const citizen: Actor = { id: `pi-someone-else`, role: 'projectLead' };

  async function approved() {
    const entry = await publish(app, h.as);
    const code = await apply(app, h.as, entry.id, enterpriseApplication());
    await scoreAll(h.client, code);
    await waitForRecordedStage(h.pool, code, 'decision');
    const res = await post(officer, `/projects/${code}/decision`, {
      outcome: 'approve',
      approvedSubsidy: wan(80),
      evidence: evidence(),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().stage).toBe('publicity');
    await waitForRecordedStage(h.pool, code, 'publicity');
    return code;
  }

  it('holds an approval with an open objection past the period, until staff dismiss it', async () => {
    const code = await approved();
    const listed = await app.inject({ method: 'GET', url: '/publicity' });
    expect(listed.statusCode).toBe(200);
    const item = listed.json().items.find((i: { code: string }) => i.code === code);
    expect(item).toMatchObject({ approvedSubsidy: wan(80), fundingMode: 'standard' });
    expect(Date.parse(item.endsAt)).toBeGreaterThan(Date.parse(item.startsAt));

    // Someone who may not read the project may still object to it.
    expect(
      (await app.inject({ method: 'GET', url: `/projects/${code}`, headers: await h.as(citizen) }))
        .statusCode,
    ).toBe(403);
    const objected = await post(citizen, `/projects/${code}/objections`, {
      grounds: 'The lead organisation does not own the key lab it claims',
    });
    expect(objected.statusCode, objected.body).toBe(200);
    expect(objected.json().pendingActions).toEqual([
      expect.objectContaining({
        action: 'resolveObjection:O1',
        ownerRole: 'programmeOfficer',
        deadline: item.endsAt,
      }),
    ]);

    // The period ends; the open objection holds the approval.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(item.endsAt) - Date.now() + 500));
    expect((await status(h.client, code)).stage).toBe('publicity');
    const late = await post(citizen, `/projects/${code}/objections`, { grounds: 'too late' });
    expect(late.statusCode).toBe(409);

    const { commitment: _none, ...uncommitted } = evidence('verified with the platform register');
    const unsigned = await post(officer, `/projects/${code}/objection-decisions`, {
      objectionId: 'O1',
      outcome: 'dismiss',
      evidence: uncommitted,
    });
    expect(unsigned.json()).toMatchObject({ ruleIds: ['R18.1'] });
    const dismissed = await post(officer, `/projects/${code}/objection-decisions`, {
      objectionId: 'O1',
      outcome: 'dismiss',
      evidence: evidence('verified with the platform register'),
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    const s = await waitForStage(h.client, code, 'contract');
    expect(s.timeline.slice(-3).map((t) => t.action)).toEqual([
      'lodgeObjection',
      'dismissObjection',
      'approvalTakesEffect',
    ]);
    await recordHistories(h.client, projectWorkflowId(code), 'publicity-objection-dismissed');
  });

  it('returns the project to decision when an objection is sustained', async () => {
    const code = await approved();
    expect(
      (await post(citizen, `/projects/${code}/objections`, { grounds: 'Duplicate of ZJ-2025-00017' }))
        .statusCode,
    ).toBe(200);
    const sustained = await post(officer, `/projects/${code}/objection-decisions`, {
      objectionId: 'O1',
      outcome: 'sustain',
      evidence: evidence('duplicate confirmed'),
    });
    expect(sustained.statusCode, sustained.body).toBe(200);
    expect(sustained.json().stage).toBe('decision');
    const rejected = await post(officer, `/projects/${code}/decision`, {
      outcome: 'reject',
      evidence: evidence(),
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await waitForStage(h.client, code, 'rejected');
    await recordHistories(h.client, projectWorkflowId(code), 'publicity-objection-sustained');
  });
});
