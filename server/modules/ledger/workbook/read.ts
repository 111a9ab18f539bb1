// Reading an uploaded ledger workbook: the sheets, the header row (the first of the top rows naming several
// columns; a title row may sit above it), and the data rows as cells with their spreadsheet row numbers.
import ExcelJS from 'exceljs';
import type { ImportField } from '../../../../common/api/ledger.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { guessMapping, headerScore, normaliseHeader, TASK_SHEET } from './columns.ts';

export type Cell = string | number | boolean | Date | null;
export interface SheetRow {
  /** As the spreadsheet numbers it (1-based). */
  row: number;
  cells: Cell[];
}
export interface ReadSheet {
  sheets: string[];
  sheet: string;
  headers: string[];
  headerRow: number;
  rows: SheetRow[];
}

export const unreadable = (zh: string, en: string) => new AppError('BAD_REQUEST', { zh, en });

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return null;
  return null;
}

export const textOf = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};

export const isBlank = (cells: Cell[]) => cells.every((c) => textOf(c) === '');

export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) {
    throw unreadable('不是 .xlsx 文件：旧版 .xls 或 CSV 请先在 Excel 中另存为 .xlsx', 'Not an .xlsx file: save an old .xls or a CSV as .xlsx first');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('无法读取 Excel 文件：文件已损坏，或不是 .xlsx 格式', 'Cannot read the Excel file: it is damaged or not .xlsx');
  }
  return workbook;
}

/**
 * One sheet's header and data rows: the sheet named, else one named 任务 (our export), else the first with rows.
 * `explicit` are headers the caller mapped by hand (they count toward finding the header row).
 */
export function readSheet(workbook: ExcelJS.Workbook, name: string | undefined, explicit: string[] = []): ReadSheet {
  const sheets = workbook.worksheets.map((ws) => ws.name);
  const ws = name
    ? workbook.worksheets.find((w) => w.name === name)
    : (workbook.worksheets.find((w) => w.name === TASK_SHEET && w.actualRowCount > 0) ?? workbook.worksheets.find((w) => w.actualRowCount > 0));
  if (!ws) {
    if (name) throw unreadable(`工作簿中没有名为“${name}”的工作表（有：${sheets.join('、')}）`, `The workbook has no sheet "${name}" (it has: ${sheets.join(', ')})`);
    throw unreadable('工作簿是空的', 'The workbook is empty');
  }
  const all: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, n) => {
    const values = Array.isArray(r.values) ? r.values : [];
    all.push({ row: n, cells: values.slice(1).map((v) => cellOf(v as ExcelJS.CellValue)) });
  });
  // The header: of the top rows, the first naming at least two known columns (or the best one).
  let header: SheetRow | undefined;
  let best = 0;
  for (const r of all.slice(0, 10)) {
    const score = headerScore(r.cells.map(textOf), explicit);
    if (score > best) {
      best = score;
      header = r;
    }
    if (score >= 2) break;
  }
  if (!header) throw unreadable('找不到表头：前 10 行中没有一行写着“任务”“牵头单位”“完成时限”这样的列名', 'No header row found: none of the first 10 rows names columns such as 任务, 牵头单位, 完成时限');
  const headers = header.cells.map(textOf);
  const rows = all.filter((r) => r.row > header.row && !isBlank(r.cells));
  return { sheets, sheet: ws.name, headers, headerRow: header.row, rows };
}

/** field → column index: the guessed mapping with the caller's own choices over it; refuses a header not in the sheet. */
export function columnsOf(headers: string[], mapping: Partial<Record<ImportField, string>>): { columns: Partial<Record<ImportField, number>>; used: Partial<Record<ImportField, string>> } {
  const used: Partial<Record<ImportField, string>> = { ...guessMapping(headers) };
  for (const [field, header] of Object.entries(mapping) as [ImportField, string | undefined][]) {
    if (header === undefined) continue;
    if (header === '') {
      delete used[field];
      continue;
    }
    // A column the caller chose is taken from whatever field guessed it.
    for (const [f, h] of Object.entries(used) as [ImportField, string][]) if (h === header && f !== field) delete used[f];
    used[field] = header;
  }
  const columns: Partial<Record<ImportField, number>> = {};
  for (const [field, header] of Object.entries(used) as [ImportField, string][]) {
    const index = headers.findIndex((h) => h === header) >= 0 ? headers.findIndex((h) => h === header) : headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(header));
    if (index < 0) throw unreadable(`表头中没有“${header}”列（有：${headers.filter(Boolean).join('、')}）`, `The header has no column "${header}" (it has: ${headers.filter(Boolean).join(', ')})`);
    columns[field] = index;
  }
  return { columns, used };
}
