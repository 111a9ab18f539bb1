// Reading an uploaded spreadsheet into rows of cells: .xlsx through exceljs, .csv (RFC 4180) in
// UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 — what Excel on a Chinese Windows saves
// as "CSV" — when the bytes are not valid UTF-8. Finds the header row and maps it to entity fields.
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, IMPORT_FIELDS, type ImportField } from '../../../../common/api/registry-import.ts';
import { AppError } from '../../../platform/errors/index.ts';

export type Cell = string | number | boolean | Date | null;
export interface SheetRow {
  /** As the spreadsheet numbers it (1-based). */
  row: number;
  cells: Cell[];
}

export const unreadable = (zh: string, en: string) => new AppError('BAD_REQUEST', { zh, en });

/** 'xlsx' for a ZIP container (PK\x03\x04), 'csv' otherwise. */
export function sniffFormat(bytes: Buffer): 'csv' | 'xlsx' {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304 ? 'xlsx' : 'csv';
}

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Excel's "CSV" on a Chinese Windows is GBK, which GB18030 contains.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: quoted fields may hold separators, quotes ("") and line breaks; CRLF or LF ends a record. */
export function parseCsv(text: string): SheetRow[] {
  if (text.includes('\u0000')) throw unreadable('文件不是文本格式的 CSV（含有二进制数据）', 'The file is not a text CSV (it contains binary data)');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
  const rows: SheetRow[] = [];
  let cells: Cell[] = [];
  let field = '';
  let quoted = false;
  let record = 1;
  let i = 0;
  const endField = () => {
    cells.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    rows.push({ row: record++, cells });
    cells = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
    i++;
  }
  if (quoted) throw unreadable('CSV 文件的引号没有闭合', 'The CSV file has an unclosed quote');
  if (field !== '' || cells.length) endRecord();
  return rows;
}

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return null;
}

// The whole workbook is loaded (measured: ≈ 35 MB of memory per MB of .xlsx). exceljs's streaming reader would
// use less, but it garbles characters split across its chunks (exceljs issues #2063, #2084) — a
// Chinese name would be imported corrupted.
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable('无法读取 Excel 文件：文件已损坏，或不是 .xlsx 格式（旧的 .xls 请先另存为 .xlsx）', 'Cannot read the Excel file: it is damaged or not .xlsx (save an old .xls as .xlsx first)');
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return [];
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values = Array.isArray(r.values) ? r.values : [];
    // exceljs rows are 1-based (values[0] is empty).
    rows.push({ row: rowNumber, cells: values.slice(1).map((v) => cellOf(v)) });
  });
  return rows;
}

const normaliseHeader = (h: string) =>
  h
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[\s_*＊]/g, '')
    .toLowerCase();

const HEADER_LOOKUP: Map<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((f) => [IMPORT_COLUMNS[f].zh, IMPORT_COLUMNS[f].en, ...IMPORT_COLUMNS[f].aliases].map((h) => [normaliseHeader(h), f] as const)),
);

export interface HeaderMap {
  /** The header's row number. */
  row: number;
  /** Column index of each field found. */
  columns: Partial<Record<ImportField, number>>;
}

/** The first of the top rows naming at least three known columns (a template may have a title row above it). */
export function findHeader(rows: SheetRow[]): HeaderMap {
  for (const r of rows.slice(0, 10)) {
    const columns: Partial<Record<ImportField, number>> = {};
    r.cells.forEach((cell, index) => {
      const field = typeof cell === 'string' ? HEADER_LOOKUP.get(normaliseHeader(cell)) : undefined;
      if (field && columns[field] === undefined) columns[field] = index;
    });
    if (Object.keys(columns).length >= 3) {
      const missing = IMPORT_FIELDS.filter((f) => IMPORT_COLUMNS[f].required && columns[f] === undefined);
      if (missing.length) {
        throw unreadable(
          `表头缺少必需的列：${missing.map((f) => IMPORT_COLUMNS[f].zh).join('、')}`,
          `The header lacks required columns: ${missing.map((f) => IMPORT_COLUMNS[f].en).join(', ')}`,
        );
      }
      return { row: r.row, columns };
    }
  }
  const expected = IMPORT_FIELDS.filter((f) => IMPORT_COLUMNS[f].required);
  throw unreadable(
    `找不到表头：第一行应为列名，如 ${expected.map((f) => IMPORT_COLUMNS[f].zh).join('、')}`,
    `No header row found: the first row should name the columns, e.g. ${expected.map((f) => IMPORT_COLUMNS[f].en).join(', ')}`,
  );
}

export const isBlank = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
