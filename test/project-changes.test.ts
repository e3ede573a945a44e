// The API's long-poll feed against the real PostgreSQL: woken by NOTIFY (the re-read interval is set far
// beyond the test's timeout, so only a notification can end a wait in time), and back after its LISTEN
// connection is killed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createProjectChangeFeed, type ProjectChangeFeed } from '../api/project-changes';
import { PROJECT_CHANGED_CHANNEL } from '../db/channels';
import { eventually, uniqueId } from './support/harness';

describe('project change feed (LISTEN/NOTIFY)', () => {
  const applicationName = uniqueId('feed-test');
  let pool: pg.Pool;
  let feed: ProjectChangeFeed;
  const versions = new Map<string, number>();
  const read = (code: string) => async () => versions.get(code);
  const change = async (code: string) => {
    const version = (versions.get(code) ?? 0) + 1;
    versions.set(code, version);
    await pool.query('SELECT pg_notify($1, $2)', [PROJECT_CHANGED_CHANNEL, `${code}:${version}`]);
  };

  beforeAll(() => {
    pool = new pg.Pool({ connectionString: inject('databaseUrl'), application_name: applicationName });
    feed = createProjectChangeFeed(pool, { recheckMs: 600_000, log: () => undefined });
  });
  afterAll(async () => {
    await feed.close();
    await pool.end();
  });

  it('answers at once when the version is already past, and at the notification otherwise', async () => {
    versions.set('ZJ-2026-90001', 3);
    await expect(feed.waitForChange('ZJ-2026-90001', 2, 600_000, read('ZJ-2026-90001'))).resolves.toBe(true);

    const waiting = feed.waitForChange('ZJ-2026-90001', 3, 600_000, read('ZJ-2026-90001'));
    await change('ZJ-2026-90002'); // another project's change does not end this wait
    await change('ZJ-2026-90001');
    await expect(waiting).resolves.toBe(true);
  });

  it('ends unchanged after the timeout, or when the caller goes away', async () => {
    versions.set('ZJ-2026-90003', 1);
    await expect(feed.waitForChange('ZJ-2026-90003', 1, 200, read('ZJ-2026-90003'))).resolves.toBe(false);
    const gone = new AbortController();
    const waiting = feed.waitForChange('ZJ-2026-90003', 1, 600_000, read('ZJ-2026-90003'), gone.signal);
    gone.abort();
    await expect(waiting).resolves.toBe(false);
  });

  it('listens again after its connection is killed, and wakes waiters meanwhile', async () => {
    versions.set('ZJ-2026-90004', 1);
    await feed.waitForChange('ZJ-2026-90004', 0, 0, read('ZJ-2026-90004')); // connects the listener
    const killed = await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = $1 AND query LIKE 'LISTEN%'`,
      [applicationName],
    );
    expect(killed.rowCount).toBe(1);
    // The next wait connects a new listener; a notification sent once it listens ends the wait.
    const waiting = feed.waitForChange('ZJ-2026-90004', 1, 600_000, read('ZJ-2026-90004'));
    await eventually(async () => {
      const { rowCount } = await pool.query(
        `SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'`,
        [applicationName],
      );
      return rowCount === 1 ? true : undefined;
    });
    await change('ZJ-2026-90004');
    await expect(waiting).resolves.toBe(true);
  });
});
