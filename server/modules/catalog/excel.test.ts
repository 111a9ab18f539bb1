import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_CONTENT_TYPE } from '../../../common/api/registry-import.ts';
import { DEMO_PASSWORD } from '../../seed/index.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { createCatalogTestApp, itemBody, newCode, type CatalogTestApp } from '../../test/catalog-factories.ts';

let t: CatalogTestApp;
let admin: Browser;
let clerk: Browser;
const codes: string[] = [];

beforeAll(async () => {
  t = await createCatalogTestApp();
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  clerk = await signIn(t.app, 'clerk', DEMO_PASSWORD);
  const actor = { type: 'system' as const, id: null };
  for (const name of ['食品经营许可证核发', '公共场所卫生许可']) {
    const item = await t.services.catalog.items.create(actor, itemBody(t.dept, { name }));
    await t.services.catalog.items.publish(actor, item.id, item.version);
    codes.push(item.code);
  }
});
afterAll(() => t.close());

async function exported(): Promise<ExcelJS.Workbook> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/admin/export', headers: admin.headers(false) });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_CONTENT_TYPE);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

const upload = async (workbook: ExcelJS.Workbook, query = '', b = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/catalog/admin/import${query}`,
    headers: { ...b.headers(true), 'content-type': XLSX_CONTENT_TYPE },
    payload: Buffer.from(await workbook.xlsx.writeBuffer()),
  });

describe('the catalogue workbook', () => {
  it('exports items with their materials on a second sheet, in Chinese', async () => {
    const workbook = await exported();
    const [items, materials] = workbook.worksheets;
    expect(items!.name).toBe('事项');
    expect(materials!.name).toBe('申请材料');
    expect(items!.getRow(1).getCell(1).value).toBe('业务办理项编码');
    const rows = items!.getSheetValues().slice(2) as unknown[][];
    const exportedCodes = rows.map((r) => r[1]);
    expect(exportedCodes).toEqual(expect.arrayContaining(codes));
    const typeColumn = (items!.getRow(1).values as unknown[]).indexOf('事项类型');
    expect(rows[0]![typeColumn]).toBe('行政许可');
    // Three materials per item in the test factory.
    expect(materials!.actualRowCount - 1).toBe(3 * rows.length);
  });

  it('reads its own export back: a changed row becomes a new draft edition, bad rows are reported by sheet, row and field', async () => {
    const workbook = await exported();
    const items = workbook.worksheets[0]!;
    const header = items.getRow(1).values as unknown[];
    const col = (zh: string) => header.indexOf(zh);
    const first = items.getRow(2);
    first.getCell(col('事项名称')).value = '食品经营许可证核发（新版）';
    // A new item whose promise exceeds its legal limit, and one naming an unknown department.
    const copy = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);
    const bad = items.addRow(copy(first));
    bad.getCell(col('业务办理项编码')).value = newCode('X');
    bad.getCell(col('承诺时限（工作日）')).value = 99;
    const orphan = items.addRow(copy(first));
    orphan.getCell(col('业务办理项编码')).value = newCode('Y');
    orphan.getCell(col('实施部门')).value = '不存在的局';

    const res = await upload(workbook);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ total: codes.length + 2, skipped: 2, created: 0, published: 0 });
    expect(report.updated).toBe(codes.length);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: 'items', row: bad.number, field: 'promisedLimitDays' }),
        expect.objectContaining({ sheet: 'items', row: orphan.number, field: 'implementingDepartment' }),
      ]),
    );
    // The rule's words, without its internal id: people read this report.
    const exceeds = report.errors.find((e: { row: number }) => e.row === bad.number).message;
    expect(exceeds.zh).toMatch(/^承诺时限（99 个工作日）不能超过法定时限（\d+ 个工作日）$/);
    expect(exceeds.en).not.toContain('promise_exceeds_legal');

    const code = first.getCell(col('业务办理项编码')).value as string;
    const published = await t.services.catalog.items.getPublished(code);
    expect(published.name).toBe('食品经营许可证核发');
    const { editions } = await t.services.catalog.items.editions(published.id);
    expect(editions.map((e) => [e.edition, e.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    const draft = await t.services.catalog.items.get(editions[0]!.id);
    expect(draft.name).toBe('食品经营许可证核发（新版）');
    expect(draft.materials).toEqual(published.materials);
  });

  it('publishes good rows when asked, and refuses bad material rows with their item', async () => {
    const workbook = await exported();
    const items = workbook.worksheets[0]!;
    const materials = workbook.worksheets[1]!;
    const code = newCode('N');
    const row = items.addRow((items.getRow(2).values as unknown[]).slice(1));
    row.getCell(1).value = code;
    materials.addRow([code, 'id_card', '身份证', '申请人自备', '', '', '电子', 1, '必要', '', '']);
    const broken = newCode('M');
    const second = items.addRow((items.getRow(2).values as unknown[]).slice(1));
    second.getCell(1).value = broken;
    const badMaterial = materials.addRow([broken, 'BAD KEY', '身份证', '申请人自备', '', '', '电子', 1, '必要', '', '']);
    // Only the two new rows: drop the exported ones.
    for (let n = items.actualRowCount; n >= 2; n--) if (![row.number, second.number].includes(n)) items.spliceRows(n, 1);

    const report = (await upload(workbook, '?publish=true')).json();
    expect(report).toMatchObject({ total: 2, created: 1, published: 1, skipped: 1 });
    expect(report.errors).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'materials', row: badMaterial.number, field: 'key' })]));
    const item = await t.services.catalog.items.getPublished(code);
    expect(item.materials.map((m) => m.key)).toEqual(['id_card']);
  });

  it('refuses what is not a workbook, an empty body, a JSON body, and a clerk', async () => {
    const post = (payload: string | Buffer, type: string, b = admin) =>
      t.app.inject({ method: 'POST', url: '/api/v1/catalog/admin/import', headers: { ...b.headers(true), 'content-type': type }, payload });
    const garbage = await post(Buffer.from('not a zip'), XLSX_CONTENT_TYPE);
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().detail).toContain('Excel');
    expect((await post(Buffer.alloc(0), XLSX_CONTENT_TYPE)).statusCode).toBe(400);
    expect((await post('{}', 'application/json')).statusCode).toBe(415);
    expect((await post(Buffer.from('x'), XLSX_CONTENT_TYPE, clerk)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/catalog/admin/export' });
    expect(anonymous.statusCode).toBe(401);
  });
});
