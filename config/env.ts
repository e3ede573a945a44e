// The one place that reads process.env. Everything else receives the typed Config.
// Parsing lists every bad or missing value at once (graphql-hive `environment.ts` habit).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** How long the API trusts a resolved key without asking the database again (AUTH_CACHE_MS). */
export const DEFAULT_AUTH_CACHE_MS = 10_000;

const port = z.coerce.number().int().min(1).max(65535);

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .default('postgres://postgres@127.0.0.1:5432/gongguan'),
  TEMPORAL_ADDRESS: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'must be host:port, for example 127.0.0.1:7233')
    .default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('gongguan-projects'),
  TEMPORAL_UI_PORT: port.default(8233),
  /**
   * Which Temporal `scripts/start`, the tests and the bench run when none answers at TEMPORAL_ADDRESS:
   * `dev`, the CLI's dev server (SQLite, one process), or `cluster`, a real server persisted in this
   * PostgreSQL (databases `temporal` and `temporal_visibility`), each service a process of its own, and
   * the read-only UI server (scripts/lib/temporal-cluster.ts).
   */
  GONGGUAN_TEMPORAL: z.enum(['dev', 'cluster']).default('dev'),
  /**
   * Workflows kept in the worker's sticky cache. A project workflow costs ~2.5 MiB cached (measured by
   * `npm run bench`), so the SDK's heap-based default (~2,000 on this machine) would hold ~5 GiB; an evicted
   * project replays its short history (one phase, a few hundred events) on its next task.
   */
  WORKER_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(100_000).default(500),
  // Explicit path to a `temporal` CLI binary; otherwise PATH, then the cache (scripts/temporal-cli.ts).
  TEMPORAL_CLI: z.string().min(1).optional(),
  GONGGUAN_CACHE_DIR: z
    .string()
    .min(1)
    .default(join(homedir(), '.cache', 'gongguan')),
  // Where the local dev server keeps its SQLite file, so projects survive restarts.
  GONGGUAN_DATA_DIR: z.string().min(1).default(join(process.cwd(), '.data')),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  /** A request whose first attempt has not answered after this long may be retried with the same key. */
  IDEMPOTENCY_STALE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /** A revoked API key stops working within this long: resolved keys are remembered for it (0: never). */
  AUTH_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(DEFAULT_AUTH_CACHE_MS),
  /** Reminders by e-mail when set, e.g. smtp://user:pass@mail.example:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  REMINDER_FROM: z.string().min(3).default('gongguan <noreply@gongguan.local>'),
  REMINDER_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** How long a claimed reminder may stay unsent before another sender takes it over. */
  REMINDER_CLAIM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** How often the worker looks for project workflows closed outside the API (Temporal's own buttons). */
  OUTSIDE_CLOSURE_CHECK_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** The daily digest's time of day, as a cron expression in Asia/Shanghai. */
  DIGEST_CRON: z.string().min(9).default('0 9 * * *'),
  /**
   * The payload codec's keys, `id=<base64 of 32 bytes>` separated by commas, the current key first (the
   * others still open what they sealed). Unset: the key file in GONGGUAN_DATA_DIR that `scripts/start`
   * makes for a dev machine. Never in the repository.
   */
  GONGGUAN_CODEC_KEYS: z.string().min(1).optional(),
  /**
   * Browser origins of the Temporal UI that may call the codec endpoint, separated by commas. Unset: the
   * local UI on TEMPORAL_UI_PORT.
   */
  CODEC_CORS_ORIGINS: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof EnvSchema>;

/** Every variable the code reads (docker-compose.yml is checked against this list). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape) as Array<keyof Config>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`),
  );
}

/** For process entry points: a readable message and exit code 1 instead of a stack trace. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** The same server with another database name: tests and `db:migrate --create` need the maintenance DB. */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || 'postgres';
}

/** The Temporal UI origins the codec endpoint answers (CODEC_CORS_ORIGINS, else the local UI). */
export const codecOrigins = (config: Config): string[] =>
  config.CODEC_CORS_ORIGINS
    ? config.CODEC_CORS_ORIGINS.split(',').map((origin) => origin.trim())
    : [`http://127.0.0.1:${config.TEMPORAL_UI_PORT}`, `http://localhost:${config.TEMPORAL_UI_PORT}`];
