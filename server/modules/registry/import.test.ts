import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, IMPORT_FIELDS, XLSX_CONTENT_TYPE, type ImportReport } from '../../../common/api/registry-import.ts';
import { createRng, generateUscc, type Rng } from '../../../common/ids/index.ts';
import { cliActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, openTestDatabase, testEngine, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';

type Cell = string | number | Date | null;
const HEADER = IMPORT_FIELDS.map((f) => IMPORT_COLUMNS[f].zh);

let t: TestApp;
let admin: Browser;
const registered = generateUscc(createRng(99), { regionCode: '150102' });
const goodOne = generateUscc(createRng(98), { regionCode: '150103' });
const badCheck = goodOne.slice(0, 17) + (goodOne[17] === '0' ? '1' : '0');

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  await t.services.registry.entities.create(cliActor, null, {
    uscc: registered, name: '已登记测试有限公司', legalRepresentative: '王五', industrySection: 'F', address: '呼和浩特市新城区新华大街1号', districtCode: '150102', establishedOn: '2010-01-01', status: 'active', tags: [],
  });
});
afterAll(() => t.close());

/**
 * The mixed file: header in row 1, data from row 2. Good rows get fresh USCCs from `rng` (so the
 * same file can be imported once per format); bad rows are the same every time.
 */
function mixedRows(rng: Rng, prefix: string, typed: boolean): { rows: Cell[][]; good: string[] } {
  const uscc = () => generateUscc(rng, { regionCode: '150105' });
  const [a, b, c, d] = [uscc(), uscc(), uscc(), generateUscc(rng, { regionCode: '150104', kind: '2' })];
  const date = (iso: string): Cell => (typeof iso === 'string' && typed ? new Date(`${iso}T00:00:00Z`) : iso);
  const row = (u: string, name: string, over: Partial<Record<(typeof IMPORT_FIELDS)[number], Cell>> = {}): Cell[] => {
    const base: Record<string, Cell> = {
      uscc: u, name, legalRepresentative: '张三', registeredCapital: typed ? 100 : '100', industrySection: 'F', industryClass: '5212',
      address: '呼和浩特市赛罕区昭乌达路1号', districtCode: typed ? 150105 : '150105', establishedOn: date('2015-06-01'), status: '存续', tags: '',
    };
    return IMPORT_FIELDS.map((f) => (f in over ? over[f]! : base[f]!));
  };
  return {
    good: [a, b, c, d],
    rows: [
      row(a, `${prefix}商贸有限公司`, { address: '呼和浩特市赛罕区昭乌达路1号,A座 "东门"' }), // 2
      row(badCheck, '校验码错误有限公司'), // 3
      row(b, `${prefix}科技有限公司`, { industrySection: 'M', industryClass: '7320', tags: '新经济、高新技术企业', registeredCapital: typed ? 500.5 : '500.5万元' }), // 4
      row(goodOne, '区划错误有限公司', { districtCode: '990101' }), // 5
      row(uscc(), '未来日期有限公司', { establishedOn: date('2031-05-01') }), // 6
      row(uscc(), ''), // 7 no name
      row(a, '重复代码有限公司'), // 8 same USCC as row 2
      row(registered, '已登记测试有限公司'), // 9
      row(uscc(), '门类错误有限公司', { industrySection: 'Z', industryClass: null }), // 10
      IMPORT_FIELDS.map(() => null), // 11 blank: not counted
      row(c, `${prefix}建筑工程有限责任公司`, { industrySection: 'E', industryClass: '4710', status: '', establishedOn: date('1998-12-31') }), // 12
      row(uscc(), '日期无效有限公司', { establishedOn: '2023-02-30' }), // 13
      row(d, `${prefix}便利店`, { registeredCapital: null, tags: null, status: 'active' }), // 14
    ],
  };
}

const expectedErrors = [
  [3, 'uscc'],
  [5, 'districtCode'],
  [6, 'establishedOn'],
  [7, 'name'],
  [8, 'uscc'],
  [9, 'uscc'],
  [10, 'industrySection'],
  [13, 'establishedOn'],
];

async function xlsxOf(rows: Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow(HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvOf(rows: Cell[][]): string {
  const quote = (c: Cell) => {
    const s = c === null ? '' : String(c);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** GB18030 bytes (what Excel on a Chinese Windows saves as CSV), from the decoder's own table. */
function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(a, b));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch)!);
    else throw new Error(`no GB18030 two-byte code for ${ch}`);
  }
  return Buffer.from(bytes);
}

