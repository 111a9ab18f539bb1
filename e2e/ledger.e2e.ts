// 督办台账 in the browser. The office gives 住建局 a task (set up through the API); the 住建局 handler, on a 390-px
// phone, finds it in 我的台账任务, files progress with a figure and asks for closure with an evidence photo; the
// office, on a desktop, finds it in 销号审核 and sends it back with a reason; the handler asks again; the office
// approves and the board counts it closed; the board's red light opens the task list filtered by it. Then a dispatch
// meeting's pack; on a desktop, the office adds a source (refused first for what is missing, then for a code in use)
// and edits it, and turns a meeting's decision into a task; and an import of a small workbook with one bad row: the
// progress bar finishes and the bad row is reported with its row and column. Each screen is pictured at 1366 and at
// 390 px (e2e/screenshots/ledger-*).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn } from './support/api.ts';
import { goByMenu, pickDepartment, pickOption, signIn, toast } from './support/auth.ts';
import { devices, hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage } from './support/page.ts';
import { submitAndClose, visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const TITLE = `优化二手房转移登记办理流程（${run}）`;
const dir = mkdtempSync(join(tmpdir(), 'ys-ledger-'));
const today = new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** A 1×1 PNG: the evidence photo (the server recognises files by their bytes). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
let sourceCode = '';
let sourceTitle = '';
let taskPath = '';
let taskNumber = '';

beforeAll(async () => {
  browser = await launchBrowser();
  // The set-up the journey needs but does not test: a source of its own and a task for 住建局.
  const office = await apiSignIn('office');
  const { body: org } = await apiCall<{ departments: { id: string; code: string }[] }>(office, 'GET', '/api/v1/org/departments');
  const zj = org.departments.find((d) => d.code === 'HHHT-ZJ')!;
  sourceCode = `E2E-${run}`;
  sourceTitle = `市优化营商环境实施方案（${run}）`;
  const year = today.slice(0, 4);
  const source = await apiCall<{ id: string }>(office, 'POST', '/api/v1/ledger/sources', { kind: 'city_plan', code: sourceCode, title: sourceTitle, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
  expect(source.status).toBe(201);
  const task = await apiCall<{ id: string; number: string }>(office, 'POST', '/api/v1/ledger/tasks', {
    sourceId: source.body.id,
    title: TITLE,
    detail: '二手房转移登记与水电气过户联动办理，压缩办理时间。',
    leadDepartmentId: zj.id,
    startsOn: inDays(-20),
    dueOn: inDays(40),
    expectedResult: '办理时间压缩至 1 个工作日内',
  });
  expect(task.status).toBe(201);
  taskPath = `/work/ledger/${task.body.id}`;
  taskNumber = task.body.number;
});

afterAll(async () => {
  await browser?.close();
});

const stateOf = (page: Page) => page.getByTestId('task-head').getByTestId('task-state');
const MISSING = '0190f0f0-0000-7000-8000-000000000999';
/**
 * Only the session check before signing in (401), the task that is not there (404) and the new source whose code is
 * in use (409) may fail.
 */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e) && !(/status of 404/.test(e) && e.includes(MISSING)) && !/status of 409 .*\/api\/v1\/ledger\/sources\)$/.test(e));
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);

/** Pictures the page as it is, then at the other width (the layout follows the viewport), and back. */
async function shootBoth(page: Page, device: Device, name: string, ready?: () => Promise<unknown>, fullPage = true) {
  const other: Device = device === 'phone' ? 'desktop' : 'phone';
  // The toast of the last step would cover the header.
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
  await shot(page, `ledger-${device}-${name}`, { fullPage });
  await page.setViewportSize(devices[other].viewport!);
  try {
    await page.waitForTimeout(300);
    await ready?.();
    await noHorizontalScroll(page);
    await shot(page, `ledger-${other}-${name}`, { fullPage });
  } finally {
    await page.setViewportSize(devices[device].viewport!);
    await page.waitForTimeout(200);
  }
}

/** Chooses this run's source in a searchable select (the list is long and virtual: search first). */
async function chooseSource(page: Page, select: ReturnType<Page['locator']>) {
  await select.click();
  await page.keyboard.type(sourceCode);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: sourceCode }).click();
  await select.locator('.ant-select-selection-item', { hasText: sourceCode }).waitFor();
}

async function step(page: Page, action: string, comment: string, evidence?: string) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = visibleModal(page);
  // The dialog is still zooming in: let it settle before typing, and check the words stayed.
  await dialog.getByTestId('step-submit').waitFor();
  await dialog.getByTestId('step-comment').fill(comment);
  if (evidence) {
    await dialog.getByTestId('step-evidence-input').setInputFiles(evidence);
    await dialog.getByTestId('step-evidence-file').first().waitFor();
  }
  await expect.poll(() => dialog.getByTestId('step-comment').inputValue()).toBe(comment);
  await submitAndClose(dialog, 'step-submit');
}

