import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { documentUploadHeaders, parseDocumentAudienceHeader } from '@onsplan/shared';
import {
  DocumentFileSchema,
  DocumentListSchema,
  DocumentParamsSchema,
  DocumentUploadHeadersSchema,
  DocumentUploadParamsSchema,
  DocumentViewSchema,
  NoContent,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { Config } from '../../config.ts';
import { contentDisposition, decodeNameHeader } from '../../documents/file-name.ts';
import { DocumentFiles } from '../../documents/files.ts';
import { signedIn } from '../../http/authenticate.ts';
import { limitPerMinute } from '../../http/rate-limits.ts';
import { AppError } from '../../http/problems.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/**
 * Documents: upload, list, download and remove. An upload is a PUT of the raw bytes to a client-made id, so
 * a phone on a slow network can show progress (XHR upload events) and simply send it again after a
 * broken connection: the same id stores one document.
 */
export default async function documentRoutes(fastify: FastifyInstance, opts: { config: Config }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const files = new DocumentFiles(opts.config);
  for (const schema of [DocumentViewSchema, DocumentListSchema]) app.addSchema(schema);
  // The body stays a stream: the repository reads it with a size limit and stops at the limit.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));
  const uploadLimits = uploadRateLimits(app, opts.config.uploadRateLimit);

  app.get(
    '/gezinnen/:familyId/documenten',
    { schema: { summary: 'Bestanden die ik mag zien', params: familyIdParams, response: { 200: Ref(DocumentListSchema), ...problemResponses(400, 401, 404) } } },
    async (request) => signedIn(request).repo.documents.list(request.params.familyId, files),
  );

  app.put(
    '/gezinnen/:familyId/uploads/:clientId',
    {
      onRequest: uploadLimits,
      schema: {
        summary: 'Een foto of bestand delen (de inhoud als application/octet-stream)',
        params: DocumentUploadParamsSchema,
        headers: DocumentUploadHeadersSchema,
        response: { 200: Ref(DocumentViewSchema), 201: Ref(DocumentViewSchema), ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422, 429) },
      },
    },
    async (request, reply) => {
      const { repo } = signedIn(request);
      if (!(request.body instanceof Readable)) throw new AppError('verkeerd-formaat');
      const headers = request.headers;
      const name = decodeNameHeader(headers[documentUploadHeaders.name] ?? '');
      const audience = parseDocumentAudienceHeader(headers[documentUploadHeaders.audience]);
      if (name === undefined) throw new AppError('ongeldige-invoer', { fields: [documentUploadHeaders.name] });
      if (audience === undefined) throw new AppError('ongeldige-invoer', { fields: [documentUploadHeaders.audience] });
      try {
        if (Number(headers['content-length']) > files.maxBytes) throw files.tooLarge();
        const { document, created } = await repo.documents.upload(request.params.familyId, { clientId: request.params.clientId, name, audience }, request.body, files);
        reply.code(created ? 201 : 200);
        return document;
      } catch (error) {
        // Stop a big upload instead of reading the rest of it.
        if (error instanceof AppError && error.code === 'te-groot') reply.header('connection', 'close');
        throw error;
      }
    },
  );

  app.delete(
    '/gezinnen/:familyId/documenten/:documentId',
    {
      schema: {
        summary: 'Een bestand weghalen dat ik zelf deelde (de rij en het bestand)',
        params: DocumentParamsSchema,
        response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply): Promise<void> => {
      await signedIn(request).repo.documents.remove(request.params.familyId, request.params.documentId, files);
      reply.code(204);
    },
  );

  app.get(
    '/gezinnen/:familyId/documenten/:documentId/download',
    { schema: { summary: 'Een bestand downloaden', params: DocumentParamsSchema, response: { 200: DocumentFileSchema, ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      const { document, content } = await signedIn(request).repo.documents.download(request.params.familyId, request.params.documentId, files);
      // Always saved, never shown in the portal's origin; even if a browser did open it, it runs nothing.
      return reply
        .type(document.contentType)
        .header('content-length', document.sizeBytes)
        .header('content-disposition', contentDisposition(document.name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cross-origin-resource-policy', 'same-origin')
        .send(content);
    },
  );
}

/** Uploads per minute per account and per IP (REQUIREMENTS C4); either limit answers 429. */
function uploadRateLimits(app: FastifyInstance, max: number) {
  const limits = [
    limitPerMinute(app, max, 'upload-ip', (request) => request.ip, 'te-veel-tegelijk'),
    limitPerMinute(app, max, 'upload-user', (request) => request.principal?.userId, 'te-veel-tegelijk'),
  ];
  return async (request: FastifyRequest): Promise<void> => {
    for (const limit of limits) await limit(request);
  };
}
