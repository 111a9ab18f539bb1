// 台账工作簿 routes: the import (preview the headers and guessed mapping, start in the background, poll), the export
// of any filtered task list with its whole progress history, and the monthly/quarterly progress report. Thin:
// parse, call, reply. Imports are the office's (and admins'); leaders may also take the exports.
import { z } from 'zod';
import { DOCX_MIME, XLSX_MIME } from '../../../common/api/files.ts';
import { isoDate } from '../../../common/api/dates.ts';
import { importPreview, importStartBody, importView, taskListQuery } from '../../../common/api/ledger.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { LedgerService } from './service/index.ts';

const tags = ['ledger 督办台账'];
const PREFIX = '/api/v1/ledger';
const office = { roles: ['admin', 'office'], scope: 'all' } as const;
const readers = { roles: ['admin', 'office', 'leader'], scope: 'all' } as const;
const date = isoDate;
const progressQuery = z.object({ period: z.enum(['month', 'quarter']).default('month'), on: date });

/** attachment; filename="ascii"; filename*=UTF-8''中文 — the Chinese name where the browser reads it. */
const disposition = (ascii: string, name: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export function registerLedgerWorkbookRoutes(app: App, ledger: Pick<LedgerService, 'workbook'>) {
  const { workbook } = ledger;

  app.post(
    `${PREFIX}/imports/preview`,
    { config: { policy: office }, schema: { tags, summary: '导入预览 · the workbook’s sheets, headers and guessed mapping', body: z.object({ fileId: z.string().uuid(), sheet: z.string().max(60).optional() }), response: { 200: importPreview } } },
    async (request) => workbook.preview(principalOf(request), request.body),
  );
  app.post(
    `${PREFIX}/imports`,
    { config: { policy: office }, schema: { tags, summary: '导入台账工作簿 · start an import (runs in the background; poll it)', body: importStartBody, response: { 202: importView } } },
    async (request, reply) => reply.code(202).send(await workbook.start(actorOf(request), principalOf(request), request.body)),
  );
  app.get(
    `${PREFIX}/imports/:id`,
    { config: { policy: office }, schema: { tags, summary: '导入进度 · an import’s progress and row-by-row problems', params: z.object({ id: z.string().uuid() }), response: { 200: importView } } },
    async (request) => workbook.get(request.params.id),
  );
  app.get(
    `${PREFIX}/tasks/export.xlsx`,
    { config: { policy: readers }, schema: { tags, summary: '导出台账 · the filtered tasks with every progress report (.xlsx)', querystring: taskListQuery.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const buffer = await workbook.exportTasks(principalOf(request), request.query);
      return reply.header('content-type', XLSX_MIME).header('content-disposition', disposition('ledger-tasks.xlsx', '督办台账.xlsx')).send(buffer);
    },
  );
  for (const format of ['xlsx', 'docx'] as const) {
    app.get(
      `${PREFIX}/reports/progress.${format}`,
      { config: { policy: readers }, schema: { tags, summary: `月度/季度工作进展 · the monthly or quarterly progress report (.${format})`, querystring: progressQuery } },
      async (request, reply) => {
        const { period, on } = request.query;
        const buffer = await workbook.progressReport(period, on, format);
        const name = `督办台账${period === 'month' ? '月度' : '季度'}工作进展（${on.slice(0, 7)}）.${format}`;
        return reply
          .header('content-type', format === 'xlsx' ? XLSX_MIME : DOCX_MIME)
          .header('content-disposition', disposition(`ledger-progress-${period}-${on}.${format}`, name))
          .send(buffer);
      },
    );
  }
}
