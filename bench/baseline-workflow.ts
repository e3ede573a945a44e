// The bare-Temporal ceiling for the lifecycle benchmark: the same number of timers, updates, signals and
// activity calls as one project's lifecycle (its project and list-entry workflows), with no business
// logic, no database and no API. The timers that fired in the product (the application window) fire here
// after as long, and no update completes before they have; the rest, like the product's deadlines, are
// started and then overtaken by the human step they wait for.
import {
  CancellationScope,
  allHandlersFinished,
  condition,
  defineSignal,
  defineUpdate,
  isCancellation,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';

export interface BaselineShape {
  activities: number;
  timers: number;
  firedTimerMs: number[];
  updates: number;
  signals: number;
}

export const baselineUpdate = defineUpdate<number, [number]>('baselineUpdate');
export const baselineSignal = defineSignal<[number]>('baselineSignal');

const { noop } = proxyActivities<{ noop(n: number): Promise<number> }>({ startToCloseTimeout: '30 seconds' });

export async function baselineWorkflow(shape: BaselineShape): Promise<number> {
  let updates = 0;
  let signals = 0;
  let waited = false;
  setHandler(
    baselineUpdate,
    async (n) => {
      await condition(() => waited);
      updates++;
      await noop(n);
      return n;
    },
    { validator: (n) => void n },
  );
  setHandler(baselineSignal, () => void signals++);
  for (let i = 0; i < shape.activities - shape.updates; i++) await noop(i);
  for (const ms of shape.firedTimerMs) await sleep(ms);
  waited = true;
  // Each wait is a deadline timer overtaken by the next message, as in the product.
  let waits = shape.firedTimerMs.length;
  while (updates < shape.updates || signals < shape.signals) {
    const seen = updates + signals;
    await condition(() => updates + signals > seen, '1 day');
    waits++;
  }
  // The remaining timers are started and cancelled, as deadlines that a stage change made moot.
  for (; waits < shape.timers; waits++) {
    const scope = new CancellationScope();
    const timer = scope.run(() => sleep('1 day'));
    scope.cancel();
    await timer.catch((err: unknown) => {
      if (!isCancellation(err)) throw err;
    });
  }
  // As the product's workflows do: an update whose handler is still running is not cut off.
  await condition(allHandlersFinished);
  return updates + signals;
}
