// `npm run apikey -- create --user officer-wang --role programmeOfficer [--name "Wang Fang"] [--organisation ID]...`
// `npm run apikey -- revoke --user officer-wang`
// Prints a new key once; only its hash is stored.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApiKey } from '../api/auth';
import { DEFAULT_AUTH_CACHE_MS, loadConfigOrExit } from '../config/env';
import { Role } from '../contract/project';
import { revokeUserKeys } from '../db/api-keys';
import { migrate } from '../db/migrate';

const USAGE =
  'usage: npm run apikey -- create --user ID --role ROLE [--name NAME] [--organisation ORG]... | revoke --user ID';
const ISSUABLE = Role.options.filter((r) => r !== 'system');

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      user: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      // The organisations the key acts for: a project lead's institution, an authority's (R6.6, R7).
      organisation: { type: 'string', multiple: true },
    },
  });
  const [command] = positionals;
  if ((command !== 'create' && command !== 'revoke') || !values.user) throw new Error(USAGE);
  const config = loadConfigOrExit();
  await migrate(config.DATABASE_URL);
  const pool = new pg.Pool({ connectionString: config.DATABASE_URL });
  try {
    if (command === 'revoke') {
      const revoked = await revokeUserKeys(pool, values.user);
      console.log(
        `Revoked ${revoked} key(s) of ${values.user}; the API refuses them within AUTH_CACHE_MS (${DEFAULT_AUTH_CACHE_MS / 1000} s by default)`,
      );
      return;
    }
    const role = Role.safeParse(values.role);
    if (!role.success || role.data === 'system')
      throw new Error(`--role must be one of ${ISSUABLE.join(', ')}\n${USAGE}`);
    const key = await createApiKey(pool, {
      userId: values.user,
      role: role.data,
      name: values.name ?? values.user,
      organisations: values.organisation ?? [],
    });
    console.log(key);
  } finally {
    await pool.end();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
