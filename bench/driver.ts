// The bench's staff, experts and PIs: an HTTP client of the API, and a whole project lifecycle driven
// over it as those people would drive it.
import { randomUUID } from 'node:crypto';
import {
  applicationBody,
  enterpriseApplication,
  authorityOf,
  expertCommitment,
  listEntry,
  passingDemonstration,
  recommendation,
  staffCommitment,
} from '../examples/applications';
import type { Actor } from '../contract/project';
import { createApiKey } from '../api/auth';
import { wan, type ListEntry } from '../rules';
import { benchMilestoneDueAt } from './policy';
import { httpJson } from './support';
import { BENCH_OFFICER, type BenchSystem } from './system';

export const officer: Actor = { id: BENCH_OFFICER, role: 'programmeOfficer' };
export const benchEvidence = {
  procedure: 'collectiveDecision' as const,
  basis: 'bench',
  decidedBy: [BENCH_OFFICER],
  publicised: false,
  commitment: staffCommitment,
};

export interface Lifecycle {
  code: string;
  entryId: string;
}

type ProjectRecord = { stage: string; pendingActions: Array<{ action: string; ownerId?: string }> };

export interface Driver {
  /** One request as `actor`; a 4xx or 5xx answer throws with its status. */
  call(
    actor: Actor,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    /** The organisations the actor's key acts for (R6.6, R7). */
    organisations?: string[],
  ): Promise<Record<string, unknown>>;
  /** One whole lifecycle over HTTP, from publishing its entry to CLOSED. */
  lifecycle(): Promise<Lifecycle>;
  /** Drafts, demonstrates (R3) and publishes a list entry, as the programme office does. */
  publish(entry: ListEntry): Promise<void>;
  /** A project left in its application window until `deadline` (a civil date): it stays open. */
  openProject(deadline: string): Promise<string>;
  /** Where the lifecycles' time went: waiting for the workflow to move on, the polls that waited, retries. */
  spent: { waiting: number; polls: number; retried: number };
}

