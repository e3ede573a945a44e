// A PostgreSQL pool that survives the server dropping connections: pg emits 'error' on idle clients the
// server terminates, and an unhandled 'error' would crash the whole worker or API process.
import pg from 'pg';

export function createPool(
  connectionString: string,
  max = 10,
  log: (line: string) => void = console.warn,
): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5_000 });
  pool.on('error', (err) =>
    log(`PostgreSQL dropped an idle connection (the pool will open a new one): ${err.message}`),
  );
  return pool;
}
