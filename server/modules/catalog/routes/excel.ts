// GET /api/v1/catalog/admin/export (the catalogue workbook) and POST …/import (a workbook as the raw
// body; every bad row reported). Registered in their own scope, the only place .xlsx bodies are parsed.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CATALOG_IMPORT_MAX_BYTES, catalogImportQuery, catalogImportReply } from '../../../../common/api/catalog-excel.ts';
import { XLSX_CONTENT_TYPE } from '../../../../common/api/registry-import.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { actorOf } from '../../../platform/auth/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { CatalogExcel } from '../service/excel.ts';

const tags = ['catalog 事项管理'];
const editors = { roles: ['admin', 'office'], scope: 'all' } as const;
const OCTET = 'application/octet-stream';

export function registerExcelRoutes(app: App, excel: CatalogExcel) {
  void app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([XLSX_CONTENT_TYPE, OCTET], { parseAs: 'buffer', bodyLimit: CATALOG_IMPORT_MAX_BYTES }, (_request, body, done) => done(null, body));

    scope.post(
      '/api/v1/catalog/admin/import',
      {
        bodyLimit: CATALOG_IMPORT_MAX_BYTES,
        config: { policy: editors },
        schema: {
          tags,
          summary: '导入事项清单 · import the catalogue workbook (.xlsx as the body); good rows become drafts (or are published with ?publish=true), bad rows are reported',
          querystring: catalogImportQuery,
          response: { 200: catalogImportReply },
        },
      },
      async (request) => {
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw new AppError('BAD_REQUEST', { zh: '请求体为空：请上传 .xlsx 文件', en: 'The body is empty: send the .xlsx file' });
        }
        return excel.importXlsx(actorOf(request), request.body, { publish: request.query.publish === 'true' });
      },
    );

    scope.get(
      '/api/v1/catalog/admin/export',
      { config: { policy: editors }, schema: { tags, summary: '导出事项清单 · the catalogue workbook (.xlsx; items and materials sheets, the import\'s columns)' } },
      async (_request, reply) => {
        const stamp = shanghaiDate(new Date()).replace(/-/g, '');
        return reply
          .header('content-type', XLSX_CONTENT_TYPE)
          .header('content-disposition', `attachment; filename="catalog-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`事项清单-${stamp}.xlsx`)}`)
          .header('cache-control', 'no-store')
          .send(await excel.exportXlsx());
      },
    );
  });
}
