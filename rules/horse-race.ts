// R13 horse race (赛马): two or more approved projects of one entry, of comparable level and clearly
// different technical routes, each inspected on site before the decision and each judged at the stage
// gate against the stage goals its contract set.
import type { Violation } from './violation';

const route = (r: string) => r.trim().toLowerCase().replace(/\s+/g, ' ');

/** R13 at the decision: the team declared its route, was inspected on site, and its route is its own. */
export function checkHorseRaceCandidate(
  candidate: { technicalRoute?: string | undefined; inspected: boolean; comparableLevel?: boolean },
  rivalRoutes: readonly string[],
): Violation[] {
  const out: Violation[] = [];
  const refuse = (fields: string[], required: string, actual: string, zh: string, en: string) =>
    out.push({ ruleId: 'R13', fields, required, actual, message: { 'zh-CN': zh, en } });
  if (!candidate.technicalRoute) {
    refuse(
      ['technicalRoute'],
      'the technical route the team takes',
      'none declared',
      '赛马项目须在申报书中明确技术路线',
      'A horse-race project declares its technical route',
    );
  } else if (rivalRoutes.some((r) => route(r) === route(candidate.technicalRoute!))) {
    refuse(
      ['technicalRoute'],
      'a route different from every other team of the race',
      candidate.technicalRoute,
      '赛马项目的技术路线须明显不同',
      'The teams of a horse race take clearly different technical routes',
    );
  }
  if (!candidate.inspected) {
    refuse(
      ['onSiteInspection'],
      'an on-site inspection before the decision',
      'not inspected',
      '赛马项目须经现场考察后方可立项',
      'A horse-race project is inspected on site before it is approved',
    );
  } else if (candidate.comparableLevel === false) {
    refuse(
      ['onSiteInspection.comparableLevel'],
      'a team of comparable level',
      'the inspection found it not comparable',
      '现场考察认为该团队水平不相当，不宜并行支持',
      'The inspection found the team not of comparable level for a parallel award',
    );
  }
  return out;
}

/** R13 at the contract: a horse-race team's contract sets the stage goals its gate will judge. */
export function checkStageGoals(stageGoals: readonly unknown[] | undefined): Violation[] {
  if (stageGoals && stageGoals.length > 0) return [];
  return [
    {
      ruleId: 'R13',
      fields: ['stageGoals'],
      required: 'at least one stage goal',
      actual: 'none',
      message: {
        'zh-CN': '赛马项目的任务书须设定阶段性目标',
        en: 'A horse-race contract sets the stage goals the stage gate judges',
      },
    },
  ];
}

/** R13 at the stage gate: a race is two or more teams. */
export function checkRaceSize(members: number): Violation[] {
  if (members >= 2) return [];
  return [
    {
      ruleId: 'R13',
      fields: ['passed', 'failed'],
      required: 'a race of at least two approved teams',
      actual: `${members} team(s)`,
      message: {
        'zh-CN': '赛马须有两个及以上项目并行',
        en: 'A horse race has two or more teams in parallel',
      },
    },
  ];
}
