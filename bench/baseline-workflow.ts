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
  workflowInfo,
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
  // The timers no wait below accounts for stand for deadlines that a later stage change made moot: started
  // now and cancelled at the end. A timer started and cancelled within one workflow task never reaches the
  // server, so each is cancelled only after the messages, and a wait that a message ended within the task
  // that started it is made up for by one more (the baseline came out 2–3 timers short of the lifecycle).
  const moot = new CancellationScope();
  const mootTimers: Array<Promise<void>> = [];
  const startMootTimer = () =>
    mootTimers.push(
      moot
        .run(() => sleep('1 day'))
        .catch((err: unknown) => {
          if (!isCancellation(err)) throw err;
        }),
    );
  const waits = shape.updates + shape.signals;
  for (let i = shape.firedTimerMs.length + waits; i < shape.timers; i++) startMootTimer();
  // Each wait is a deadline timer overtaken by the next message, as in the product.
  while (updates < shape.updates || signals < shape.signals) {
    const seen = updates + signals;
    const task = workflowInfo().historyLength;
    await condition(() => updates + signals > seen, '1 day');
    if (workflowInfo().historyLength === task) startMootTimer();
  }
  moot.cancel();
  await Promise.all(mootTimers);
  // As the product's workflows do: an update whose handler is still running is not cut off.
  await condition(allHandlersFinished);
  return updates + signals;
}
