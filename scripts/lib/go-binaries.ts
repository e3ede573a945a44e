// Go programs the system runs but does not vendor (the Temporal CLI, server, schema tool and UI server),
// built once with `go install` into a cache outside the clone, so CI and new machines need only Go.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface GoBinary {
  /** What the logs call it. */
  label: string;
  /** `module/path@version`, as `go install` takes it. */
  module: string;
  /** The cache folder it is built into, named with its version so an upgrade builds afresh. */
  folder: string;
  /** The file `go install` writes: the last element of the package path. */
  binary: string;
}

export const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export const cachedBinaryPath = (cacheDir: string, program: GoBinary): string =>
  join(cacheDir, program.folder, program.binary);

/** The cached build of `program`, made on first use with progress every 30 s. */
export async function ensureGoBinary(
  program: GoBinary,
  opts: { cacheDir: string; log: (line: string) => void },
): Promise<string> {
  const cached = cachedBinaryPath(opts.cacheDir, program);
  if (isExecutable(cached)) return cached;
  if (spawnSync('go', ['version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`${program.label} is not built and Go is not installed to build it: install Go.`);
  }
  const binDir = join(opts.cacheDir, program.folder);
  mkdirSync(binDir, { recursive: true });
  opts.log(`Building ${program.label} into ${binDir} (first run only; a few minutes)...`);
  const started = Date.now();
  const seconds = () => Math.round((Date.now() - started) / 1000);
  await new Promise<void>((resolve, reject) => {
    const child = spawn('go', ['install', program.module], {
      env: { ...process.env, GOBIN: binDir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const progress = setInterval(
      () => opts.log(`  still building ${program.label} (${seconds()} s)...`),
      30_000,
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(progress);
      if (code === 0) resolve();
      else reject(new Error(`go install ${program.module} failed with exit code ${code}`));
    });
  });
  if (!isExecutable(cached)) throw new Error(`go install finished but ${cached} is missing`);
  opts.log(`Built ${program.label} in ${seconds()} s: ${cached}`);
  return cached;
}
