// Finds the `temporal` CLI, or builds the pinned version into a cache outside the clone. Later CLI
// versions carry a `replace` directive and cannot be `go install`ed, hence the pin.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const MODULE = `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`;

const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export const cachedCliPath = (cacheDir: string): string =>
  join(cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}`, 'temporal');

/** TEMPORAL_CLI, then PATH, then the cache; builds into the cache when none is found. */
export async function ensureTemporalCli(opts: {
  explicitPath?: string;
  cacheDir: string;
  log: (line: string) => void;
}): Promise<string> {
  if (opts.explicitPath) {
    if (!isExecutable(opts.explicitPath))
      throw new Error(`TEMPORAL_CLI=${opts.explicitPath} is not an executable file`);
    return opts.explicitPath;
  }
  const found = onPath('temporal');
  if (found) return found;
  const cached = cachedCliPath(opts.cacheDir);
  if (isExecutable(cached)) return cached;

  if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      'No `temporal` CLI found and Go is not installed to build it: install Go, or set TEMPORAL_CLI.',
    );
  }
  const binDir = join(opts.cacheDir, `temporal-cli-${TEMPORAL_CLI_VERSION}`);
  mkdirSync(binDir, { recursive: true });
  opts.log(
    `Building the Temporal CLI ${TEMPORAL_CLI_VERSION} into ${binDir} (first run only; a few minutes)...`,
  );
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['install', MODULE], {
      env: { ...process.env, GOBIN: binDir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const progress = setInterval(
      () => opts.log(`  still building the Temporal CLI (${Math.round((Date.now() - started) / 1000)} s)...`),
      30_000,
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(progress);
      if (code === 0) resolve();
      else reject(new Error(`go install ${MODULE} failed with exit code ${code}`));
    });
  });
  if (!isExecutable(cached)) throw new Error(`go install finished but ${cached} is missing`);
  opts.log(`Built the Temporal CLI in ${Math.round((Date.now() - started) / 1000)} s: ${cached}`);
  return cached;
}
