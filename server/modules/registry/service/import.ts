// 批量导入/导出: entities from an office's spreadsheet, checked row by row exactly like a single
// registration (zod `entityInput`, then `entityProblems`), plus duplicates within the file and
// USCCs already registered. Good rows go in even when others are bad; every bad row is reported
// with its row number, field and reason. One audit row per import. The export streams an .xlsx
// with the same columns, so an export can be edited and imported again.
import { createHash } from 'node:crypto';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import {
  IMPORT_COLUMNS,
  IMPORT_FIELDS,
  MAX_IMPORT_ERRORS,
  MAX_IMPORT_ROWS,
  type exportQuery,
  type ImportError,
  type ImportField,
  type ImportReport,
} from '../../../../common/api/registry-import.ts';
import { ENTITY_STATUS_LABELS, ENTITY_STATUSES, ENTITY_TAG_LABELS, ENTITY_TAGS, entityInput } from '../../../../common/api/registry.ts';
import { normalizeUscc } from '../../../../common/ids/index.ts';
import { INDUSTRY_SECTIONS } from '../../../../common/registry/industries.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { zodIssuesToFields } from '../../../platform/errors/index.ts';
import type { NewEntity } from '../entities-repository.ts';
import * as repo from '../import-repository.ts';
import { entityProblems, entityRowOf } from './entities.ts';
import { decodeText, findHeader, isBlank, parseCsv, readXlsx, sniffFormat, unreadable, type Cell, type SheetRow } from './import-read.ts';

export type ImportFormat = 'csv' | 'xlsx';
type EntityInput = z.infer<typeof entityInput>;
type Bilingual = { zh: string; en: string };

/** 1 万元 = 10,000 yuan = 1,000,000 fen. */
const FEN_PER_WAN = 1_000_000;
const INSERT_BATCH = 1000;

const text = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return isoOfUtc(c);
  return String(c).trim();
};
const isoOfUtc = (d: Date) => d.toISOString().slice(0, 10);

function isRealDate(y: number, m: number, d: number) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an Excel date, or an Excel serial day number. */
export function parseDate(c: Cell | undefined): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : isoOfUtc(c);
  if (typeof c === 'number') {
    if (c < 1 || c > 2_958_465) return null;
    return isoOfUtc(new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86_400_000));
  }
  const s = text(c);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

const STATUS_WORDS = new Map<string, (typeof ENTITY_STATUSES)[number]>([
  ...ENTITY_STATUSES.flatMap((s) => [[s, s], [ENTITY_STATUS_LABELS[s].zh, s], [ENTITY_STATUS_LABELS[s].en.toLowerCase(), s]] as const),
  ['在业', 'active'],
  ['在营', 'active'],
  ['开业', 'active'],
  ['在册', 'active'],
  ['存续（在营、开业、在册）', 'active'],
  ['已注销', 'deregistered'],
  ['已吊销', 'revoked'],
  ['吊销，未注销', 'revoked'],
]);
const TAG_WORDS = new Map<string, (typeof ENTITY_TAGS)[number]>(
  ENTITY_TAGS.flatMap((t) => [[t, t], [ENTITY_TAG_LABELS[t].zh, t], [ENTITY_TAG_LABELS[t].en.toLowerCase(), t]] as const),
);
const SECTION_BY_NAME = new Map(Object.entries(INDUSTRY_SECTIONS).map(([letter, name]) => [name, letter]));

const statusList = ENTITY_STATUSES.map((s) => ENTITY_STATUS_LABELS[s].zh).join('、');

