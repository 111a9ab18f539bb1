// POST /api/v1/registry/entities/import (the file is the raw body) and GET …/entities/export.xlsx.
// Registered in their own scope: only there are CSV and spreadsheet bodies parsed, up to 20 MiB.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { exportQuery, importQuery, importReply, MAX_IMPORT_BYTES, XLSX_CONTENT_TYPE } from '../../../../common/api/registry-import.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { actorOf } from '../../../platform/auth/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { ImportFormat, ImportService } from '../service/import.ts';
import { sniffFormat } from '../service/import-read.ts';

const tags = ['registry 市场主体'];
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'all' } as const;
const editors = { roles: ['admin', 'approver'], scope: 'all' } as const;

const CSV = 'text/csv';
const OCTET = 'application/octet-stream';
// What Windows browsers report for a .csv file when Excel is installed.
const MS_EXCEL = 'application/vnd.ms-excel';

const unsupported = () =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', {
    zh: `请上传 .xlsx 或 .csv 文件作为请求体（Content-Type：${XLSX_CONTENT_TYPE}、${CSV}，或 ${OCTET} 加 ?format=csv|xlsx）`,
    en: `Send an .xlsx or .csv file as the body (Content-Type: ${XLSX_CONTENT_TYPE}, ${CSV}, or ${OCTET} with ?format=csv|xlsx)`,
  });

export function registerImportRoutes(app: App, imports: ImportService) {
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Only the file types below are read here; Fastify answers anything else (JSON included) with 415.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([XLSX_CONTENT_TYPE, CSV, OCTET, MS_EXCEL], { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) => done(null, body));

    scope.post(
      '/api/v1/registry/entities/import',
      {
        bodyLimit: MAX_IMPORT_BYTES,
        config: { policy: editors },
        schema: {
          tags,
          summary: '批量导入市场主体 · import entities from .xlsx or .csv (the file is the body); reports every bad row',
          querystring: importQuery,
          response: { 200: importReply },
        },
      },
      async (request) => {
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        const body = request.body;
        if (!Buffer.isBuffer(body)) {
          if (!type) throw unsupported();
          throw new AppError('BAD_REQUEST', { zh: '请求体为空：请上传文件', en: 'The body is empty: send the file' });
        }
        const format: ImportFormat = type === CSV ? 'csv' : type === XLSX_CONTENT_TYPE ? 'xlsx' : (request.query.format ?? sniffFormat(body));
        return imports.importEntities(actorOf(request), body, { format });
      },
    );

    scope.get(
      '/api/v1/registry/entities/export.xlsx',
      {
        config: { policy: staff },
        schema: { tags, summary: '导出市场主体 · export entities matching the search filters as .xlsx (same columns as the import)', querystring: exportQuery },
      },
      async (request, reply) => {
        const stamp = shanghaiDate(new Date()).replace(/-/g, '');
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="entities-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`市场主体-${stamp}.xlsx`)}`)
          .header('cache-control', 'no-store')
          .send(imports.exportXlsx(request.query));
      },
    );
  });
}
