// R14.1 commendation, R14.2 ban period, R10 portfolio KPIs, and the money and date primitives under them.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  activeBans,
  addYears,
  ageOn,
  derivePolicy,
  earnsCommendation,
  formatYuan,
  portfolioKpis,
  shanghaiDate,
  shanghaiDateTime,
  shareAtLeast,
  subjectiveFailureBan,
  type ApprovedProjectFacts,
} from '../../rules';

describe('R14.2 ban after a subjective failure', () => {
  it('lasts two years from the finding date', () => {
    expect(subjectiveFailureBan('2026-05-10', DEFAULT_POLICY)).toEqual({
      startsOn: '2026-05-10',
      endsOn: '2028-05-10',
    });
  });

  it('from 29 February ends on 28 February two years later', () => {
    expect(subjectiveFailureBan('2028-02-29', DEFAULT_POLICY).endsOn).toBe('2030-02-28');
  });

  it('follows the policy version’s ban length', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'ban-3', subjectiveFailureBanYears: 3 });
    expect(subjectiveFailureBan('2026-05-10', policy).endsOn).toBe('2029-05-10');
  });

  it('is active from its first day until the day before it ends', () => {
    const { startsOn, endsOn } = subjectiveFailureBan('2026-05-10', DEFAULT_POLICY);
    const records = [
      {
        id: 'b',
        subjectType: 'person' as const,
        subjectId: 'pi',
        kind: 'ban' as const,
        ruleId: 'R14.2',
        startsOn,
        endsOn,
        basis: 'x',
      },
    ];
    expect(activeBans('pi', records, '2026-05-09')).toHaveLength(0);
    expect(activeBans('pi', records, '2026-05-10')).toHaveLength(1);
    expect(activeBans('pi', records, '2028-05-09')).toHaveLength(1);
    expect(activeBans('pi', records, '2028-05-10')).toHaveLength(0);
  });
});

describe('R14.1 commendation', () => {
  it.each([
    ['every milestone on time and outstanding', [true, true, true], true, true],
    ['every milestone on time but not outstanding', [true, true], false, false],
    ['one milestone late', [true, false], true, false],
    ['no milestones', [], true, false],
  ])('%s → %s', (_, onTime, outstanding, expected) => {
    expect(earnsCommendation(onTime, outstanding)).toBe(expected);
  });
});

describe('R10 portfolio KPIs', () => {
  const project = (overrides: Partial<ApprovedProjectFacts> = {}): ApprovedProjectFacts => ({
    manufacturing: true,
    enterpriseLed: true,
    mountainOrIslandCounty: false,
    principalInvestigatorBirthDate: '1990-01-01',
    approvedOn: '2026-06-01',
    ...overrides,
  });
  const kpi = (projects: ApprovedProjectFacts[], id: string, previous?: number) =>
    portfolioKpis(projects, DEFAULT_POLICY, previous).find((k) => k.id === id)!;

  it('manufacturing share: 80% meets the target, 75% does not', () => {
    const eighty = [...Array(8)]
      .map(() => project())
      .concat([...Array(2)].map(() => project({ manufacturing: false })));
    expect(kpi(eighty, 'manufacturingShare')).toMatchObject({
      shareBp: 8000,
      targetBp: 8000,
      met: true,
      ruleId: 'R10',
    });
    const seventyFive = [project(), project(), project(), project({ manufacturing: false })];
    expect(kpi(seventyFive, 'manufacturingShare')).toMatchObject({ shareBp: 7500, met: false });
  });

  it('enterprise-led share: 65% meets, 64.99% does not', () => {
    const meets = [...Array(13)]
      .map(() => project())
      .concat([...Array(7)].map(() => project({ enterpriseLed: false })));
    expect(kpi(meets, 'enterpriseLedShare')).toMatchObject({ shareBp: 6500, met: true });
    const misses = [...Array(6499)]
      .map(() => project())
      .concat([...Array(3501)].map(() => project({ enterpriseLed: false })));
    expect(kpi(misses, 'enterpriseLedShare')).toMatchObject({ shareBp: 6499, met: false });
  });

  it('young PI share counts PIs under 45 on the approval date', () => {
    const turns45OnApproval = project({ principalInvestigatorBirthDate: '1981-06-01' });
    const still44 = project({ principalInvestigatorBirthDate: '1981-06-02' });
    expect(kpi([turns45OnApproval], 'youngPiShare').count).toBe(0);
    expect(kpi([still44], 'youngPiShare').count).toBe(1);
    expect(kpi([still44, turns45OnApproval], 'youngPiShare')).toMatchObject({
      shareBp: 5000,
      targetBp: 4500,
      met: true,
    });
  });

  it('26-county share must rise above the previous period', () => {
    const half = [project({ mountainOrIslandCounty: true }), project()];
    expect(kpi(half, 'mountainOrIslandShare', 4000)).toMatchObject({ shareBp: 5000, met: true });
    expect(kpi(half, 'mountainOrIslandShare', 5000)).toMatchObject({ met: false });
    expect(kpi(half, 'mountainOrIslandShare')).toMatchObject({ targetBp: null, met: null });
  });

  it('an empty portfolio reports no verdict rather than a failure', () => {
    expect(portfolioKpis([], DEFAULT_POLICY).every((k) => k.met === null && k.shareBp === 0)).toBe(true);
  });
});

describe('money and dates', () => {
  it('compares shares exactly even for very large budgets', () => {
    const whole = 900_000_000_000_01; // about ¥9 trillion in fen: beyond float precision once multiplied
    const part = (whole * 8) / 10;
    expect(shareAtLeast(Math.ceil(part), whole, 8000)).toBe(true);
    expect(shareAtLeast(Math.ceil(part) - 1, whole, 8000)).toBe(false);
  });

  it('formats fen as yuan', () => {
    expect(formatYuan(123_456_789)).toBe('¥1,234,567.89');
  });

  it('converts instants to Asia/Shanghai civil dates', () => {
    expect(shanghaiDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    // As Intl formats Asia/Shanghai (sv-SE gives ISO order), across the year and the day boundary.
    for (const iso of ['2026-12-31T15:59:59Z', '2026-12-31T16:00:00Z', '2027-07-01T01:02:03Z']) {
      const intl = new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false });
      expect(shanghaiDateTime(new Date(iso))).toBe(intl.slice(0, 16));
    }
    expect(shanghaiDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });

  it('computes ages and anniversaries on civil dates', () => {
    expect(ageOn('1981-06-02', '2026-06-01')).toBe(44);
    expect(ageOn('1981-06-01', '2026-06-01')).toBe(45);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
