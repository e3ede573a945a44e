// Stored histories of real lifecycles replay against today's workflow code: a change that would alter a
// running project's path fails here unless it sits behind patched() (house style, patching-api sample).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { dataConverter } from '../codec/data-converter';
import { bundleWorkflows } from '../worker/create-worker';
import { testKeyring } from './support/codec';
import { HISTORIES_DIR } from './support/lifecycle';

describe('replay of stored histories', () => {
  const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

  it('has representative histories: a full lifecycle, terminations and a horse race', () => {
    expect(files.some((f) => f.startsWith('project-full-lifecycle'))).toBe(true);
    expect(files.some((f) => f.startsWith('project-terminated-in-'))).toBe(true);
    expect(files.some((f) => f.startsWith('list-entry-horse-race'))).toBe(true);
  });

  it('replays every stored history without nondeterminism', async () => {
    const histories = files.map((file) => ({
      workflowId: file.replace(/\.json$/, ''),
      // The worker parses the CLI's JSON itself (historyFromJSON inside the SDK).
      history: JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8')) as unknown,
    }));
    const failures: string[] = [];
    let replayed = 0;
    // As the worker runs them: today's bundle and codec (older histories hold plain payloads, which the
    // codec passes through as they are; sealed ones open with the suite's keys, whatever workflow they were
    // sealed for, since a stored history replays under its file's name).
    const replayOptions = {
      workflowBundle: await bundleWorkflows(),
      dataConverter: dataConverter(testKeyring(), { bindToWorkflow: false }),
    };
    for await (const result of Worker.runReplayHistories(replayOptions, histories)) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(files.length);
  }, 120_000);
});
