// R6.6: the recommending authority (归口管理单位) commits, in its recommendation letter, to the matching the
// application counts on: at least the R6.1 local match and the R6.2 institution match it states.
import type { Budget } from './domain';
import { formatYuan } from './money';
import type { Violation } from './violation';

export interface MatchingCommitment {
  localMatch: number;
  institutionMatch: number;
}

export function checkMatchingCommitment(budget: Budget, commitment: MatchingCommitment): Violation[] {
  const parts = [
    { key: 'localMatch', zh: '地方联动支持', en: 'local match', needed: budget.localMatch },
    { key: 'institutionMatch', zh: '单位配套', en: 'institution match', needed: budget.institutionMatch },
  ] as const;
  return parts
    .filter((p) => commitment[p.key] < p.needed)
    .map((p) => ({
      ruleId: 'R6.6' as const,
      fields: [`commitment.${p.key}`],
      required: `at least the ${formatYuan(p.needed)} the application states`,
      actual: formatYuan(commitment[p.key]),
      message: {
        'zh-CN': `归口管理单位承诺的${p.zh}不得低于申报书所列的${formatYuan(p.needed)}`,
        en: `The recommending authority commits to at least the ${formatYuan(p.needed)} ${p.en} the application states`,
      },
    }));
}
