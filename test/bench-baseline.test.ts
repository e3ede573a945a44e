// The bench compares gongguan with a bare workflow shaped from a lifecycle's history. That
// comparison is only fair if the baseline asks the server for the work its shape says: as many activities,
// timers (fired and cancelled), updates and signals.
import { randomUUID } from 'node:crypto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baselineSignal, baselineUpdate, type BaselineShape } from '../bench/baseline-workflow';
import { profileWorkflows, shapeOf } from '../bench/history-profile';
import { createHarness, type Harness } from './support/harness';
import { dataConverter } from '../codec/data-converter';
import { testKeyring } from './support/codec';

describe('bench baseline', () => {
  let h: Harness;
  let native: NativeConnection;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `baseline-${randomUUID()}`;

  beforeAll(async () => {
    h = await createHarness();
    native = await NativeConnection.connect({ address: inject('temporalAddress') });
    worker = await Worker.create({
      connection: native,
      namespace: h.namespace,
      taskQueue,
      workflowsPath: new URL('../bench/workflows.ts', import.meta.url).pathname,
      activities: { noop: async (x: number) => x },
      // The suite's client seals what it sends, as the bench's does.
      dataConverter: dataConverter(testKeyring()),
    });
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await native?.close();
    await h?.close();
  });

  it('asks the server for exactly the work of its shape, moot timers included', async () => {
    // More timers than fired ones and waits (one per message): the rest stand for moot deadlines.
    const shape: BaselineShape = { activities: 6, timers: 9, firedTimerMs: [200, 1], updates: 3, signals: 1 };
    const handle = await h.client.workflow.start('baselineWorkflow', {
      taskQueue,
      workflowId: `baseline-${randomUUID()}`,
      args: [shape],
    });
    // Driven as the bench drives it: each update after the last has returned, then the signals.
    for (let u = 0; u < shape.updates; u++) await handle.executeUpdate(baselineUpdate, { args: [u] });
    for (let s = 0; s < shape.signals; s++) await handle.signal(baselineSignal, s);
    expect(await handle.result()).toBe(shape.updates + shape.signals);

    const done = shapeOf(await profileWorkflows(h.client, [handle.workflowId]));
    expect({ ...done, firedTimerMs: done.firedTimerMs.length }).toEqual({
      ...shape,
      firedTimerMs: shape.firedTimerMs.length,
    });
    expect(done.firedTimerMs).toEqual(shape.firedTimerMs);
  });
});
