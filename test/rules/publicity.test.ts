// R18.3 / R20: the publicity period counts working days of the Asia/Shanghai calendar.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, derivePolicy, publicityEndsAt } from '../../rules';

const at = (iso: string) => Date.parse(iso);

describe('R18.3 publicity period', () => {
  it('runs 5 working days from the day after publication, weekends not counted', () => {
    // Published Friday 2026-12-04 15:00 in Shanghai: Mon 7 – Fri 11 December; ends at Saturday's start.
    expect(publicityEndsAt(at('2026-12-04T15:00:00+08:00'), DEFAULT_POLICY)).toBe('2026-12-11T16:00:00.000Z');
    // Published late on a Sunday (Shanghai), which is still Sunday morning in UTC.
    expect(publicityEndsAt(at('2026-12-06T23:30:00+08:00'), DEFAULT_POLICY)).toBe('2026-12-11T16:00:00.000Z');
  });

  it('skips the policy’s public holidays', () => {
    const policy = derivePolicy(DEFAULT_POLICY, {
      id: 'holidays',
      publicHolidays: ['2026-12-08', '2026-12-09'],
    });
    expect(publicityEndsAt(at('2026-12-04T15:00:00+08:00'), policy)).toBe('2026-12-15T16:00:00.000Z');
  });

  it('takes a period in milliseconds where a drill sets one', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'drill', durations: { publicityPeriodMs: 1_000 } });
    expect(publicityEndsAt(at('2026-12-04T15:00:00+08:00'), policy)).toBe('2026-12-04T07:00:01.000Z');
  });
});
