// The data converter of every Temporal client and worker of gongguan: the sealing codec over the
// configured keys. The seal-aware payload converter matters only inside workflows, where handlers ask
// whether a message was sealed: the workflow bundle loads it by path (worker/create-worker.ts).
import type { DataConverter } from '@temporalio/common';
import type { Keyring } from './keys';
import { SealingCodec } from './sealing-codec';

export const PAYLOAD_CONVERTER_PATH = new URL('../contract/sealed-payloads.ts', import.meta.url).pathname;

export const dataConverter = (keyring: Keyring, opts: { bindToWorkflow?: boolean } = {}): DataConverter => ({
  payloadCodecs: [new SealingCodec(keyring, opts)],
});
