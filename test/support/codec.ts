// The suite's codec keys: fixed and not secret, so histories the suite records stay readable by the
// replay test. A real deployment's keys come from GONGGUAN_CODEC_KEYS and never sit in a repository.
import { parseKeyring } from '../../codec/keys';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');

/** The current test key, then an older one that still opens what it sealed. */
export const TEST_CODEC_KEYS = `test-2026b=${key(0x2b)},test-2026a=${key(0x2a)}`;
export const testKeyring = () => parseKeyring(TEST_CODEC_KEYS);
/** A keyring that knows only the older key, as a deployment before the rotation did. */
export const olderKeyring = () => parseKeyring(`test-2026a=${key(0x2a)}`);
/** Keys nobody in the suite holds: what an outsider forging a sealed payload would use. */
export const strangerKeyring = () => parseKeyring(`stranger=${key(0x5e)}`);
