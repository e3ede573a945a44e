// R3: a call list is demonstrated (论证) before it is published. The panel is drawn from the kinds the policy
// names; its enterprise experts' share is a target, reported and never used to refuse; only a passing
// opinion on the entry as it stands lets it be published.
import { z } from 'zod';
import type { Violation } from './violation';

/** R3: industry, platform, association, enterprise, technical, finance, end-user and investor experts. */
export const DemonstrationExpertKind = z.enum([
  'industry',
  'platform',
  'association',
  'enterprise',
  'technical',
  'finance',
  'endUser',
  'investor',
]);
export type DemonstrationExpertKind = z.infer<typeof DemonstrationExpertKind>;

export const DemonstrationOpinion = z.enum(['pass', 'revise']);
export type DemonstrationOpinion = z.infer<typeof DemonstrationOpinion>;

/** The enterprise experts' share of a panel, in basis points (R3, R9: it should rise). */
export function enterpriseShareBp(panel: ReadonlyArray<{ kind: string }>): number {
  if (panel.length === 0) return 0;
  return Math.round((panel.filter((m) => m.kind === 'enterprise').length * 10_000) / panel.length);
}

/** What a demonstration said of one entry, at the revision it saw. */
export interface EntryDemonstration {
  opinion: DemonstrationOpinion;
  revision: number;
}

/**
 * R3: an entry is published only when its latest demonstration passed it as it stands now: a 'revise'
 * opinion, or a revision of the entry after the demonstration, needs another demonstration first.
 */
export function checkDemonstrated(
  latest: EntryDemonstration | undefined,
  currentRevision: number,
): Violation[] {
  const refuse = (actual: string, zh: string, en: string): Violation[] => [
    {
      ruleId: 'R3',
      fields: ['demonstration'],
      required: `a passing demonstration of revision ${currentRevision}`,
      actual,
      message: { 'zh-CN': zh, en },
    },
  ];
  if (!latest) {
    return refuse(
      'not demonstrated',
      '榜单条目须经论证后方可发布',
      'A list entry is published only after its demonstration',
    );
  }
  if (latest.opinion !== 'pass') {
    return refuse(
      `the latest demonstration asked for revision`,
      '论证意见为修改完善，修改后须重新论证',
      'The demonstration asked for revision: revise the entry and demonstrate it again',
    );
  }
  if (latest.revision !== currentRevision) {
    return refuse(
      `demonstrated at revision ${latest.revision}`,
      '条目在论证后已修改，须重新论证',
      'The entry changed after its demonstration: demonstrate it again',
    );
  }
  return [];
}
