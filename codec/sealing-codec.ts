// The payload codec the API and the worker share: every payload is encrypted and authenticated with
// AES-256-GCM under the current key, its key id in the metadata so keys can rotate while old histories
// still open. Decoding marks a payload whose seal holds (contract/sealed-payloads.ts), so workflows can tell
// a message of gongguan's own from one sent straight to Temporal. A payload that fails authentication
// (unknown key, tampered bytes) decodes to a plain value no handler accepts: never an exception, which
// would fail the workflow task over and over and wedge the project.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec, SerializationContext } from '@temporalio/common';
// @temporalio/proto is CommonJS: its namespace comes through the default export under ESM.
import proto from '@temporalio/proto';
import { SEALED_METADATA_KEY } from '../contract/sealed-payloads';
import type { Keyring } from './keys';

const { Payload: PayloadMessage } = proto.temporal.api.common.v1;

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA_KEY = 'encryption-key-id';
/**
 * Inside the seal: the workflow a payload was sealed for, so that a sealed message copied out of one
 * project's history and sent to another opens there as refused.
 */
const SEALED_FOR_METADATA_KEY = 'gongguan-sealed-for';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const text = (value: string) => new TextEncoder().encode(value);
const read = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

/** The workflows whose messages are bound to them: projects and list entries (not the digest's runs, whose ids a schedule makes). */
const boundWorkflow = (context: SerializationContext | undefined): string | undefined => {
  const workflowId = context?.workflowId;
  return workflowId && /^(project|list):/.test(workflowId) ? workflowId : undefined;
};

export class SealingCodec implements PayloadCodec {
  /** `bindToWorkflow: false` opens payloads whatever workflow they were sealed for (replaying stored histories). */
  constructor(
    private readonly keyring: Keyring,
    private readonly opts: { bindToWorkflow?: boolean } = {},
  ) {}

  async encode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    const { currentId, keys } = this.keyring;
    const key = keys.get(currentId)!;
    const sealedFor = boundWorkflow(context);
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const inner = withoutSeal(payload);
      const bound = sealedFor
        ? { ...inner, metadata: { ...inner.metadata, [SEALED_FOR_METADATA_KEY]: text(sealedFor) } }
        : inner;
      const plain = PayloadMessage.encode(bound).finish();
      const sealed = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return {
        metadata: { encoding: text(ENCRYPTED_ENCODING), [KEY_ID_METADATA_KEY]: text(currentId) },
        data: sealed,
      };
    });
  }

  async decode(payloads: Payload[], context?: SerializationContext): Promise<Payload[]> {
    return payloads.map((payload) => this.open(payload, context));
  }

  /** The payload as it was sealed, marked; a plain one as it is, unmarked; a forged one, refused. */
  private open(payload: Payload, context: SerializationContext | undefined): Payload {
    if (read(payload.metadata?.encoding) !== ENCRYPTED_ENCODING) return withoutSeal(payload);
    const keyId = read(payload.metadata?.[KEY_ID_METADATA_KEY]) ?? '';
    const key = this.keyring.keys.get(keyId);
    const data = payload.data;
    if (!key || !data || data.length < IV_BYTES + TAG_BYTES) return refused(`no key "${keyId}" opens it`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([
        decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)),
        decipher.final(),
      ]);
      const original = PayloadMessage.decode(plain);
      const { [SEALED_FOR_METADATA_KEY]: sealedFor, ...metadata } = original.metadata ?? {};
      const openedFor = boundWorkflow(context);
      // Both sides name a workflow and they differ: a sealed message copied into another's history.
      if (this.opts.bindToWorkflow !== false && sealedFor && openedFor && read(sealedFor) !== openedFor)
        return refused(`it was sealed for ${read(sealedFor)}, not ${openedFor}`);
      return { ...original, metadata: { ...metadata, [SEALED_METADATA_KEY]: text('1') } };
    } catch {
      return refused(`its seal under key "${keyId}" does not hold`);
    }
  }
}

/** Nobody but the codec marks a payload sealed: a mark that arrives from outside is dropped. */
function withoutSeal(payload: Payload): Payload {
  if (!payload.metadata?.[SEALED_METADATA_KEY]) return payload;
  const { [SEALED_METADATA_KEY]: _dropped, ...metadata } = payload.metadata;
  return { ...payload, metadata };
}

/** A value no handler accepts, saying why, so a history shows what was refused. */
function refused(reason: string): Payload {
  return {
    metadata: { encoding: text('json/plain') },
    data: text(JSON.stringify({ refusedPayload: `not sealed by gongguan: ${reason}` })),
  };
}
