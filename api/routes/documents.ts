// The papers of a project's steps: uploaded as they are (PDF, OFD, Office, images, text), stored once per
// SHA-256 content address, listed and downloaded by whoever may see the project, every upload and download
// logged (R24). Steps name their papers by hash, so history never carries the bytes.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProjectCode, Sha256 } from '../../contract/project';
import { exactly } from '../../contract/exact-schema';
import {
  attachDocument,
  documentsOf,
  downloadDocument,
  unattached,
  type AttachedDocument,
} from '../../db/documents';
import { createProjectRepository } from '../../db/projects/reads';
import type { AppContext } from '../app';
import { projectAccess } from '../project-access';
import { ProblemError, notFound } from '../problem';
import { actorOf } from '../request-context';

/** The largest paper taken: a scanned contract or final report fits well within it. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

/** What papers are filed as: PDF and OFD (the national e-document format), Office files, images, text. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/ofd',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/png',
  'image/jpeg',
  'text/plain',
] as const;

/** The papers the policy names, by the step they belong to. */
export const DOCUMENT_KINDS = [
  'applicationForm',
  'recommendationLetter',
  'commitmentLetter',
  'contract',
  'militaryOrder',
  'progressReport',
  'finalReport',
  'financialFinalAccount',
  'spendingReport',
  'evaluation',
  'filing',
  'other',
] as const;

const Params = z.object({ code: ProjectCode });
const DocumentView = exactly<AttachedDocument>()(
  z.object({
    sha256: Sha256,
    kind: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().describe('Bytes'),
    uploadedBy: z.string(),
    uploadedAt: z.string(),
  }),
);

const mediaTypeOf = (header: string | undefined): string =>
  (header ?? '').split(';')[0]!.trim().toLowerCase();

export const documentRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const authorise = projectAccess(createProjectRepository(ctx.pool));
    // Every body of this plugin's routes arrives as bytes; the route refuses the types it does not file.
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/projects/:code/documents',
      {
        config: { routeId: 'uploadDocument' },
        bodyLimit: DOCUMENT_MAX_BYTES,
        schema: {
          summary: `Attach a paper to the project: the body is the file itself (${DOCUMENT_MEDIA_TYPES.join(', ')}; at most ${DOCUMENT_MAX_BYTES / 1024 / 1024} MiB, else 413; another type 415); steps name it by the SHA-256 answered`,
          params: Params,
          querystring: z.object({
            kind: z.enum(DOCUMENT_KINDS),
            fileName: z.string().trim().min(1).max(255),
          }),
          response: { 201: DocumentView },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const code = request.params.code;
        await authorise(request, code);
        const mediaType = mediaTypeOf(request.headers['content-type']);
        if (!(DOCUMENT_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
          throw new ProblemError({
            type: 'unsupported-media-type',
            title: 'Unsupported media type',
            status: 415,
            detail: `A document is one of ${DOCUMENT_MEDIA_TYPES.join(', ')}; ${mediaType || 'no type'} was sent`,
            detailZh: `文件类型须为 ${DOCUMENT_MEDIA_TYPES.join('、')} 之一，收到的是 ${mediaType || '无类型'}`,
            errors: [{ field: 'headers.content-type', message: `one of ${DOCUMENT_MEDIA_TYPES.join(', ')}` }],
          });
        }
        const content = request.body;
        if (!Buffer.isBuffer(content) || content.length === 0) {
          throw new ProblemError({
            type: 'validation',
            title: 'The request is malformed',
            status: 400,
            detail: 'The body is the document itself, and it is empty',
            errors: [{ field: 'body', message: 'the document’s bytes' }],
          });
        }
        const sha256 = createHash('sha256').update(content).digest('hex');
        const { kind, fileName } = request.query;
        const stored = await attachDocument(
          ctx.pool,
          { code, sha256, kind, fileName, mediaType, content },
          actor,
        );
        return reply.status(201).header('location', `/projects/${code}/documents/${sha256}`).send(stored);
      },
    );

    app.get(
      '/projects/:code/documents',
      {
        config: { routeId: 'listDocuments' },
        schema: {
          summary: 'The papers attached to the project, by kind, with their SHA-256',
          params: Params,
          response: { 200: z.object({ items: z.array(DocumentView) }) },
        },
      },
      async (request) => {
        await authorise(request, request.params.code);
        return { items: await documentsOf(ctx.pool, request.params.code) };
      },
    );

    app.get(
      '/projects/:code/documents/:sha256',
      {
        config: { routeId: 'downloadDocument' },
        schema: {
          summary: 'Download one of the project’s papers (logged)',
          params: Params.extend({ sha256: Sha256 }),
        },
      },
      async (request, reply) => {
        const { code, sha256 } = request.params;
        await authorise(request, code);
        const doc = await downloadDocument(ctx.pool, code, sha256, actorOf(request));
        if (!doc) throw notFound('Document', `${sha256} of project ${code}`);
        return reply
          .type(doc.mediaType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
          .send(doc.content);
      },
    );
  };

/** A step names only papers uploaded to its project (422 naming the hashes otherwise). */
export async function requireAttached(
  db: Parameters<typeof unattached>[0],
  code: string,
  hashes: readonly string[] | undefined,
  field = 'body.documents',
): Promise<void> {
  const missing = await unattached(db, code, hashes ?? []);
  if (missing.length)
    throw new ProblemError({
      type: 'validation',
      title: 'Unknown document',
      status: 422,
      detail: `No document ${missing.join(', ')} is attached to project ${code}: upload it to /projects/${code}/documents first`,
      errors: missing.map(() => ({
        field,
        message: 'a document uploaded to this project',
      })),
    });
}
