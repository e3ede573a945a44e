// The sealing codec on its own: what it seals opens only with its keys, keys rotate without losing old
// payloads, and anything else (plain, tampered, under a stranger's key) opens unmarked, never as an error.
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { parseKeyring } from '../codec/keys';
import { ENCRYPTED_ENCODING, SealingCodec } from '../codec/sealing-codec';
import { SEALED_METADATA_KEY, isSealed, payloadConverter } from '../contract/sealed-payloads';
import { olderKeyring, strangerKeyring, testKeyring } from './support/codec';

const message = { reason: 'consortium dissolved', actor: { id: 'supervisor-li', role: 'supervisor' } };
const toPayload = (value: unknown) => defaultPayloadConverter.toPayload(value);
const read = (payload: Payload) => payloadConverter.fromPayload<Record<string, unknown>>(payload);
const text = (bytes: Uint8Array | null | undefined) => new TextDecoder().decode(bytes ?? new Uint8Array());

describe('sealing codec', () => {
  it('seals with the current key: the bytes hold no plain text, and the value opens marked as sealed', async () => {
    const codec = new SealingCodec(testKeyring());
    const [sealed] = await codec.encode([toPayload(message)]);
    expect(text(sealed!.metadata!.encoding)).toBe(ENCRYPTED_ENCODING);
    expect(text(sealed!.metadata!['encryption-key-id'])).toBe('test-2026b');
    expect(Buffer.from(sealed!.data!).toString('latin1')).not.toContain('consortium');
    const [opened] = await codec.decode([sealed!]);
    const value = read(opened!);
    expect(value).toEqual(message);
    expect(isSealed(value)).toBe(true);
    // The mark is not data: it never travels on when the value is written again.
    expect(JSON.stringify(value)).toBe(JSON.stringify(message));
  });

  it('opens what an older key sealed after a new key became current (rotation)', async () => {
    const [sealedBefore] = await new SealingCodec(olderKeyring()).encode([toPayload(message)]);
    const [opened] = await new SealingCodec(testKeyring()).decode([sealedBefore!]);
    expect(isSealed(read(opened!))).toBe(true);
    expect(read(opened!)).toEqual(message);
  });

  it('passes a plain payload through unmarked, dropping a seal mark it claims for itself', async () => {
    const codec = new SealingCodec(testKeyring());
    const claimed = toPayload(message);
    claimed.metadata = { ...claimed.metadata, [SEALED_METADATA_KEY]: new TextEncoder().encode('1') };
    const [opened] = await codec.decode([claimed]);
    expect(read(opened!)).toEqual(message);
    expect(isSealed(read(opened!))).toBe(false);
  });

  it('refuses, as a plain value and not an error, a payload under a stranger’s key or with its bytes changed', async () => {
    const codec = new SealingCodec(testKeyring());
    const [forged] = await new SealingCodec(strangerKeyring()).encode([toPayload(message)]);
    const [sealed] = await codec.encode([toPayload(message)]);
    const tampered = { ...sealed!, data: Buffer.from(sealed!.data!) };
    const flip = tampered.data.length - 20;
    tampered.data[flip] = tampered.data[flip]! ^ 0x01;
    for (const payload of [forged!, tampered]) {
      const [opened] = await codec.decode([payload]);
      const value = read(opened!);
      expect(isSealed(value)).toBe(false);
      expect(value.refusedPayload).toMatch(/not sealed by gongguan/);
      expect(value.actor).toBeUndefined();
    }
  });

  it('takes keys as id=base64 pairs, the current first, and refuses a malformed one', () => {
    expect(testKeyring().currentId).toBe('test-2026b');
    expect(() => parseKeyring('short=AAAA')).toThrow(/32 bytes/);
    expect(() => parseKeyring('')).toThrow(/no codec key/);
    expect(() => parseKeyring('bad id=AAAA')).toThrow(/expected id=/);
  });

  it('binds a message to the workflow it was sealed for: copied to another project, it opens as refused', async () => {
    const codec = new SealingCodec(testKeyring());
    const forProject = (code: string) => ({
      type: 'workflow' as const,
      namespace: 'default',
      workflowId: `project:${code}`,
    });
    const [sealed] = await codec.encode([toPayload(message)], forProject('ZJ-2026-00001'));
    const [there] = await codec.decode([sealed!], forProject('ZJ-2026-00001'));
    expect(isSealed(read(there!))).toBe(true);
    const [elsewhere] = await codec.decode([sealed!], forProject('ZJ-2026-00002'));
    expect(isSealed(read(elsewhere!))).toBe(false);
    expect(read(elsewhere!).refusedPayload).toMatch(/sealed for project:ZJ-2026-00001/);
    // Where no workflow is named (the UI's codec endpoint, a replay by file), it opens.
    const [anywhere] = await codec.decode([sealed!]);
    expect(isSealed(read(anywhere!))).toBe(true);
  });
});
