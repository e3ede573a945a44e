// A project's current details in the Temporal UI: in business words, zh-CN first and English after, what it
// waits for, from whom (by name where known) and by when (Asia/Shanghai). Markdown, rewritten at every step.
import { actionName, ROLE_NAMES, STAGE_NAMES } from '../../contract/action-names';
import type { PendingAction, ProjectState } from '../../contract/project-workflow';
import { shanghaiTime } from './summaries';

const ownerOf = (a: PendingAction): { zh: string; en: string } => {
  const role = ROLE_NAMES[a.ownerRole];
  const who = a.ownerName ?? a.ownerId ?? a.ownerOrganisationId;
  return who
    ? { zh: `${role['zh-CN']} ${who}`, en: `${role.en} (${who})` }
    : { zh: role['zh-CN'], en: role.en };
};

/** One line per step owed; the experts' scores as one line with how many are in. */
function waitingLines(state: ProjectState, actions: PendingAction[], now: number): string[] {
  const lines: string[] = [];
  const scores = actions.filter((a) => a.action === 'submitReviewScore');
  if (scores.length) {
    const panel = state.panel?.expertIds.length ?? scores.length;
    const scored = panel - scores.length;
    const due = scores[0]!.deadline;
    lines.push(
      `- 等待专家评分：已评 ${scored}/${panel}${due ? `，截止 ${shanghaiTime(due)}` : ''} · ` +
        `waiting for expert scores: ${scored} of ${panel} scored${due ? `, due ${shanghaiTime(due)}` : ''}`,
    );
  }
  for (const a of actions) {
    if (a.action === 'submitReviewScore') continue;
    const what = actionName(a.action);
    const owner = ownerOf(a);
    const late = a.deadline !== undefined && Date.parse(a.deadline) <= now;
    const due = a.deadline
      ? late
        ? { zh: `，已于 ${shanghaiTime(a.deadline)} 逾期`, en: `, overdue since ${shanghaiTime(a.deadline)}` }
        : { zh: `，截止 ${shanghaiTime(a.deadline)}`, en: `, due ${shanghaiTime(a.deadline)}` }
      : { zh: '', en: '' };
    lines.push(
      `- ${late ? '**逾期** ' : ''}等待${owner.zh}${what['zh-CN']}${due.zh} · ` +
        `${late ? '**overdue** ' : ''}waiting for ${owner.en} to ${what.en}${due.en}`,
    );
  }
  return lines;
}

/** The details for the project as it is now; `actions` are its pending actions with owners' names. */
export function currentDetails(state: ProjectState, actions: PendingAction[], now: number): string {
  const stage = STAGE_NAMES[state.stage];
  const head = `**阶段：${stage['zh-CN']}** · stage: ${stage.en} (时间为北京时间 · times Asia/Shanghai)`;
  if (state.stage === 'terminated' && state.termination)
    return `${head}\n\n项目已终止 · terminated: ${state.termination.reason} (${state.termination.ruleIds.join(', ')})`;
  if (state.stage === 'rejected')
    return `${head}\n\n未立项 · not funded${state.rejection ? `: ${state.rejection.basis}` : ''}`;
  if (state.stage === 'closed') return `${head}\n\n已结项，后评估完成 · closed after post-evaluation`;
  const lines = waitingLines(state, actions, now);
  return lines.length
    ? `${head}\n\n${lines.join('\n')}`
    : `${head}\n\n无待办事项，等待下一节点 · nothing owed now; waiting for the next date`;
}