export function createDriver(system: BenchSystem): Driver {
  const keys = new Map<string, string>();
  const auth = async (actor: Actor, organisations: string[] = []) => {
    const id = `${actor.id}/${actor.role}`;
    if (!keys.has(id))
      keys.set(
        id,
        await createApiKey(system.db, { userId: actor.id, role: actor.role, name: actor.id, organisations }),
      );
    return { authorization: `Bearer ${keys.get(id)}`, 'content-type': 'application/json' };
  };
  const spent = { waiting: 0, polls: 0, retried: 0 };
  /**
   * As the API asks of its clients: every POST carries an Idempotency-Key, and a 503 (Temporal or PostgreSQL
   * shedding load) or a 409 for the same key still in flight is retried with it, after a pause.
   */
  const call: Driver['call'] = async (actor, method, path, body, headers = {}, organisations = []) => {
    const keyed = method === 'POST' && !headers['idempotency-key'];
    const sent = { ...headers, ...(keyed ? { 'idempotency-key': `bench-${randomUUID()}` } : {}) };
    for (let attempt = 1; ; attempt++) {
      const res = await httpJson(`${system.api}${path}`, {
        method,
        headers: { ...(await auth(actor, organisations)), ...sent },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const retriable =
        res.status === 503 ||
        (res.status === 409 && (res.json as { type?: string }).type?.endsWith('/idempotency-in-progress'));
      if (retriable && sent['idempotency-key'] && attempt < 8) {
        spent.retried++;
        await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
        continue;
      }
      if (res.status >= 400)
        throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.json).slice(0, 300)}`);
      return res.json;
    }
  };
  /**
   * Waits for the project to reach a state, long-polling its record as a staff client would: stage and
   * pending actions are in the record, so the client leaves out the live status (one query less each).
   */
  const until = async <T>(code: string, check: (record: ProjectRecord) => T | undefined): Promise<T> => {
    const started = performance.now();
    try {
      for (let query = ''; ;) {
        spent.polls++;
        const project = await call(officer, 'GET', `/projects/${code}?live=false${query}`);
        const found = check(project as unknown as ProjectRecord);
        if (found !== undefined) return found;
        query = `&afterVersion=${project.version as number}&waitMs=10000`;
      }
    } finally {
      spent.waiting += performance.now() - started;
    }
  };
  const applyTo = async (entryId: string) => {
    const application = enterpriseApplication();
    const lead: Actor = { id: application.team.principalInvestigator.id, role: 'projectLead' };
    const answer = await call(lead, 'POST', `/lists/${entryId}/applications`, applicationBody(application));
    const code = answer.code as string;
    const organisationId = application.leadOrganisation.id;
    await call(
      authorityOf(organisationId),
      'POST',
      `/projects/${code}/recommendation`,
      recommendation(application),
      {},
      [organisationId],
    );
    return { code, lead };
  };

  async function publish(entry: ListEntry): Promise<void> {
    await call(officer, 'POST', '/lists', entry);
    await call(
      officer,
      'POST',
      `/call-lists/${entry.callListYear}/demonstrations`,
      passingDemonstration([entry.id]),
    );
    await call(officer, 'POST', `/lists/${entry.id}/publication`, {});
  }

  async function lifecycle(): Promise<Lifecycle> {
    const entry = listEntry();
    await publish(entry);
    const { code, lead } = await applyTo(entry.id);
    const experts = await until(code, (p) => {
      const ids = p.pendingActions.filter((a) => a.action === 'submitReviewScore').map((a) => a.ownerId!);
      return ids.length ? ids : undefined;
    });
    for (const expertId of experts) {
      const expert: Actor = { id: expertId, role: 'expert' };
      await call(expert, 'POST', `/projects/${code}/expert-commitments`, { expertId, ...expertCommitment });
      await call(expert, 'POST', `/projects/${code}/review-scores`, { expertId, score: 80 });
    }
    await until(code, (p) => (p.stage === 'decision' ? true : undefined));
    await call(officer, 'POST', `/projects/${code}/decision`, {
      outcome: 'approve',
      approvedSubsidy: wan(80),
      evidence: benchEvidence,
    });
    // R18.3: the approval takes effect once its publicity period has passed without objection.
    await until(code, (p) => (p.stage === 'contract' ? true : undefined));
    const due = benchMilestoneDueAt();
    await call(officer, 'POST', `/projects/${code}/contract`, {
      milestones: [{ id: 'M1', title: 'M1', dueAt: due }],
      contractEndsAt: due,
    });
    await call(lead, 'POST', `/projects/${code}/milestone-reports`, { milestoneId: 'M1', summary: 'ok' });
    await call(officer, 'POST', `/projects/${code}/milestone-checks`, {
      milestoneId: 'M1',
      passed: true,
      evidence: 'ok',
    });
    await until(code, (p) => (p.stage === 'acceptance' ? true : undefined));
    await call(lead, 'POST', `/projects/${code}/acceptance-applications`, {
      finalReport: 'r',
      simplified: true,
      financialFinalAccount: 'FA',
    });
    await call(officer, 'POST', `/projects/${code}/acceptance`, { passed: true, evidence: benchEvidence });
    for (const year of [1, 2, 3]) {
      await call(lead, 'POST', `/projects/${code}/post-evaluation-reports`, {
        year,
        representativeResults: 'r',
        economicAndSocialBenefits: 'b',
      });
      await call(officer, 'POST', `/projects/${code}/post-evaluation-ratings`, {
        year,
        grade: 'good',
        basis: 'r',
        evidence: benchEvidence,
      });
    }
    await until(code, (p) => (p.stage === 'closed' ? true : undefined));
    return { code, entryId: entry.id };
  }

  async function openProject(deadline: string): Promise<string> {
    const entry = listEntry({ applicationDeadline: deadline });
    await publish(entry);
    return (await applyTo(entry.id)).code;
  }

  return { call, publish, lifecycle, openProject, spent };
}
