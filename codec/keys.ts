// The codec's keys: AES-256 keys by id, one of them current (used for every new payload), the others kept
// so that payloads sealed under them still open. Kept outside the repository: GONGGUAN_CODEC_KEYS holds
// `id=<base64 32 bytes>` pairs separated by commas, the current key first (README, Production).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/env';

export interface Keyring {
  currentId: string;
  keys: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [id, encoded] = entry.split('=', 2) as [string, string | undefined];
    if (!KEY_ID.test(id) || !encoded) throw new Error(`codec key "${id}": expected id=<base64 key>`);
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32) throw new Error(`codec key "${id}": must be 32 bytes (AES-256), is ${key.length}`);
    if (keys.has(id)) throw new Error(`codec key "${id}" is given twice`);
    keys.set(id, key);
  }
  const currentId = keys.keys().next().value;
  if (currentId === undefined) throw new Error('no codec key given');
  return { currentId, keys };
}

/** A new key as GONGGUAN_CODEC_KEYS takes it: put it first to make it current, keep the old ones after. */
export const newKeySpec = (id: string): string => `${id}=${randomBytes(32).toString('base64')}`;

/** Where `scripts/start` keeps a dev machine's key when GONGGUAN_CODEC_KEYS is not set. */
export const devKeyFile = (dataDir: string): string => join(dataDir, 'codec-keys');

/** The keys a process seals and opens payloads with: GONGGUAN_CODEC_KEYS, else the dev key file. */
export function loadKeyring(config: Pick<Config, 'GONGGUAN_CODEC_KEYS' | 'GONGGUAN_DATA_DIR'>): Keyring {
  if (config.GONGGUAN_CODEC_KEYS) return parseKeyring(config.GONGGUAN_CODEC_KEYS);
  const file = devKeyFile(config.GONGGUAN_DATA_DIR);
  if (existsSync(file)) return parseKeyring(readFileSync(file, 'utf8'));
  throw new Error(
    `No codec keys: set GONGGUAN_CODEC_KEYS (e.g. ${'`'}npm run --silent codec-key${'`'} makes one), or run scripts/start, which keeps a dev key in ${file}`,
  );
}

/** A dev machine's key file, made once (mode 0600) and kept, so its histories stay readable. */
export function ensureDevKeyFile(dataDir: string): void {
  const file = devKeyFile(dataDir);
  if (existsSync(file)) return;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, newKeySpec(`dev-${new Date().toISOString().slice(0, 10)}`), { mode: 0o600 });
}