/** One row's cells → the API's entity input, or field errors for cells no schema could read. */
function toInput(cells: Partial<Record<ImportField, Cell>>): { input: Record<string, unknown>; problems: { field: ImportField; message: Bilingual }[] } {
  const problems: { field: ImportField; message: Bilingual }[] = [];
  const input: Record<string, unknown> = {
    uscc: normalizeUscc(text(cells.uscc)),
    name: text(cells.name),
    legalRepresentative: text(cells.legalRepresentative),
    address: text(cells.address),
    districtCode: text(cells.districtCode),
  };
  if (typeof cells.uscc === 'number') {
    // Excel keeps at most 15 significant digits of a number: an all-digit code typed into a number cell is already lost.
    problems.push({ field: 'uscc', message: { zh: '该代码在 Excel 中被存成了数字，末几位已丢失：请把该列设为“文本”后重新填写', en: 'Excel stored this code as a number and lost its last digits: format the column as Text and enter it again' } });
  }
  const section = text(cells.industrySection);
  input.industrySection = SECTION_BY_NAME.get(section) ?? (/^[a-z]$/i.test(section) ? section.toUpperCase() : section);
  const klass = cells.industryClass;
  // A class typed as a number loses its leading zero in Excel (0311 → 311).
  input.industryClass = typeof klass === 'number' ? String(klass).padStart(4, '0') : text(klass) || null;

  const capital = cells.registeredCapital;
  const capitalText = text(capital).replace(/[,，\s]/g, '').replace(/万元$|万$/, '');
  if (capitalText === '') input.registeredCapitalFen = null;
  else if (/^\d+(\.\d+)?$/.test(capitalText)) input.registeredCapitalFen = Math.round(Number(capitalText) * FEN_PER_WAN);
  else problems.push({ field: 'registeredCapital', message: { zh: '应为数字（单位：万元）', en: 'must be a number (in 10,000 CNY)' } });

  const established = text(cells.establishedOn);
  if (established === '') input.establishedOn = '';
  else {
    const iso = parseDate(cells.establishedOn ?? null);
    if (iso) input.establishedOn = iso;
    else problems.push({ field: 'establishedOn', message: { zh: `“${established}”不是有效日期（应为 YYYY-MM-DD）`, en: `"${established}" is not a valid date (use YYYY-MM-DD)` } });
  }

  const status = text(cells.status);
  if (status === '') input.status = 'active';
  else {
    const known = STATUS_WORDS.get(status) ?? STATUS_WORDS.get(status.toLowerCase());
    if (known) input.status = known;
    else problems.push({ field: 'status', message: { zh: `不认识的登记状态“${status}”（应为：${statusList}）`, en: `unknown status "${status}" (use one of: ${ENTITY_STATUSES.join(', ')})` } });
  }

  const tagWords = text(cells.tags)
    .split(/[、,，;；|\s]+/)
    .filter(Boolean);
  const tags = tagWords.map((w) => TAG_WORDS.get(w) ?? TAG_WORDS.get(w.toLowerCase()));
  const unknownTags = tagWords.filter((_, i) => !tags[i]);
  if (unknownTags.length) {
    problems.push({ field: 'tags', message: { zh: `不认识的标签：${unknownTags.join('、')}`, en: `unknown tags: ${unknownTags.join(', ')}` } });
  }
  input.tags = [...new Set(tags.filter(Boolean))];
  return { input, problems };
}

const fieldOfPath = (path: string): ImportField | 'row' => {
  const head = path.split('.')[0] ?? '';
  if (head === 'registeredCapitalFen') return 'registeredCapital';
  return (IMPORT_FIELDS as readonly string[]).includes(head) ? (head as ImportField) : 'row';
};

const REQUIRED = IMPORT_FIELDS.filter((f) => IMPORT_COLUMNS[f].required);
const columnOrder = (field: string) => (IMPORT_FIELDS as readonly string[]).indexOf(field);

export interface ImportProgress {
  (stage: 'checked' | 'inserted', done: number, total: number): void;
}

export interface ImportOptions {
  format: ImportFormat;
  onProgress?: ImportProgress;
}

