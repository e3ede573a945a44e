// R1: an entry's strategic field, and its application window: when it closes and who is on time.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  applicationWindowClosesAt,
  checkApplicationDeadline,
  checkStrategicField,
  derivePolicy,
  submittedOnTime,
} from '../../rules';

describe('R1 strategic fields', () => {
  it('publishes an entry of one of the policy’s fields and refuses any other, naming R1', () => {
    expect(checkStrategicField('integratedCircuits', DEFAULT_POLICY)).toEqual([]);
    const [violation] = checkStrategicField('astrology', DEFAULT_POLICY);
    expect(violation).toMatchObject({ ruleId: 'R1', fields: ['strategicField'], actual: 'astrology' });
    expect(violation!.message['zh-CN']).toContain('战略领域');
  });
});

describe('R1 application window', () => {
  const publishedAt = new Date('2026-03-01T02:00:00Z');

  it('closes at the end of the deadline’s day in Asia/Shanghai', () => {
    expect(applicationWindowClosesAt('2026-03-31', publishedAt, DEFAULT_POLICY)).toBe(
      '2026-03-31T16:00:00.000Z',
    );
  });

  it('closes after the policy’s window when the entry names no deadline', () => {
    const policy = derivePolicy(DEFAULT_POLICY, { id: 'short', durations: { applicationWindowMs: 60_000 } });
    expect(applicationWindowClosesAt(undefined, publishedAt, policy)).toBe('2026-03-01T02:01:00.000Z');
  });

  it('is on time strictly before the close, whenever the project’s workflow starts', () => {
    const closesAt = '2026-03-31T16:00:00.000Z';
    expect(submittedOnTime('2026-03-31T15:59:59.999Z', closesAt)).toBe(true);
    expect(submittedOnTime(closesAt, closesAt)).toBe(false);
  });

  it('refuses, naming R1, a deadline whose day is over when the entry is published', () => {
    // 2026-03-01 10:00 in Asia/Shanghai: that day's deadline still leaves the rest of the day.
    expect(checkApplicationDeadline('2026-03-01', publishedAt, DEFAULT_POLICY)).toEqual([]);
    expect(checkApplicationDeadline(undefined, publishedAt, DEFAULT_POLICY)).toEqual([]);
    const [violation] = checkApplicationDeadline('2026-02-28', publishedAt, DEFAULT_POLICY);
    expect(violation).toMatchObject({ ruleId: 'R1', fields: ['applicationDeadline'], actual: '2026-02-28' });
  });
});
