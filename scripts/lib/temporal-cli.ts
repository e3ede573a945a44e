// Finds the `temporal` CLI (its dev server is the default Temporal of `scripts/start` and the tests), or
// builds the pinned version into the cache. Later CLI versions carry a `replace` directive and cannot be
// `go install`ed, hence the pin.
import { delimiter, join } from 'node:path';
import { ensureGoBinary, isExecutable, type GoBinary } from './go-binaries';

export const TEMPORAL_CLI_VERSION = 'v1.5.1';
const TEMPORAL_CLI: GoBinary = {
  label: `the Temporal CLI ${TEMPORAL_CLI_VERSION}`,
  module: `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`,
  folder: `temporal-cli-${TEMPORAL_CLI_VERSION}`,
  binary: 'temporal',
};

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && isExecutable(candidate)) return candidate;
  }
  return undefined;
}

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
  return onPath('temporal') ?? (await ensureGoBinary(TEMPORAL_CLI, opts));
}
