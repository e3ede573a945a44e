// R9 expert selection: precise recommendation plus a random draw, with R18.2 recusal and R19 integrity
// exclusions. The draw is reproducible from its recorded seed, so an auditor can re-run it years later.
import type { CivilDate } from './scalars';
import type { Expert, IntegrityRecord } from './domain';
import { shareBp } from './money';
import type { BasisPoints } from './scalars';
import type { PolicyVersion } from './policy-version';
import { activeBans } from './sanctions';
import type { RuleId, Violation } from './violation';

export interface DrawSubject {
  /** Organisations of the project: lead and partners (same institution → recusal). */
  organisationIds: readonly string[];
  /** People of the project team (own team → recusal). */
  teamPersonIds: readonly string[];
  /** Ids an expert's declared conflict may name: the project code, the application id. */
  projectIds: readonly string[];
}

export interface Exclusion {
  expertId: string;
  ruleId: RuleId;
  reason: 'sameInstitution' | 'ownTeam' | 'declaredConflict' | 'integrityBan';
}

export interface ExpertDraw {
  seed: string;
  panel: Array<Expert & { selectedBy: 'recommendation' | 'randomDraw' }>;
  excluded: Exclusion[];
  enterpriseShareBp: BasisPoints;
  /** True when the eligible pool could not fill the panel size. */
  shortfall: number;
}

export interface DrawRequest {
  pool: readonly Expert[];
  /** R9: the entry's strategic field; only experts with it among their specialties are drawn. */
  field?: string;
  recommendedIds: readonly string[];
  subject: DrawSubject;
  integrityRecords: readonly IntegrityRecord[];
  asOf: CivilDate;
  seed: string;
  policy: PolicyVersion;
  size?: number;
}

/** Why an expert may not review this subject (R18.2, R19), or undefined when they may. */
export function exclusionReason(
  expert: Expert,
  subject: DrawSubject,
  integrityRecords: readonly IntegrityRecord[],
  asOf: CivilDate,
): Exclusion | undefined {
  if (subject.organisationIds.includes(expert.organisationId)) {
    return { expertId: expert.id, ruleId: 'R18.2', reason: 'sameInstitution' };
  }
  if (subject.teamPersonIds.includes(expert.id))
    return { expertId: expert.id, ruleId: 'R18.2', reason: 'ownTeam' };
  const conflictIds = [...subject.organisationIds, ...subject.teamPersonIds, ...subject.projectIds];
  if (expert.declaredConflicts.some((c) => conflictIds.includes(c))) {
    return { expertId: expert.id, ruleId: 'R18.2', reason: 'declaredConflict' };
  }
  if (activeBans(expert.id, integrityRecords, asOf).length > 0) {
    return { expertId: expert.id, ruleId: 'R19', reason: 'integrityBan' };
  }
  return undefined;
}

export function drawExperts(req: DrawRequest): ExpertDraw {
  const size = req.size ?? req.policy.reviewPanelSize;
  const excluded: Exclusion[] = [];
  const eligible: Expert[] = [];
  const ofField =
    req.field === undefined ? req.pool : req.pool.filter((e) => e.specialties.includes(req.field!));
  for (const expert of [...ofField].sort((a, b) => a.id.localeCompare(b.id))) {
    const reason = exclusionReason(expert, req.subject, req.integrityRecords, req.asOf);
    if (reason) excluded.push(reason);
    else eligible.push(expert);
  }

  const panel: ExpertDraw['panel'] = [];
  const taken = new Set<string>();
  const take = (e: Expert, selectedBy: 'recommendation' | 'randomDraw') => {
    panel.push({ ...e, selectedBy });
    taken.add(e.id);
  };

  // Precise recommendation (R9) fills at most half the panel, so the random draw always has a say.
  const recommendedCap = Math.floor(size / 2);
  for (const id of req.recommendedIds) {
    const e = eligible.find((x) => x.id === id);
    if (e && !taken.has(e.id) && panel.length < recommendedCap) take(e, 'recommendation');
  }

  const random = seededRandom(req.seed);
  const drawFrom = (candidates: Expert[], count: number) => {
    const remaining = candidates.filter((e) => !taken.has(e.id));
    for (let i = 0; i < count && remaining.length > 0; i++) {
      const [picked] = remaining.splice(Math.floor(random() * remaining.length), 1);
      take(picked!, 'randomDraw');
    }
  };

  // R9: the enterprise share should rise; reserve the policy's minimum share for enterprise experts first.
  const enterpriseNeeded = Math.ceil((size * req.policy.minEnterpriseExpertShareBp) / 10_000);
  const enterpriseSoFar = panel.filter((e) => e.fromEnterprise).length;
  drawFrom(
    eligible.filter((e) => e.fromEnterprise),
    Math.max(0, Math.min(enterpriseNeeded - enterpriseSoFar, size - panel.length)),
  );
  drawFrom(eligible, size - panel.length);

  return {
    seed: req.seed,
    panel,
    excluded,
    enterpriseShareBp: shareBp(panel.filter((e) => e.fromEnterprise).length, panel.length),
    shortfall: size - panel.length,
  };
}

/** mulberry32 over an FNV-1a hash of the seed: small, fast and the same on every platform. */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** R9: an expert reviews at least one of the policy's strategic fields, and only those. */
export function checkSpecialties(
  specialties: readonly string[],
  strategicFields: readonly string[],
): Violation[] {
  const unknown = specialties.filter((field) => !strategicFields.includes(field));
  if (specialties.length > 0 && unknown.length === 0) return [];
  return [
    {
      ruleId: 'R9',
      fields: ['specialties'],
      required: `one or more of the strategic fields: ${strategicFields.join(', ')}`,
      actual: specialties.length ? `unknown: ${unknown.join(', ')}` : 'none',
      message: {
        'zh-CN': '评审专家须登记其所属战略领域（专业方向），评审时按领域抽取',
        en: 'An expert records the strategic fields they review; panels are drawn by field',
      },
    },
  ];
}

/** R9: a recommended expert is one of the entry's field, like every expert drawn for it. */
export function checkRecommendedExperts(
  found: ReadonlyArray<Pick<Expert, 'id' | 'specialties'>>,
  requestedIds: readonly string[],
  field: string,
): Violation[] {
  const byId = new Map(found.map((e) => [e.id, e]));
  const unknown = requestedIds.filter((id) => !byId.has(id));
  const otherField = requestedIds.filter((id) => byId.has(id) && !byId.get(id)!.specialties.includes(field));
  if (unknown.length === 0 && otherField.length === 0) return [];
  return [
    {
      ruleId: 'R9',
      fields: ['expertIds'],
      required: `active experts whose specialties include ${field}`,
      actual: [
        unknown.length ? `unknown or inactive: ${unknown.join(', ')}` : '',
        otherField.length ? `of other fields: ${otherField.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; '),
      message: {
        'zh-CN': `精准推荐的专家须为在库专家，且专业方向包括本条目领域（${field}）`,
        en: `Recommended experts are active experts of the entry's field (${field})`,
      },
    },
  ];
}
