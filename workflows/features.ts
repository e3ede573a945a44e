// Which behaviour changes a project workflow runs with. Each `patched()` call in a new run records a
// marker and upserts the TemporalChangeVersion search attribute: two history events and a visibility
// write per patch, in every run of every project. So the patches are asked once, in a project's first
// run, and the answer travels across continue-as-new in the input (issue 7). A later change adds a field
// to ProjectFeatures and its own patch, asked in a first run, and in a later run only when the carried
// answer has no such field (it was decided before the change).
import { patched } from '@temporalio/workflow';
import type { ProjectFeatures } from '../contract/project-workflow';

export interface FeatureDecision {
  upsertOnlyChanges: boolean;
  seededSearchAttributes: boolean;
  /** Asked where the code before `features-decided-once-v1` asked it, so older histories replay. */
  reminders: () => ProjectFeatures['reminders'];
}

/** Call at the top of the workflow, before any handler is set (as the oldest patch was asked). */
export function decideFeatures(carried: ProjectFeatures | undefined): FeatureDecision {
  if (carried) return { ...carried, reminders: () => carried.reminders };
  // This one patch stands for all current behaviour; the older patches are asked, in their old order
  // and places, only when replaying a history recorded before it.
  if (patched('features-decided-once-v1'))
    return { upsertOnlyChanges: true, seededSearchAttributes: true, reminders: () => 'v2' };
  return {
    upsertOnlyChanges: patched('search-attributes-on-change-v1'),
    seededSearchAttributes: false,
    reminders: () => (patched('reminders-v2') ? 'v2' : patched('reminders-v1') ? 'v1' : 'none'),
  };
}
