// What a repository needs of PostgreSQL: a pool, or a client inside a transaction.
import type { Pool, PoolClient } from 'pg';

export type Queryable = Pick<Pool, 'query'> | PoolClient;

/** Runs `work` in one transaction on a client of the pool: committed when it returns, rolled back if it throws. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Whether PostgreSQL answers (the health check). */
export async function ping(pool: Pool): Promise<void> {
  await pool.query('SELECT 1');
}
