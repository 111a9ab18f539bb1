// The catalogue workbook in the browser: the office exports the live catalogue, changes one item's
// name and adds a row that breaks a rule, imports the file, and reads the report (one updated, one
// skipped with its row and rule); the changed item waits as a new draft edition.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signIn } from './support/auth.ts';
import { launchBrowser, newContext, shot, trackErrors } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const dir = mkdtempSync(join(tmpdir(), 'ys-workbook-'));

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, 'desktop', baseUrl, { acceptDownloads: true });
  page = await context.newPage();
  errors = trackErrors(page);
  await signIn(page, 'office');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the catalogue workbook on desktop', () => {
  let exported: string;
  let changedCode: string;

  it('exports the live catalogue as a workbook with items and materials', async () => {
    await page.goto('/catalog/admin/items');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalog-export').click()]);
    exported = join(dir, 'catalog.xlsx');
    await download.saveAs(exported);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['事项', '申请材料']);
    expect(workbook.worksheets[0]!.actualRowCount).toBeGreaterThan(150);
  });

  it('imports it back changed: one item updated as a draft, a bad row reported with its row and rule', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    const items = workbook.worksheets[0]!;
    const header = (items.getRow(1).values as unknown[]).map(String);
    const col = (zh: string) => header.indexOf(zh);
    const first = items.getRow(2);
    changedCode = String(first.getCell(col('业务办理项编码')).value);
    const name = `${String(first.getCell(col('事项名称')).value)}（${run}）`;
    first.getCell(col('事项名称')).value = name;
    const bad = items.getRow(3);
    bad.getCell(col('业务办理项编码')).value = `E2E-BAD-${run}`;
    bad.getCell(col('承诺时限（工作日）')).value = Number(bad.getCell(col('法定时限（工作日）')).value) + 1;
    // Only these two rows go back.
    for (let n = items.actualRowCount; n >= 4; n--) items.spliceRows(n, 1);
    const file = join(dir, 'changed.xlsx');
    await workbook.xlsx.writeFile(file);

    await page.getByTestId('catalog-import').click();
    const dialog = page.getByTestId('catalog-import-dialog');
    await dialog.locator('input[type=file]').setInputFiles(file);
    const report = page.getByTestId('catalog-import-report');
    await report.waitFor();
    await expect.poll(async () => (await report.textContent()) ?? '').toContain('共 2 行，新建 0 个，更新 1 个，发布 0 个，跳过 1 行');
    const problems = page.getByTestId('catalog-import-errors');
    expect(await problems.textContent()).toContain(`E2E-BAD-${run}`);
    // The rule in words; its internal id is not for people.
    expect(await problems.textContent()).toContain('不能超过法定时限');
    expect(await problems.textContent()).not.toContain('promise_exceeds_legal');
    await shot(page, 'catalog-desktop-import-report', { fullPage: false });
    // Only the session check before signing in may fail (401 from /auth/me).
    expect(errors.filter((e) => !/Failed to load resource: .*status of 401.*\/api\/v1\/auth\/me\b/.test(e))).toEqual([]);
  });

  it('shows the changed item with a new draft edition beside the published one', async () => {
    await page.goto(`/catalog/admin/items?q=${encodeURIComponent(changedCode)}&status=draft`);
    const row = page.locator('tr', { hasText: changedCode }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain(run);
    await shot(page, 'catalog-desktop-import-draft', { fullPage: false });
  });
});
