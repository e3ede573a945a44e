// Creates the database when it is missing and applies the numbered SQL migrations in db/migrations with
// node-pg-migrate (never by hand). Safe to run concurrently: node-pg-migrate holds an advisory lock.
import { join } from 'node:path';
import pg from 'pg';
import { runner } from 'node-pg-migrate';
import { databaseName, withDatabase } from '../config/env';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  const admin = new pg.Client({ connectionString: withDatabase(databaseUrl, 'postgres') });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    } catch (err) {
      // Another process created it between our look and our create.
      if ((err as { code?: string }).code !== '42P04') throw err;
    }
    return true;
  } finally {
    await admin.end();
  }
}

export async function migrate(
  databaseUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const created = await ensureDatabase(databaseUrl);
  if (created) log(`Created database ${databaseName(databaseUrl)}`);
  const applied = await runner({
    databaseUrl,
    dir: MIGRATIONS_DIR,
    direction: 'up',
    migrationsTable: 'pgmigrations',
    checkOrder: true,
    log: () => undefined,
  });
  for (const m of applied) log(`Applied migration ${m.name}`);
  return applied.map((m) => m.name);
}
