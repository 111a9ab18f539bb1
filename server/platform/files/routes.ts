// /api/v1/files: upload (the file is the raw body), its metadata, and its content. Registered in
// their own scope: only there are file bodies read, up to the configured limit, and Fastify's own
// size and media-type refusals are said in our words (naming the limit and the accepted types).
import type { FastifyError } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contentQuery, DOCX_MIME, fileParams, fileView, FILE_TYPES, OFD_MIME, uploadQuery, XLSX_MIME } from '../../../common/api/files.ts';
import { actorOf, principalOf } from '../auth/index.ts';
import type { App } from '../http/index.ts';
import { fileErrors, ownerIdOf, type FileService } from './service.ts';

const tags = ['files 文件'];
// Any signed-in user or token, applicants included; what each may read is the service's rule.
const signedIn = { roles: [], scope: 'own' } as const;

/**
 * Content types whose bodies are read. The type is then judged by the bytes, not by this header;
 * the zip types are what browsers report for OFD/DOCX/XLSX when they know no better.
 */
const BODY_TYPES = [...new Set([...FILE_TYPES.map((t) => t.mime), OFD_MIME, DOCX_MIME, XLSX_MIME, 'application/octet-stream', 'application/zip', 'application/x-zip-compressed'])];

/** RFC 6266 / 5987: an ASCII fallback, and the real (e.g. Chinese) name as UTF-8. */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const INLINE_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

export function registerFileRoutes(app: App, files: FileService) {
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(BODY_TYPES, { parseAs: 'buffer', bodyLimit: files.maxBytes }, (_request, body, done) => done(null, body));
    // Thrown on, so the app's handler turns them into problem JSON like every other error.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw fileErrors.tooLarge(files.maxBytes);
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw fileErrors.unsupported();
      throw error;
    });

    scope.post(
      '/api/v1/files',
      {
        bodyLimit: files.maxBytes,
        config: { policy: signedIn },
        schema: {
          tags,
          summary: '上传文件 · upload a file (the file is the body; PDF, JPEG, PNG, OFD, DOCX or XLSX, judged by its content)',
          querystring: uploadQuery,
          response: { 201: fileView },
        },
      },
      async (request, reply) => {
        const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const principal = principalOf(request);
        const saved = await files.save(null, actorOf(request), { ownerId: ownerIdOf(principal), purpose: request.query.purpose, name: request.query.name, bytes: body });
        return reply.status(201).send(saved);
      },
    );

    scope.get(
      '/api/v1/files/:id',
      {
        config: { policy: signedIn },
        schema: { tags, summary: '文件信息 · a file\'s metadata (its owner, staff, or whom the claiming room allows)', params: fileParams, response: { 200: fileView } },
      },
      async (request) => files.view(await files.getFor(principalOf(request), request.params.id)),
    );

    scope.get(
      '/api/v1/files/:id/content',
      {
        config: { policy: signedIn },
        schema: { tags, summary: '下载文件 · download a file (inline=true shows a PDF or an image in the browser)', params: fileParams, querystring: contentQuery },
      },
      async (request, reply) => {
        const { file, body } = await files.readFor(principalOf(request), request.params.id);
        const inline = request.query.inline === 'true' && INLINE_TYPES.has(file.mime);
        return reply
          .header('content-type', file.mime)
          .header('content-length', file.size)
          .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.name))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, no-store')
          .header('etag', `"${file.sha256}"`)
          .send(body);
      },
    );
  });
}
