// A contract's milestones as the workflow tracks them: sorted by due date, each pending until its check.
import type { ContractMilestone } from '../../contract/project';
import type { MilestoneState } from '../../contract/project-workflow';
import { invalidTransition } from '../failures';

export function toMilestones(milestones: ContractMilestone[]): MilestoneState[] {
  return milestones
    .map((milestone) => ({
      ...milestone,
      dueAt: new Date(Date.parse(milestone.dueAt)).toISOString(),
      status: 'pending' as const,
    }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** Ids unique, every milestone due in the future and no later than the contract's end. */
export function validateMilestones(milestones: ContractMilestone[], contractEndsAt: string): void {
  const ids = new Set(milestones.map((milestone) => milestone.id));
  if (ids.size !== milestones.length) throw invalidTransition('Milestone ids must be unique');
  for (const milestone of milestones) {
    if (!(Date.parse(milestone.dueAt) > Date.now()))
      throw invalidTransition(`Milestone ${milestone.id} is due in the past`);
    if (Date.parse(milestone.dueAt) > Date.parse(contractEndsAt))
      throw invalidTransition(`Milestone ${milestone.id} is due after the contract ends`);
  }
}
