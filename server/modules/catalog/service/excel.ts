// The catalogue workbook: export every live item (its latest edition) with materials on a second
// sheet, and import such a workbook row by row — good rows become drafts (or new draft editions of
// existing items, optionally published), bad rows are reported with their sheet, row and field.
import ExcelJS from 'exceljs';
import type { CatalogImportReport } from '../../../../common/api/catalog-excel.ts';
import { ITEM_COLUMNS, ITEM_SHEET, MATERIAL_COLUMNS, MATERIAL_SHEET } from '../../../../common/api/catalog-excel.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import * as repo from '../items-repository.ts';
import { checkMaterialRow, itemCells, materialCells, readItemRow, type Cell, type DepartmentLookup } from './excel-format.ts';
import { presentItem, type ItemService } from './items.ts';
import type { CatalogDeps } from './shared.ts';

export type ExcelDeps = Pick<CatalogDeps, 'departments' | 'departmentName'>;

type Row = Partial<Record<string, Cell>>;
type ReportError = CatalogImportReport['errors'][number];

async function lookup(deps: ExcelDeps): Promise<DepartmentLookup> {
  const all = await deps.departments();
  const byId = new Map(all.map((d) => [d.id, d.code]));
  const byKey = new Map(all.flatMap((d) => [[d.code.toUpperCase(), d.id] as const, [d.name, d.id] as const]));
  return { codeOf: (id) => byId.get(id) ?? id, idOf: (v) => byKey.get(v.trim().toUpperCase()) ?? byKey.get(v.trim()) ?? null };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** Rows of a sheet keyed by column key (headers in Chinese or English), with their spreadsheet row numbers. */
function readSheet(sheet: ExcelJS.Worksheet | undefined, columns: readonly (readonly [string, string, string])[]): { row: number; cells: Row }[] {
  if (!sheet) return [];
  const norm = (s: string) => s.replace(/[\s（）()]/g, '').toLowerCase();
  const byHeader = new Map(columns.flatMap(([key, zh, en]) => [[norm(zh), key] as const, [norm(en), key] as const, [norm(key), key] as const]));
  let keys: (string | undefined)[] = [];
  const rows: { row: number; cells: Row }[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    const values = (Array.isArray(r.values) ? r.values : []).slice(1).map((v) => cellValue(v as ExcelJS.CellValue));
    if (keys.length === 0) {
      keys = values.map((v) => (typeof v === 'string' ? byHeader.get(norm(v)) : undefined));
      return;
    }
    if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) return;
    const cells: Row = {};
    values.forEach((v, i) => {
      const key = keys[i];
      if (key) cells[key] = v;
    });
    rows.push({ row: n, cells });
  });
  return rows;
}

export function createCatalogExcel(database: Database, deps: ExcelDeps, items: ItemService) {
  return {
    async exportXlsx(): Promise<Buffer> {
      const departments = await lookup(deps);
      const rows = await repo.latestLiveEditions(database.readDb);
      const workbook = new ExcelJS.Workbook();
      const itemSheet = workbook.addWorksheet(ITEM_SHEET.zh);
      const materialSheet = workbook.addWorksheet(MATERIAL_SHEET.zh);
      itemSheet.columns = ITEM_COLUMNS.map(([key, zh]) => ({ header: zh, key, width: key === 'name' || key === 'legalBasis' ? 36 : 16 }));
      materialSheet.columns = MATERIAL_COLUMNS.map(([key, zh]) => ({ header: zh, key, width: key === 'name' ? 32 : 16 }));
      for (const row of rows) {
        const item = await presentItem(row, deps.departmentName);
        itemSheet.addRow(itemCells(item, departments));
        for (const m of item.materials) materialSheet.addRow(materialCells(item.code, m, departments));
      }
      for (const sheet of [itemSheet, materialSheet]) {
        sheet.getRow(1).font = { bold: true };
        sheet.views = [{ state: 'frozen', ySplit: 1 }];
      }
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },

    async importXlsx(actor: Actor, bytes: Buffer, options: { publish: boolean }): Promise<CatalogImportReport> {
      const workbook = new ExcelJS.Workbook();
      try {
        await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      } catch {
        throw new AppError('BAD_REQUEST', { zh: '无法读取 Excel 文件：文件已损坏，或不是 .xlsx 格式', en: 'Cannot read the Excel file: it is damaged or not .xlsx' });
      }
      const named = (n: { zh: string; en: string }, index: number) =>
        workbook.worksheets.find((ws) => ws.name === n.zh || ws.name.toLowerCase() === n.en.toLowerCase()) ?? workbook.worksheets[index];
      const itemRows = readSheet(named(ITEM_SHEET, 0), ITEM_COLUMNS);
      const materialRows = readSheet(named(MATERIAL_SHEET, 1), MATERIAL_COLUMNS);
      if (itemRows.length === 0) throw new AppError('BAD_REQUEST', { zh: '工作簿的“事项”表没有数据行', en: 'The workbook\'s "Items" sheet has no data rows' });

      const departments = await lookup(deps);
      const errors: ReportError[] = [];
      const materialsByCode = new Map<string, Row[]>();
      const badMaterialCodes = new Set<string>();
      for (const { row, cells } of materialRows) {
        const code = String(cells.code ?? '').trim();
        const problems = checkMaterialRow(cells);
        for (const p of problems) errors.push({ sheet: 'materials', row, code: code || null, field: p.field, message: p.message });
        if (problems.length) badMaterialCodes.add(code);
        materialsByCode.set(code, [...(materialsByCode.get(code) ?? []), cells]);
      }

      const report = { total: itemRows.length, created: 0, updated: 0, published: 0, skipped: 0 };
      for (const { row, cells } of itemRows) {
        const code = String(cells.code ?? '').trim() || null;
        const fail = (field: string, message: { zh: string; en: string }) => errors.push({ sheet: 'items', row, code, field, message });
        if (code && badMaterialCodes.has(code)) {
          fail('materials', { zh: '该事项的申请材料行有错误（见“申请材料”表）', en: 'This item has bad material rows (see the Materials sheet)' });
          report.skipped++;
          continue;
        }
        const { input, errors: cellErrors } = readItemRow(cells, materialsByCode.get(code ?? '') ?? [], departments);
        if (!input) {
          for (const e of cellErrors) fail(e.field, e.message);
          report.skipped++;
          continue;
        }
        try {
          const draft = await repo.findItemByCode(database.db, input.code, 'draft');
          const latest = draft ? null : (await repo.listEditions(database.db, input.code))[0];
          let saved;
          if (draft) {
            saved = await items.update(actor, draft.id, { ...input, version: draft.version });
            report.updated++;
          } else if (latest) {
            // A published or retired item: the import opens its next edition.
            const opened = await items.newEdition(actor, latest.id);
            saved = await items.update(actor, opened.id, { ...input, version: opened.version });
            report.updated++;
          } else {
            saved = await items.create(actor, input);
            report.created++;
          }
          if (options.publish) {
            await items.publish(actor, saved.id, saved.version);
            report.published++;
          }
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          if (err.fields.length) for (const f of err.fields) fail(f.path.replace(/^body\./, ''), f.message);
          else fail('row', err.text);
          report.skipped++;
        }
      }
      return { ...report, errors };
    },
  };
}

export type CatalogExcel = ReturnType<typeof createCatalogExcel>;
