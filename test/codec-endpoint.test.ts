// The codec endpoint the Temporal UI reads histories through: closed to the unauthenticated and to roles
// that may not read every project, open to staff who may, every decode recorded; it never seals.
import { defaultPayloadConverter } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealingCodec } from '../codec/sealing-codec';
import { decodesBy } from '../db/payload-decodes';
import { enterpriseApplication } from '../examples/applications';
import { testKeyring } from './support/codec';
import type { Harness } from './support/harness';
import { startTestApp, stopTestApp } from './support/lifecycle';

const UI_ORIGIN = 'http://127.0.0.1:8233';

describe('codec endpoint', () => {
  let h: Harness;
  let app: Awaited<ReturnType<Harness['buildApp']>>;

  beforeAll(async () => {
    ({ h, app } = await startTestApp({ worker: false }));
  });
  afterAll(async () => {
    await stopTestApp({ h, app });
  });

  /** A payload as the UI sends it, sealed as the API seals a project's input. */
  const sealedJson = async (value: unknown) => {
    const [sealed] = await new SealingCodec(testKeyring()).encode([defaultPayloadConverter.toPayload(value)]);
    const base64 = (bytes: Uint8Array | null | undefined) =>
      Buffer.from(bytes ?? new Uint8Array()).toString('base64');
    return {
      metadata: Object.fromEntries(Object.entries(sealed!.metadata!).map(([k, v]) => [k, base64(v)])),
      data: base64(sealed!.data),
    };
  };
  const decode = (payloads: unknown[], headers: Record<string, string>, url = '/codec/decode') =>
    app.inject({
      method: 'POST',
      url,
      payload: { payloads },
      headers: { origin: UI_ORIGIN, 'x-namespace': 'default', ...headers },
    });

  it('answers 401 without a key and 403 to a role that may not read every project', async () => {
    const payload = await sealedJson({ secret: 'x' });
    expect((await decode([payload], {})).statusCode).toBe(401);
    const lead = await h.as({ id: 'pi-codec', role: 'projectLead' });
    const refused = await decode([payload], lead);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ type: expect.stringContaining('forbidden') });
  });

  it('opens sealed payloads for an auditor, by header or by path, and records who decoded what', async () => {
    const application = enterpriseApplication();
    const payload = await sealedJson(application);
    const auditor = { id: `auditor-${Date.now()}`, role: 'auditor' as const };
    const headers = await h.as(auditor);
    const res = await decode([payload], headers);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    const [opened] = res.json().payloads as Array<{ metadata: Record<string, string>; data: string }>;
    expect(Buffer.from(opened!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(opened!.data, 'base64').toString())).toEqual(application);
    // The UI of a dev machine cannot send a header: the key may be the path's.
    const key = headers.authorization!.replace('Bearer ', '');
    const byPath = await decode([payload], {}, `/codec/${key}/decode`);
    expect(byPath.statusCode, byPath.body).toBe(200);
    const audit = await decodesBy(h.pool, auditor.id);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ role: 'auditor', namespace: 'default', origin: UI_ORIGIN });
    expect(audit[0]!.payloadHashes).toHaveLength(1);
  });

  it('answers the browser’s preflight for the UI’s origin, and refuses to seal anything', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/codec/decode',
      headers: { origin: UI_ORIGIN, 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(UI_ORIGIN);
    expect(preflight.headers['access-control-allow-headers']).toContain('x-namespace');
    const other = await app.inject({
      method: 'OPTIONS',
      url: '/codec/decode',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const admin = await h.as({ id: 'admin-codec', role: 'admin' });
    const encode = await app.inject({
      method: 'POST',
      url: '/codec/encode',
      payload: { payloads: [{ metadata: {}, data: '' }] },
      headers: { ...admin, origin: UI_ORIGIN },
    });
    expect(encode.statusCode).toBe(403);
    expect(encode.json().detail).toMatch(/does not seal/);
  });
});
