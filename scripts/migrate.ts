// `npm run db:migrate`: create the database if needed and apply pending migrations.
import { loadConfigOrExit } from '../config/env';
import { migrate } from '../db/migrate';

const config = loadConfigOrExit();
migrate(config.DATABASE_URL, console.log)
  .then((applied) =>
    console.log(applied.length ? `${applied.length} migration(s) applied` : 'Database is up to date'),
  )
  .catch((err: unknown) => {
    console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
