// The codec endpoint the Temporal Web UI reads histories through: it opens sealed payloads for a signed-in
// staff member whose role may read every project, and records who decoded what. It never seals: a message
// composed in the UI (its Signal and Update buttons ask the endpoint to encode) is refused here, so only the
// API's actions reach a project sealed.
import { createHash } from 'node:crypto';
import type { Payload } from '@temporalio/common';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SealingCodec } from '../../codec/sealing-codec';
import { SEALED_METADATA_KEY } from '../../contract/sealed-payloads';
import { recordPayloadDecode } from '../../db/payload-decodes';
import type { AppContext } from '../app';
import { forbidden } from '../authorization';
import { actorOf } from '../request-context';

/** A payload as the UI sends it: proto3 JSON, metadata values and data in base64. */
const JsonPayload = z.object({
  metadata: z.record(z.string(), z.string()).optional(),
  data: z.string().optional(),
});
const Payloads = z.object({ payloads: z.array(JsonPayload).max(2_000) });
type JsonPayload = z.infer<typeof JsonPayload>;
const KeyParam = z.object({ key: z.string().min(1).max(200) });

const fromJson = (payload: JsonPayload): Payload => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([name, value]) => [name, Buffer.from(value, 'base64')]),
  ),
  data: Buffer.from(payload.data ?? '', 'base64'),
});

const toJson = (payload: Payload): JsonPayload => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {})
      .filter(([name]) => name !== SEALED_METADATA_KEY)
      .map(([name, value]) => [name, Buffer.from(value ?? new Uint8Array()).toString('base64')]),
  ),
  data: Buffer.from(payload.data ?? new Uint8Array()).toString('base64'),
});

export const codecRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const codec = new SealingCodec(ctx.keyring);
    const allowOrigin = (request: FastifyRequest, reply: FastifyReply) => {
      const origin = request.headers.origin;
      if (origin && ctx.codecOrigins.includes(origin)) {
        reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
        reply.header('access-control-allow-credentials', 'true');
      }
    };

    // The browser asks before it posts across origins (the UI on its port, the endpoint on the API's).
    for (const url of ['/codec/decode', '/codec/:key/decode', '/codec/encode', '/codec/:key/encode']) {
      app.options(url, { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
        allowOrigin(request, reply);
        return reply
          .header('access-control-allow-methods', 'POST')
          .header('access-control-allow-headers', 'content-type, x-namespace, authorization')
          .header('access-control-max-age', '600')
          .status(204)
          .send();
      });
    }

    const decode = async (request: FastifyRequest, reply: FastifyReply, body: z.infer<typeof Payloads>) => {
      allowOrigin(request, reply);
      const actor = actorOf(request);
      const payloads = body.payloads.map(fromJson);
      await recordPayloadDecode(ctx.pool, {
        userId: actor.id,
        role: actor.role,
        namespace: request.headers['x-namespace'] as string | undefined,
        origin: request.headers.origin,
        payloadHashes: payloads.map((payload) =>
          createHash('sha256')
            .update(payload.data ?? new Uint8Array())
            .digest('hex'),
        ),
      });
      return { payloads: (await codec.decode(payloads)).map(toJson) };
    };
    const schema = {
      tags: ['codec'],
      summary: 'Open sealed payloads for the Temporal Web UI (staff who read every project; audited)',
      body: Payloads,
      response: { 200: Payloads },
    };
    app.post('/codec/decode', { config: { routeId: 'decodePayloads' }, schema }, (request, reply) =>
      decode(request, reply, request.body),
    );
    app.post(
      '/codec/:key/decode',
      {
        config: { routeId: 'decodePayloads', keyInPath: true },
        schema: {
          ...schema,
          params: KeyParam,
          description:
            'The same, for a UI that cannot send an Authorization header: the API key is the path parameter',
        },
      },
      (request, reply) => decode(request, reply, request.body),
    );

    const refuseEncode = async (request: FastifyRequest, reply: FastifyReply) => {
      allowOrigin(request, reply);
      throw forbidden(
        'The codec endpoint does not seal payloads: act on a project through the gongguan API, not the Temporal UI',
      );
    };
    for (const url of ['/codec/encode', '/codec/:key/encode']) {
      app.post(url, { config: { public: true }, schema: { hide: true } }, refuseEncode);
    }
  };
