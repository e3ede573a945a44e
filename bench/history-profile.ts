// What a set of workflows asked of the Temporal server, read from their histories (every run of each
// workflow ID). The baseline is shaped from the product's profile, and both profiles are printed so a
// throughput gap can be traced to the work behind it.
import type { Client } from '@temporalio/client';
import { optionalTsToMs } from '@temporalio/common/lib/time';
import type { BaselineShape } from './baseline-workflow';

export interface HistoryProfile {
  runs: number;
  events: number;
  largestRunEvents: number;
  workflowTasks: number;
  activities: number;
  timersStarted: number;
  /** How long each timer that fired (rather than being cancelled) waited. */
  firedTimerMs: number[];
  updates: number;
  signalsReceived: number;
  searchAttributeUpserts: number;
}

export async function profileWorkflows(client: Client, workflowIds: string[]): Promise<HistoryProfile> {
  const p: HistoryProfile = {
    runs: 0,
    events: 0,
    largestRunEvents: 0,
    workflowTasks: 0,
    activities: 0,
    timersStarted: 0,
    firedTimerMs: [],
    updates: 0,
    signalsReceived: 0,
    searchAttributeUpserts: 0,
  };
  for (const workflowId of workflowIds) {
    for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
      const events = (await client.workflow.getHandle(run.workflowId, run.runId).fetchHistory()).events ?? [];
      p.runs++;
      p.events += events.length;
      p.largestRunEvents = Math.max(p.largestRunEvents, events.length);
      const timerMs = new Map<string, number>();
      for (const e of events) {
        if (e.workflowTaskCompletedEventAttributes) p.workflowTasks++;
        if (e.activityTaskScheduledEventAttributes) p.activities++;
        if (e.timerStartedEventAttributes) {
          p.timersStarted++;
          timerMs.set(
            String(e.eventId),
            optionalTsToMs(e.timerStartedEventAttributes.startToFireTimeout) ?? 0,
          );
        }
        if (e.timerFiredEventAttributes)
          p.firedTimerMs.push(timerMs.get(String(e.timerFiredEventAttributes.startedEventId)) ?? 0);
        if (e.workflowExecutionUpdateAcceptedEventAttributes) p.updates++;
        if (e.workflowExecutionSignaledEventAttributes) p.signalsReceived++;
        if (e.upsertWorkflowSearchAttributesEventAttributes) p.searchAttributeUpserts++;
      }
    }
  }
  return p;
}

/** The baseline does the same Temporal work: as many activities, updates, signals and timers. */
export const shapeOf = (p: HistoryProfile): BaselineShape => ({
  activities: p.activities,
  timers: p.timersStarted,
  firedTimerMs: p.firedTimerMs,
  updates: p.updates,
  signals: p.signalsReceived,
});

/**
 * The middle one of several lifecycles by the work they asked for. Lifecycles differ a little: a reminder
 * due the moment a stage begins is sent, or re-planned away when staff act first; the baseline copies a
 * typical one rather than whichever finished first.
 */
export function typicalProfile(profiles: HistoryProfile[]): HistoryProfile {
  const work = (p: HistoryProfile) => p.activities + p.timersStarted + p.firedTimerMs.length;
  const sorted = [...profiles].sort((a, b) => work(a) - work(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Per-workflow averages of several profiles, for printing. */
export function averageProfile(profiles: HistoryProfile[]): Record<string, number> {
  const n = profiles.length || 1;
  const sum = (f: (p: HistoryProfile) => number) =>
    Math.round((profiles.reduce((a, p) => a + f(p), 0) / n) * 10) / 10;
  return {
    runs: sum((p) => p.runs),
    events: sum((p) => p.events),
    largestRunEvents: Math.max(0, ...profiles.map((p) => p.largestRunEvents)),
    workflowTasks: sum((p) => p.workflowTasks),
    activities: sum((p) => p.activities),
    timersStarted: sum((p) => p.timersStarted),
    timersFired: sum((p) => p.firedTimerMs.length),
    updates: sum((p) => p.updates),
    signalsReceived: sum((p) => p.signalsReceived),
    searchAttributeUpserts: sum((p) => p.searchAttributeUpserts),
  };
}
