// 台账工作簿: importing an office's ledger workbook (preview → start in the background → poll), exporting any
// filtered view of tasks with their whole progress history, and the monthly/quarterly progress report (.xlsx, .docx).
import type { z } from 'zod';
import type { ImportField, ImportView, importPreview, importStartBody, TaskListQuery } from '../../../../common/api/ledger.ts';
import type { IsoDate } from '../../../../common/calendar/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../import-repository.ts';
import { guessMapping } from '../workbook/columns.ts';
import { writeExport } from '../workbook/export.ts';
import { progressDocx, progressXlsx } from '../workbook/progress-files.ts';
import { periodOf, progressData } from '../workbook/progress.ts';
import { loadWorkbook, readSheet } from '../workbook/read.ts';
import { refuse, type LedgerDeps, type RulesOf } from './shared.ts';
import { countingCalendar, createTaskReads } from './views.ts';
import { executeImport, importView, INTERRUPTED, MAX_PROBLEMS, STALLED_AFTER_MS, type ImportJob } from './workbook-import.ts';

export type ImportPreview = z.infer<typeof importPreview>;
export type ImportStartBody = z.input<typeof importStartBody>;
/** What `run` takes: a stored upload (`fileId`) or the bytes themselves (the CLI), and the source by id or code. */
export type ImportRunBody = Omit<ImportStartBody, 'fileId' | 'sourceId'> & { fileId?: string; file?: { name: string; bytes: Buffer }; sourceId?: string; sourceCode?: string };
export type ExportQuery = Omit<TaskListQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

export interface LedgerWorkbook {
  preview(principal: Principal, body: { fileId: string; sheet?: string | undefined }): Promise<ImportPreview>;
  /** Creates the import and runs it in the background; answers at once (poll `get`). */
  start(actor: Actor, principal: Principal, body: ImportStartBody): Promise<ImportView>;
  get(id: string): Promise<ImportView>;
  /** The same import, awaited (the CLI and tests); `onProgress` after each chunk. */
  run(actor: Actor, body: ImportRunBody, onProgress?: (view: ImportView) => void): Promise<ImportView>;
  exportTasks(principal: Principal, query: ExportQuery): Promise<Buffer>;
  progressReport(period: 'month' | 'quarter', on: IsoDate, format: 'xlsx' | 'docx'): Promise<Buffer>;
  /**
   * Marks failed every unfinished import whose row has not moved for 10 minutes (interrupted by a restart or stuck),
   * with a bilingual reason, one audit row each; returns how many. Run by the housekeeping timer.
   */
  sweepInterrupted(actor: Actor, now?: Date): Promise<number>;
}

const what = { zh: '导入记录', en: 'Import' };
/** Every matching task in one export (the list's own page limit is for screens). */
const EXPORT_LIMIT = 100_000;