export async function readRows(bytes: Buffer, format: ImportFormat): Promise<SheetRow[]> {
  if (bytes.length === 0) throw unreadable('文件是空的', 'The file is empty');
  if (format === 'xlsx') {
    if (sniffFormat(bytes) !== 'xlsx') throw unreadable('无法读取 Excel 文件：文件已损坏，或不是 .xlsx 格式', 'Cannot read the Excel file: it is damaged or not .xlsx');
    return readXlsx(bytes);
  }
  if (sniffFormat(bytes) === 'xlsx') throw unreadable('这是 Excel 文件，不是 CSV：请按 .xlsx 上传', 'This is an Excel file, not CSV: upload it as .xlsx');
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) {
    throw unreadable('这是旧版 Excel（.xls）文件：请在 Excel 中另存为 .xlsx 或 CSV 后再导入', 'This is an old Excel (.xls) file: save it as .xlsx or CSV first');
  }
  return parseCsv(decodeText(bytes));
}

export function createImportService(database: Database) {
  const { db } = database;

  return {
    async importEntities(actor: Actor, bytes: Buffer, options: ImportOptions): Promise<ImportReport> {
      const rows = await readRows(bytes, options.format);
      const header = findHeader(rows);
      const data = rows.filter((r) => r.row > header.row && !isBlank(r.cells));
      if (data.length > MAX_IMPORT_ROWS) {
        throw unreadable(`文件有 ${data.length} 行数据，一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分后再导入`, `The file has ${data.length} data rows; import at most ${MAX_IMPORT_ROWS} at a time`);
      }
      const errors: ImportError[] = [];
      const candidates: { row: number; uscc: string; entity: NewEntity }[] = [];
      const firstRowOf = new Map<string, number>();
      const badRows = new Set<number>();
      const report = (row: number, field: string, message: Bilingual) => {
        badRows.add(row);
        errors.push({ row, field, message });
      };

      for (const [n, r] of data.entries()) {
        const cells: Partial<Record<ImportField, Cell>> = {};
        for (const f of IMPORT_FIELDS) {
          const index = header.columns[f];
          if (index !== undefined) cells[f] = r.cells[index] ?? null;
        }
        const { input, problems } = toInput(cells);
        const seen = new Set<string>();
        const add = (field: string, message: Bilingual) => {
          if (seen.has(field)) return;
          seen.add(field);
          report(r.row, field, message);
        };
        for (const p of problems) add(p.field, p.message);
        for (const f of REQUIRED) if (input[f] === '') add(f, { zh: '必填', en: 'is required' });
        const parsed = entityInput.safeParse(input);
        if (!parsed.success) for (const f of zodIssuesToFields(parsed.error.issues)) add(fieldOfPath(f.path), f.message);
        // The same checks as one registration (USCC check digits, district, class vs section, no future
        // date). An import never admits a failing USCC (no override column), so no "ask an admin" hint.
        for (const p of entityProblems((parsed.success ? parsed.data : input) as EntityInput, { mayOverride: true })) add(fieldOfPath(p.path), p.message);
        const uscc = String(input.uscc);
        if (uscc) {
          const first = firstRowOf.get(uscc);
          if (first !== undefined) add('uscc', { zh: `与第 ${first} 行的统一社会信用代码重复`, en: `the same USCC as row ${first}` });
          else firstRowOf.set(uscc, r.row);
        }
        if (!seen.size && parsed.success) candidates.push({ row: r.row, uscc, entity: entityRowOf(parsed.data) });
        if ((n + 1) % 5000 === 0) options.onProgress?.('checked', n + 1, data.length);
      }
      options.onProgress?.('checked', data.length, data.length);

      const registered = await repo.findRegisteredUsccs(db, [...firstRowOf.keys()].filter((u) => u.length === 18));
      // Who holds it, as a single registration says (entities.ts): the clerk can tell a repeat from a wrong code.
      const registeredTo = (name: string) => ({ zh: `该统一社会信用代码已登记为「${name}」`, en: `this USCC is already registered to “${name}”` });
      for (const [uscc, row] of firstRowOf) {
        const holder = registered.get(uscc);
        if (holder !== undefined) report(row, 'uscc', registeredTo(holder));
      }
      const good = candidates.filter((c) => !registered.has(c.uscc));

      let inserted = 0;
      const digest = createHash('sm3').update(bytes).digest('hex');
      await db.transaction(async (tx) => {
        for (let i = 0; i < good.length; i += INSERT_BATCH) {
          const batch = good.slice(i, i + INSERT_BATCH);
          const went = new Set(await repo.insertEntitiesReturningUscc(tx, batch.map((c) => c.entity)));
          inserted += went.size;
          // Registered by someone else between the check and the insert (its holder not read: the transaction is mid-way).
          for (const c of batch) if (!went.has(c.uscc)) report(c.row, 'uscc', { zh: '该统一社会信用代码刚被登记', en: 'this USCC was registered meanwhile' });
          options.onProgress?.('inserted', Math.min(i + INSERT_BATCH, good.length), good.length);
        }
        await appendAudit(tx, actor, {
          action: 'registry.entity.import',
          entity: 'market_entity',
          change: { format: options.format, bytes: bytes.length, sm3: digest, total: data.length, inserted, skipped: data.length - inserted, errors: errors.length },
        });
      });
      errors.sort((a, b) => a.row - b.row || columnOrder(a.field) - columnOrder(b.field));
      return { total: data.length, inserted, skipped: data.length - inserted, errors: errors.slice(0, MAX_IMPORT_ERRORS), errorsTruncated: errors.length > MAX_IMPORT_ERRORS };
    },

    /** A streamed .xlsx of the entities matching the search filters, in registration order. */
    exportXlsx(filter: z.infer<typeof exportQuery>): Readable {
      const out = new PassThrough();
      void writeWorkbook(database, filter, out).catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
      return out;
    },
  };
}

