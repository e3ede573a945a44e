// Which behaviour changes a project workflow runs with. Each `patched()` call in a new run records a
// marker and upserts the TemporalChangeVersion search attribute: two history events and a visibility
// write per patch, in every run of every project. So the patches are asked once, in a project's first
// run, and the answer travels across continue-as-new in the input; a project the API starts is
// given today's answer in its input and asks none. A later change adds a field to ProjectFeatures whose
// absence in a carried answer means the behaviour before it, sets it in `currentFeatures`, and makes a new
// `features-decided-once-vN` patch that stands for all current behaviour, asked first, for projects
// started without features.
import { patched } from '@temporalio/workflow';
import {
  CONTINUE_AS_NEW_AFTER_EVENTS,
  currentFeatures,
  type ProjectFeatures,
} from '../contract/project-workflow';

export interface FeatureDecision {
  upsertOnlyChanges: boolean;
  seededSearchAttributes: boolean;
  continueAsNewAfterEvents: number;
  upsertAfterRecord: boolean;
  sealedMessages: boolean;
  publicity: boolean;
  platformFilings: boolean;
  ledger: boolean;
  teamSteps: boolean;
  majorEventResponses: boolean;
  oversight: boolean;
  managerView: boolean;
  firstStepInOneTask: boolean;
  /** Asked where the code before `features-decided-once-v1` asked it, so older histories replay. */
  reminders: () => ProjectFeatures['reminders'];
}

/**
 * Call at the top of the workflow, before any handler is set (as the oldest patch was asked).
 * `continueAsNewAfterEvents` is the input's wish, taken only by a project that starts under this code.
 */
export function decideFeatures(
  carried: ProjectFeatures | undefined,
  continueAsNewAfterEvents = CONTINUE_AS_NEW_AFTER_EVENTS,
): FeatureDecision {
  if (carried)
    return {
      ...carried,
      continueAsNewAfterEvents: carried.continueAsNewAfterEvents ?? 0,
      upsertAfterRecord: carried.upsertAfterRecord ?? false,
      sealedMessages: carried.sealedMessages ?? false,
      publicity: carried.publicity ?? false,
      platformFilings: carried.platformFilings ?? false,
      ledger: carried.ledger ?? false,
      teamSteps: carried.teamSteps ?? false,
      majorEventResponses: carried.majorEventResponses ?? false,
      oversight: carried.oversight ?? false,
      managerView: carried.managerView ?? false,
      firstStepInOneTask: carried.firstStepInOneTask ?? false,
      reminders: () => carried.reminders,
    };
  // One patch stands for all current behaviour; the older ones are asked, in their old order and
  // places, only when replaying a history recorded before it.
  if (patched('features-decided-once-v9')) return current(continueAsNewAfterEvents);
  const sinceV8 = { firstStepInOneTask: false };
  if (patched('features-decided-once-v8')) return { ...current(continueAsNewAfterEvents), ...sinceV8 };
  const sinceV7 = { managerView: false, ...sinceV8 };
  if (patched('features-decided-once-v7')) return { ...current(continueAsNewAfterEvents), ...sinceV7 };
  const sinceV6 = { oversight: false, ...sinceV7 };
  if (patched('features-decided-once-v6')) return { ...current(continueAsNewAfterEvents), ...sinceV6 };
  const sinceV5 = { ledger: false, teamSteps: false, majorEventResponses: false, ...sinceV6 };
  if (patched('features-decided-once-v5')) return { ...current(continueAsNewAfterEvents), ...sinceV5 };
  const sinceV4 = { publicity: false, platformFilings: false, ...sinceV5 };
  if (patched('features-decided-once-v4')) return { ...current(continueAsNewAfterEvents), ...sinceV4 };
  const before = { upsertAfterRecord: false, sealedMessages: false, ...sinceV4 };
  if (patched('features-decided-once-v3'))
    return { ...current(continueAsNewAfterEvents), sealedMessages: false, ...sinceV4 };
  if (patched('features-decided-once-v2')) return { ...current(continueAsNewAfterEvents), ...before };
  if (patched('features-decided-once-v1')) return { ...current(0), ...before };
  return {
    upsertOnlyChanges: patched('search-attributes-on-change-v1'),
    seededSearchAttributes: false,
    continueAsNewAfterEvents: 0,
    ...before,
    reminders: () => (patched('reminders-v2') ? 'v2' : patched('reminders-v1') ? 'v1' : 'none'),
  };
}

/** Today's behaviour, with the continue-as-new threshold the project asked for. */
function current(continueAsNewAfterEvents: number): FeatureDecision {
  const features = currentFeatures(continueAsNewAfterEvents);
  return { ...features, reminders: () => features.reminders };
}