const post = (body: Buffer | string, contentType: string, query = '', browser = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/registry/entities/import${query}`, headers: { ...browser.headers(true), 'content-type': contentType }, payload: body });

describe('POST /api/v1/registry/entities/import', () => {
  const reports: Record<string, ImportReport> = {};
  const files: [string, (rows: Cell[][]) => Promise<[Buffer, string]>, boolean][] = [
    ['xlsx', async (rows) => [await xlsxOf(rows), XLSX_CONTENT_TYPE], true],
    ['csv UTF-8 with BOM', async (rows) => [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows))]), 'text/csv; charset=utf-8'], false],
    ['csv GB18030', async (rows) => [gb18030(csvOf(rows)), 'text/csv'], false],
    ['csv UTF-8 as octet-stream', async (rows) => [Buffer.from(csvOf(rows)), 'application/octet-stream'], false],
  ];

  it.each(files.map(([name], i) => [name, i] as const))('%s: reports every bad row with its row, field and reason, and inserts every good row', async (name, i) => {
    const [, build, typed] = files[i]!;
    const { rows, good } = mixedRows(createRng(1000 + i), `导入测试${i}`, typed);
    const [bytes, type] = await build(rows);
    const res = await post(bytes, type, type === 'application/octet-stream' ? '?format=csv' : '');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ImportReport;
    reports[name] = report;
    expect(report).toMatchObject({ total: 12, inserted: 4, skipped: 8, errorsTruncated: false });
    expect(report.errors.map((e) => [e.row, e.field])).toEqual(expectedErrors);
    for (const e of report.errors) expect(e.message.zh.length && e.message.en.length).toBeTruthy();
    expect(report.errors.find((e) => e.row === 8)!.message.zh).toContain('第 2 行');
    expect(report.errors.find((e) => e.row === 9)!.message).toEqual({ zh: '该统一社会信用代码已登记为「已登记测试有限公司」', en: 'this USCC is already registered to “已登记测试有限公司”' });
    for (const uscc of good) expect((await t.app.inject({ url: `/api/v1/registry/entities/${uscc}`, headers: admin.headers() })).statusCode).toBe(200);
    const tech = (await t.app.inject({ url: `/api/v1/registry/entities/${good[1]}`, headers: admin.headers() })).json();
    expect(tech).toMatchObject({ registeredCapitalFen: 500_500_000, tags: ['new_economy', 'high_tech'], industryClass: '7320', districtCode: '150105', establishedOn: '2015-06-01' });
    const first = (await t.app.inject({ url: `/api/v1/registry/entities/${good[0]}`, headers: admin.headers() })).json();
    expect(first.address).toBe('呼和浩特市赛罕区昭乌达路1号,A座 "东门"');
    const shop = (await t.app.inject({ url: `/api/v1/registry/entities/${good[3]}`, headers: admin.headers() })).json();
    expect(shop).toMatchObject({ kind: 'individual', registeredCapitalFen: null, status: 'active' });
  });

  it('gives the same report for .xlsx and for .csv in UTF-8 and GB18030', () => {
    const [first, ...rest] = Object.values(reports);
    expect(rest.length).toBe(3);
    for (const r of rest) expect(r).toEqual(first);
  });

  it('audits each import once, with its counts', async () => {
    const rows = await queryRows<{ change: { total: number; inserted: number; skipped: number } }>(
      t.services.database.db,
      sql`select change from audit_log where action = 'registry.entity.import' order by at`,
    );
    expect(rows.length).toBe(4);
    expect(rows[0]!.change).toMatchObject({ total: 12, inserted: 4, skipped: 8 });
  });

  it('refuses a body that is not a spreadsheet with 415, and unreadable bytes with 400', async () => {
    for (const [body, type] of [['{"a":1}', 'application/json'], ['统一社会信用代码', 'text/plain']] as const) {
      const res = await post(body, type);
      expect(res.statusCode, type).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const zipLike = Buffer.concat([Buffer.from('PK\x03\x04'), garbage]);
    for (const [body, type] of [[garbage, XLSX_CONTENT_TYPE], [zipLike, XLSX_CONTENT_TYPE], [garbage, 'text/csv'], [zipLike, 'application/octet-stream']] as const) {
      const res = await post(body, type);
      expect(res.statusCode, type).toBe(400);
      expect(res.json().code).toBe('BAD_REQUEST');
      expect(res.json().title).toMatch(/文件|CSV|Excel/);
    }
    const noHeader = await post('甲,乙,丙\r\n1,2,3\r\n', 'text/csv');
    expect(noHeader.statusCode).toBe(400);
    expect(noHeader.json().title).toContain('表头');
  });

  it('reads English headers under a title row, and says when Excel turned a code into a number', async () => {
    const code = generateUscc(createRng(77), { regionCode: '150102' });
    const english = ['Template: market entities', '', IMPORT_FIELDS.map((f) => IMPORT_COLUMNS[f].en).join(','), `${code},English Header Trading Co,Li Si,50,F,,1 Xinhua Street Hohhot,150102,2020-01-02,Active,`].join('\n');
    const res = await post(english, 'text/csv');
    expect(res.json()).toMatchObject({ total: 1, inserted: 1, errors: [] });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(HEADER);
    sheet.addRow([Number('911501021234567890'), '数字代码有限公司', '张三', 10, 'F', null, '呼和浩特市新城区新华大街1号', '150102', '2020-01-02', '存续', null]);
    const numeric = await post(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX_CONTENT_TYPE);
    expect(numeric.json().errors[0]).toMatchObject({ row: 2, field: 'uscc' });
    expect(numeric.json().errors[0].message.zh).toContain('数字');
  });

  it('is for admins and approvers only', async () => {
    const clerk = await signIn(t.app, 'clerk', DEMO_PASSWORD);
    expect((await post(csvOf([]), 'text/csv', '', clerk)).statusCode).toBe(403);
  });
});

describe('GET /api/v1/registry/entities/export.xlsx', () => {
  it('streams the matching entities with the import’s headers, and importing the export elsewhere gives the same entities', async () => {
    const res = await t.app.inject({ url: `/api/v1/registry/entities/export.xlsx?q=${encodeURIComponent('导入测试')}`, headers: admin.headers() });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers['content-disposition']).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.actualRowCount).toBe(1 + 16);

    const other = await createTestApp();
    try {
      await seedDemoCity(other.services, { seed: 1, scale: 'small', catalog: false });
      const otherAdmin = await signIn(other.app, 'admin', DEMO_PASSWORD);
      const imported = await other.app.inject({
        method: 'POST',
        url: '/api/v1/registry/entities/import',
        headers: { ...otherAdmin.headers(true), 'content-type': XLSX_CONTENT_TYPE },
        payload: res.rawPayload,
      });
      expect(imported.json()).toMatchObject({ total: 16, inserted: 16, skipped: 0, errors: [] });
      const strip = ({ id: _id, version: _version, ...rest }: Record<string, unknown>) => rest;
      const list = async (app: TestApp, browser: Browser) =>
        ((await app.app.inject({ url: `/api/v1/registry/entities?q=${encodeURIComponent('导入测试')}&pageSize=100`, headers: browser.headers() })).json().items as Record<string, unknown>[]).map(strip);
      const before = await list(t, admin);
      expect(before.length).toBe(16);
      expect(await list(other, otherAdmin)).toEqual(before);
    } finally {
      await other.close();
    }
  });
});

describe(`yingshang registry import on ${testEngine}`, () => {
  it('prints the summary and the first errors, progress on stderr, and exits 1 when a row failed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-import-'));
    const db = testEngine === 'postgres' ? await openTestDatabase() : null;
    try {
      const file = path.join(dir, '市场主体.csv');
      writeFileSync(file, csvOf(mixedRows(createRng(5000), '命令行测试', false).rows));
      const env = { ...process.env, LOG_LEVEL: 'silent', ...(db ? { DATABASE_URL: db.url! } : { DATA_DIR: dir }) };
      const bin = path.resolve(import.meta.dirname, '../../../bin/yingshang.js');
      const result = await promisify(execFile)(process.execPath, [bin, 'registry', 'import', file], { env }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('共 12 行，导入 5 行，跳过 7 行');
      expect(result.stdout).toContain('第 3 行 统一社会信用代码');
      expect(result.stderr).toContain('checked 12/12');
    } finally {
      await db?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