export function createLedgerWorkbook(database: Database, deps: LedgerDeps, rulesOf: RulesOf): LedgerWorkbook {
  const { db } = database;
  const reads = createTaskReads(database, deps, rulesOf);

  async function unitNamer() {
    const all = new Map((await deps.org.departments()).map((d) => [d.id, d.shortName || d.name]));
    return (id: string) => all.get(id) ?? id;
  }

  async function sourceOf(by: { id: string } | { code: string }) {
    const source = await repo.findSource(db, by);
    if (!source) throw refuse(`台账来源${'code' in by ? `“${by.code}”` : ''}不存在`, `No ledger source${'code' in by ? ` "${by.code}"` : ''}`, 'code' in by ? 'sourceCode' : 'sourceId');
    return source;
  }

  async function readUpload(fileId: string) {
    try {
      return await deps.files.read(fileId);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw notFound({ zh: '上传的文件', en: 'Uploaded file' });
    }
  }

  /** The import's row (status parsing) and its audit row; the workbook is kept, claimed for the import. */
  async function create(actor: Actor, source: repo.SourceRow, fileName: string, mapping: Record<string, string>, fileId: string | null): Promise<string> {
    const id = uuidv7();
    await db.transaction(async (tx) => {
      if (fileId && actor.id) await deps.files.attach(tx, [fileId], `ledger-workbook:${fileId}`, [actor.id]);
      await repo.insertImport(tx, { id, fileName, sourceId: source.id, mapping, status: 'parsing', createdBy: actor.type === 'user' ? actor.id : null });
      await appendAudit(tx, actor, { action: 'ledger.import.start', entity: 'ledger_import', entityId: id, change: { fileName, source: source.code, fileId, mapping } });
    });
    return id;
  }

  const mappingOf = (m: ImportStartBody['mapping']) => Object.fromEntries(Object.entries(m ?? {}).filter(([, v]) => typeof v === 'string')) as Partial<Record<ImportField, string>>;

  async function get(id: string): Promise<ImportView> {
    const row = await repo.findImport(db, id);
    if (!row) throw notFound(what);
    return importView(row);
  }

  return {
    async preview(_principal, body) {
      const file = await readUpload(body.fileId);
      const sheet = readSheet(await loadWorkbook(file.bytes), body.sheet);
      const guessed = guessMapping(sheet.headers);
      return { sheets: sheet.sheets, headers: sheet.headers.filter(Boolean), guessed: guessed as Record<string, string>, rows: sheet.rows.length };
    },

    async start(actor, principal, body) {
      const source = await sourceOf({ id: body.sourceId });
      const file = await readUpload(body.fileId);
      const mapping = mappingOf(body.mapping);
      const id = await create(actor, source, file.name, mapping, body.fileId);
      const job: ImportJob = { id, actor, source, fileName: file.name, bytes: file.bytes, mapping, sheet: body.sheet, authorName: principal.name };
      // In the background: the poller reads the row; a failure ends as status 'failed' on it, never as a 5xx.
      void executeImport(database, deps, job).catch(() => undefined);
      return get(id);
    },

    get,

    async run(actor, body, onProgress) {
      const source = await sourceOf(body.sourceId ? { id: body.sourceId } : { code: body.sourceCode ?? '' });
      const file = body.file ?? (body.fileId ? await readUpload(body.fileId) : null);
      if (!file) throw refuse('请给出要导入的工作簿', 'Give the workbook to import', 'fileId');
      const mapping = mappingOf(body.mapping);
      const id = await create(actor, source, file.name, mapping, body.file ? null : (body.fileId ?? null));
      const authorName = actor.type === 'cli' ? '命令行导入' : '工作簿导入';
      return executeImport(database, deps, { id, actor, source, fileName: file.name, bytes: file.bytes, mapping, sheet: body.sheet, authorName }, onProgress);
    },

    async exportTasks(principal, query) {
      const { items } = await reads.list(principal, { ...query, page: 1, pageSize: EXPORT_LIMIT } as TaskListQuery);
      const ids = items.map((t) => t.id);
      const [structure, reports, unitName] = await Promise.all([repo.structureOf(database.readDb, ids), repo.reportsOfTasks(database.readDb, ids), unitNamer()]);
      // Reports in the export's task order, each task's oldest first.
      const order = new Map(ids.map((id, i) => [id, i]));
      reports.sort((a, b) => order.get(a.taskId)! - order.get(b.taskId)! || a.at.getTime() - b.at.getTime());
      return writeExport({ tasks: items, structure, reports, unitName });
    },

    async progressReport(kind, on, format) {
      const period = periodOf(kind, on);
      const read = database.readDb;
      const [tasks, reports, latest, calendar, rules, unitName] = await Promise.all([
        repo.tasksBefore(read, period.end),
        repo.reportsBetween(read, period.start, period.end),
        repo.latestReports(read, period.end),
        deps.calendar(),
        rulesOf(),
        unitNamer(),
      ]);
      const data = progressData({ period, now: new Date(), tasks, reports, latest, calendar: countingCalendar(calendar), rules, unitName });
      return format === 'docx' ? progressDocx(data) : progressXlsx(data);
    },

    async sweepInterrupted(actor, now = new Date()) {
      return db.transaction(async (tx) => {
        const failed = await repo.failStalledImports(tx, new Date(now.getTime() - STALLED_AFTER_MS), INTERRUPTED, MAX_PROBLEMS, now);
        for (const f of failed) {
          const { id, ...counts } = f;
          await appendAudit(tx, actor, { action: 'ledger.import.failed', entity: 'ledger_import', entityId: id, change: { ...counts, reason: INTERRUPTED.message.en } });
        }
        return failed.length;
      });
    },
  };
}