describe('督办台账: progress, closure, send-back, approval, the board, a pack and an import', () => {
  const handler = usePage(() => browser, baseUrl, 'ledger', 'phone', 'handler');
  const office = usePage(() => browser, baseUrl, 'ledger', 'desktop', 'office');

  it('the unit finds the task on a phone, files progress and asks for closure with evidence', async () => {
    const { page } = handler;
    await signIn(page, 'handler');
    await goByMenu(page, 'phone', '我的台账任务');
    const card = page.getByTestId('task-card').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.getByTestId('task-light').getAttribute('data-light')).toBe('green');
    await noHorizontalScroll(page);
    await shootBoth(page, 'phone', 'unit-list', () => page.getByTestId('ledger-mine-table').waitFor());
    await card.getByTestId('task-link').click();
    await page.waitForURL((url) => url.pathname === taskPath);
    expect(await page.getByTestId('task-number').textContent()).toBe(taskNumber);

    await page.getByTestId('action-report').click();
    const report = visibleModal(page);
    await report.getByTestId('report-text').fill('已与供水、供电、燃气公司完成系统对接，二手房过户可同步申请水电气过户。');
    await report.locator('input[data-testid="report-progress"], [data-testid="report-progress"] input').first().fill('60');
    await report.getByTestId('report-figure-add').click();
    await report.getByPlaceholder('指标').fill('平均办理时间');
    await report.getByPlaceholder('数值').fill('1.5 个工作日');
    await noHorizontalScroll(page);
    await shot(page, 'ledger-phone-progress-form', { fullPage: false });
    await report.getByTestId('report-submit').click();
    await report.waitFor({ state: 'detached' });
    await expect.poll(async () => (await page.getByTestId('task-timeline').textContent()) ?? '').toContain('平均办理时间');
    expect(await page.getByTestId('task-progress').textContent()).toContain('60');

    const photo = join(dir, '现场照片.png');
    writeFileSync(photo, PNG);
    await step(page, 'requestClosure', '联动过户已上线运行，平均办理时间压缩至 1 个工作日内，申请销号。', photo);
    await stateOf(page).filter({ hasText: '销号审核中' }).waitFor();
    expect(await page.getByTestId('task-timeline').getByTestId('report-attachment').first().textContent()).toContain('现场照片');
    await noHorizontalScroll(page);
    expect(unexpectedErrors(handler.errors)).toEqual([]);
  }, 60_000);

  it('the office finds it in 销号审核 and sends it back with a reason', async () => {
    const { page } = office;
    await signIn(page, 'office');
    await goByMenu(page, 'desktop', '销号审核');
    const row = page.getByTestId('ledger-review-table').locator('tr', { hasText: taskNumber });
    await row.waitFor();
    await row.getByTestId('task-link').click();
    await page.waitForURL((url) => url.pathname === taskPath);
    await step(page, 'sendBack', '请补充系统上线运行的截图和近一个月的办件数据。');
    await stateOf(page).filter({ hasText: '推进中' }).waitFor();
    expect(await page.getByTestId('task-timeline').textContent()).toContain('近一个月的办件数据');
  }, 60_000);

  it('the unit asks again and the office approves: the task is closed', async () => {
    await handler.page.reload();
    await stateOf(handler.page).filter({ hasText: '推进中' }).waitFor();
    const screenshot = join(dir, '上线截图.png');
    writeFileSync(screenshot, PNG);
    await step(handler.page, 'requestClosure', '已补充上线截图和近一个月办件数据（共办理 326 件）。', screenshot);
    await stateOf(handler.page).filter({ hasText: '销号审核中' }).waitFor();
    await shootBoth(handler.page, 'phone', 'task');

    const { page } = office;
    await page.reload();
    await stateOf(page).filter({ hasText: '销号审核中' }).waitFor();
    await step(page, 'approve', '材料齐全，同意销号。');
    await stateOf(page).filter({ hasText: '已销号' }).waitFor();
    expect(await page.getByTestId('task-light').first().getAttribute('data-light')).toBe('done');
    await page.getByTestId('task-no-actions').waitFor();
    // A task that is not there says so.
    await page.goto(`/work/ledger/${MISSING}`);
    await page.getByTestId('task-not-found').waitFor();
  }, 60_000);

  it('the board counts it closed under its source', async () => {
    const { page } = office;
    await goByMenu(page, 'desktop', '台账总览');
    await page.getByTestId('ledger-board-lights').waitFor();
    const chart = () => page.getByTestId('ledger-chart-units').locator('canvas').waitFor();
    await chart();
    // The city's board (the demo city's ledger and this journey's task), then this run's source alone.
    await shootBoth(page, 'desktop', 'board', chart);
    await chooseSource(page, page.getByTestId('ledger-board-source'));
    await expect.poll(async () => (await page.getByTestId('ledger-board-done').textContent()) ?? '').toMatch(/已销号\s*1\b/);
    expect(await page.getByTestId('ledger-half-time').textContent()).toContain(sourceTitle);
    expect(unexpectedErrors(office.errors)).toEqual([]);
  }, 60_000);

  it('the board’s red light opens the task list filtered by it', async () => {
    const { page } = office;
    // The whole city's board (the last test left this run's source chosen).
    await page.goto('/office/ledger');
    await page.getByTestId('ledger-board-red').click();
    await page.waitForURL((url) => url.pathname === '/office/ledger/tasks' && url.searchParams.get('light') === 'red');
    await page.getByTestId('ledger-tasks-table').getByTestId('task-link').first().waitFor();
    const lights = await page.getByTestId('ledger-tasks-table').getByTestId('task-light').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-light')));
    expect(new Set(lights)).toEqual(new Set(['red']));
    await shot(page, 'ledger-desktop-tasks', { fullPage: false });
  }, 60_000);

  it('a dispatch meeting shows its pack per unit', async () => {
    const { page } = office;
    await goByMenu(page, 'desktop', '调度会');
    await page.getByTestId('ledger-meeting-new').click();
    await visibleModal(page).getByTestId('meeting-title').fill(`优化营商环境工作调度会（${run}）`);
    await visibleModal(page).getByTestId('meeting-submit').click();
    await page.getByTestId('ledger-meeting-page').waitFor();
    await page.getByTestId('ledger-pack-totals').waitFor();
    await shootBoth(page, 'desktop', 'pack', () => page.getByTestId('ledger-pack-totals').waitFor(), false);
  }, 60_000);

  it('the office adds and edits a source, and turns a meeting’s decision into a task, through their dialogs', async () => {
    const { page } = office;
    // 台账结构 (the address, not the menu: a retry must not meet a dialog the failed try left open).
    await page.goto('/office/ledger/structure');
    const sources = page.getByTestId('ledger-sources');
    const rowOf = (code: string) => sources.locator('tr.ant-table-row').filter({ has: page.locator('.ys-code', { hasText: new RegExp(`^${code}$`) }) });
    await sources.locator('tr.ant-table-row').first().waitFor();
    // A code the demo's ledger has already (not one a journey made: those start E2E-).
    const codes = await sources.locator('tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.querySelector('.ys-code')?.textContent?.trim() ?? ''));
    const taken = codes.find((c) => c !== '' && !c.startsWith('E2E-'));
    if (!taken) throw new Error(`No demo source in the list: ${codes.join(', ')}`);
    const sent: string[] = [];
    const onRequest = (request: Request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/ledger/sources') sent.push(request.url());
    };
    page.on('request', onRequest);
    const dialog = page.getByTestId('ledger-source-dialog');
    const form = dialog.getByTestId('ledger-source-form');
    const item = (id: string) => form.locator('.ant-form-item', { has: page.locator(`#${id}`) });
    const fresh = `E2E-UI-${Date.now().toString(36).toUpperCase()}`;
    const title = `领导批示事项（${fresh}）`;
    try {
      // 新增来源, sent empty: each required field says so and nothing goes to the server.
      await page.getByTestId('ledger-source-add').click();
      await form.waitFor();
      await dialog.getByTestId('ledger-source-submit').click();
      for (const id of ['code', 'title', 'period']) await item(id).locator('.ant-form-item-explain-error', { hasText: '请填写此项' }).waitFor();
      expect(sent).toEqual([]);

      // Filled with a code in use: the server's refusal goes under 编号, nothing above the buttons.
      await pickOption(page, item('kind').locator('.ant-select'), '领导批示');
      await item('code').locator('input').fill(taken);
      await item('title').locator('input').fill(title);
      const ends = item('period').locator('.ant-picker-input input');
      const year = today.slice(0, 4);
      await ends.nth(0).click();
      await ends.nth(0).fill(`${year}-01-01`);
      await page.keyboard.press('Enter');
      await ends.nth(1).fill(`${year}-12-31`);
      await page.keyboard.press('Enter');
      await item('period').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
      await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached' }).catch(() => undefined);
      await dialog.getByTestId('ledger-source-submit').click();
      await item('code').locator('.ant-form-item-explain-error', { hasText: `台账来源编号 ${taken} 已存在` }).waitFor();
      expect(sent).toHaveLength(1);
      expect(await dialog.getByTestId('ledger-source-error').count()).toBe(0);
      await shot(page, 'ledger-desktop-source-refused', { fullPage: false });

      // A fresh code: saved, the dialog closes and the list shows it.
      await item('code').locator('input').fill(fresh);
      await item('code').locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
      await dialog.getByTestId('ledger-source-submit').click();
      await dialog.waitFor({ state: 'detached' });
      await toast(page, '已保存').waitFor();
      expect(sent).toHaveLength(2);
    } finally {
      page.off('request', onRequest);
    }
    const row = rowOf(fresh);
    await row.filter({ hasText: title }).waitFor();
    expect(await row.textContent()).toContain('领导批示');

    // 修改来源: a new title, saved and shown.
    const renamed = `领导批示事项（${fresh}，已修改）`;
    await row.getByTestId('ledger-source-edit').click();
    await form.waitFor();
    expect(await item('code').locator('input').inputValue()).toBe(fresh);
    await item('title').locator('input').fill(renamed);
    await dialog.getByTestId('ledger-source-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await row.filter({ hasText: renamed }).waitFor();

    // 调度会: a meeting of this step's own, and a decision of it that becomes a task for 住建局.
    await goByMenu(page, 'desktop', '调度会');
    await page.getByTestId('ledger-meeting-new').click();
    await visibleModal(page).getByTestId('meeting-title').fill(`议定事项调度会（${fresh}）`);
    await visibleModal(page).getByTestId('meeting-submit').click();
    await page.getByTestId('ledger-meeting-page').waitFor();
    const decision = page.getByTestId('decision-dialog');
    const decisionTitle = `二手房“带押过户”全面推开（${fresh}）`;
    await page.getByTestId('meeting-add-decision').click();
    await decision.getByTestId('decision-form').waitFor();
    await decision.getByTestId('decision-title').fill(decisionTitle);
    await pickDepartment(page, decision.getByTestId('decision-lead'), '呼和浩特市住房和城乡建设局');
    await decision.getByTestId('decision-submit').click();
    await decision.waitFor({ state: 'detached' });
    const done = toast(page, '议定事项已转为台账任务');
    await done.waitFor();
    const number = /TZ\d{9,}/.exec((await done.textContent()) ?? '')?.[0];
    expect(number).toBeDefined();
    const decided = page.getByTestId('meeting-decisions-table').getByTestId('task-link').filter({ hasText: number! });
    await decided.waitFor();
    expect(await page.getByTestId('meeting-decisions-table').textContent()).toContain(decisionTitle);
    expect(unexpectedErrors(office.errors)).toEqual([]);
  }, 60_000);

  it('imports a small workbook: the progress bar finishes, the good rows are kept and the bad one reported', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['问题编号', '问题', '整改措施', '任务', '牵头单位', '配合单位', '完成时限', '预期成效']);
    sheet.addRow(['Q1', '不动产登记办理时间偏长', '推行一窗受理', `不动产登记一窗受理（${run}）`, '住建局', '市场监管局', inDays(60), '全程 1 个工作日']);
    sheet.addRow(['Q1', '不动产登记办理时间偏长', '推行一窗受理', `登记结果邮寄送达（${run}）`, '住建局', '', inDays(90), '']);
    sheet.addRow(['Q2', '涉企检查多头重复', '推行综合查一次', `综合查一次清单（${run}）`, '没有这个单位', '', inDays(30), '']);
    const file = join(dir, '台账.xlsx');
    await workbook.xlsx.writeFile(file);

    const { page } = office;
    await goByMenu(page, 'desktop', '导入台账');
    await page.getByTestId('ledger-import-input').setInputFiles(file);
    await page.getByTestId('ledger-import-setup').waitFor();
    await chooseSource(page, page.getByTestId('ledger-import-source'));
    await page.getByTestId('ledger-import-start').click();
    const progress = page.getByTestId('ledger-import-progress');
    await expect.poll(() => progress.getAttribute('data-status'), { timeout: 20_000 }).toBe('done');
    expect(await page.getByTestId('ledger-import-counts').textContent()).toMatch(/已导入\s*2.*有问题\s*1/);
    const problems = (await page.getByTestId('ledger-import-problems').textContent()) ?? '';
    expect(problems).toContain('没有这个单位');
    expect(problems).toMatch(/\b4\b/);
    await shootBoth(page, 'desktop', 'import', () => page.getByTestId('ledger-import-problems').waitFor());
    expect(unexpectedErrors(office.errors)).toEqual([]);
  }, 60_000);
});