function drained(out: PassThrough) {
  return new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/** Excel's limit is 1,048,576 rows a sheet; start another sheet well before it. */
const ROWS_PER_SHEET = 1_000_000;
const EXPORT_PAGE = 2000;

async function writeWorkbook(database: Database, filter: z.infer<typeof exportQuery>, out: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = '营商通 Yingshang';
  const columns = IMPORT_FIELDS.map((f) => ({
    header: IMPORT_COLUMNS[f].zh,
    key: f,
    width: f === 'name' || f === 'address' ? 40 : f === 'uscc' ? 22 : 14,
    style: f === 'establishedOn' ? { numFmt: 'yyyy-mm-dd' } : f === 'registeredCapital' ? { numFmt: '0.00####' } : {},
  }));
  let sheet: ExcelJS.Worksheet | null = null;
  let sheetRows = 0;
  let sheets = 0;
  let after: string | null = null;
  for (;;) {
    const page = await repo.exportPage(database.readDb, filter, after, EXPORT_PAGE);
    if (!sheet || (page.length && sheetRows >= ROWS_PER_SHEET)) {
      sheet?.commit();
      sheet = workbook.addWorksheet(sheets === 0 ? '市场主体' : `市场主体${sheets + 1}`, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = columns;
      sheetRows = 0;
      sheets++;
    }
    for (const e of page) {
      sheet.addRow({
        uscc: e.uscc,
        name: e.name,
        legalRepresentative: e.legalRepresentative,
        registeredCapital: e.registeredCapitalFen === null ? null : e.registeredCapitalFen / FEN_PER_WAN,
        industrySection: e.industrySection,
        industryClass: e.industryClass,
        address: e.address,
        districtCode: e.districtCode,
        establishedOn: new Date(`${e.establishedOn}T00:00:00Z`),
        status: ENTITY_STATUS_LABELS[e.status as (typeof ENTITY_STATUSES)[number]]?.zh ?? e.status,
        tags: (e.tags as (typeof ENTITY_TAGS)[number][]).map((t) => ENTITY_TAG_LABELS[t]?.zh ?? t).join('、'),
      }).commit();
      sheetRows++;
    }
    if (page.length < EXPORT_PAGE) break;
    after = page[page.length - 1]!.id;
    // Let the response drain before reading more, so a slow client does not make us buffer the city.
    if (out.writableNeedDrain) await drained(out);
    if (out.destroyed) return; // the client went away
  }
  sheet.commit();
  await workbook.commit();
}

export type ImportService = ReturnType<typeof createImportService>;
