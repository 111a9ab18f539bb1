// The administrator's pages on a desktop and on a phone: create a user (initial password shown
// once), a field error from the server under its field, reset a password, an API token made and
// revoked, a department edit refused on a version conflict, the audit log and its detail, 节假日安排
// (a year added from its notice, an override made, changed and deleted), English.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { addCalendarDays, weekday } from '../common/calendar/index.ts';
import { fillSignIn, goByMenu, pathOf, pickDepartment, pickOption, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, newContext, noToasts, shot, trackErrors, type Device } from './support/browser.ts';
import { choose, settledOverlay, submitAndClose, visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const visibleDrawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content');

/** Tuesday to Thursday: a day off then has no weekend next to it. */
const midweek = (date: string) => [2, 3, 4].includes(weekday(date));

/** The first date from `date` on (itself included) for which `keep` holds. */
const firstFrom = (date: string, keep: (d: string) => boolean) => {
  let d = date;
  while (!keep(d)) d = addCalendarDays(d, 1);
  return d;
};

// The years the holiday journey may add, per device: far ahead (≥ 2090), never this year or the next, which other
// journeys on the shared server count on. The first one the server does not have yet is used (a step tried again,
// or a server that has seen the journey before, already has the earlier ones).
const calendarYears: Record<Device, number[]> = { desktop: [2097, 2095, 2093, 2091], phone: [2096, 2094, 2092, 2090] };

describe.each<Device>(['desktop', 'phone'])('administration on %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  // Unique per run, so the journeys also pass against a server that has seen them before.
  const run = Date.now().toString(36);
  const username = `e2e-${device}-${run}`;
  const tokenName = `E2E 令牌 ${device} ${run}`;

  beforeAll(async () => {
    context = await newContext(browser, device, baseUrl);
    page = await context.newPage();
    errors = trackErrors(page);
    await signIn(page, 'admin');
  });

  afterAll(async () => {
    await context?.close();
  });

  // A failed step leaves a picture of what the browser showed (e2e/screenshots/failed-*.png).
  afterEach(async (test) => {
    if (test.task.result?.state === 'fail') await shot(page, `failed-admin-${device}-${test.task.name}`, { fullPage: false }).catch(() => undefined);
  });

  let initialPassword = '';

  /** Checks the one-time secret dialog, closes it and returns the secret. */
  const secretShown = async (name: string): Promise<string> => {
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    const value = ((await page.getByTestId('secret-value').textContent()) ?? '').trim();
    expect(value.length).toBeGreaterThanOrEqual(8);
    expect(await secret.textContent()).toContain('仅显示这一次');
    await shot(page, `admin-${device}-${name}`, { fullPage: false });
    await page.getByRole('button', { name: '我已保存，关闭' }).click();
    await secret.waitFor({ state: 'detached' });
    return value;
  };

  it('creates a user and shows the initial password once', async () => {
    await goByMenu(page, device, '用户管理');
    await page.getByTestId('user-create').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('user-form').waitFor();
    await drawer.getByLabel('用户名').fill(username);
    await drawer.getByLabel('姓名').fill('测试用户');
    await pickDepartment(page, drawer.getByTestId('user-form-department'), '呼和浩特市市场监督管理局');
    await pickOption(page, drawer.getByTestId('roles-editor').locator('.ant-select').first(), '承办人');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-user-form`, { fullPage: false });
    await page.getByTestId('user-form-save').click();
    initialPassword = await secretShown('user-initial-password');
    await page.locator('[data-testid="user-table"] .ant-table-row', { hasText: username }).waitFor();
  });

  it("puts the server's field error under its field", async () => {
    await page.getByTestId('user-create').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('user-form').waitFor();
    await drawer.getByLabel('用户名').fill(username);
    await drawer.getByLabel('姓名').fill('重复的用户');
    await pickDepartment(page, drawer.getByTestId('user-form-department'), '呼和浩特市市场监督管理局');
    await pickOption(page, drawer.getByTestId('roles-editor').locator('.ant-select').first(), '承办人');
    await page.getByTestId('user-form-save').click();
    const usernameItem = drawer.locator('.ant-form-item', { has: page.getByLabel('用户名') });
    await usernameItem.locator('.ant-form-item-explain-error', { hasText: '用户名已被使用' }).waitFor();
    await shot(page, `admin-${device}-user-field-error`, { fullPage: false });
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await drawer.waitFor({ state: 'detached' });
  });

  it('makes the new user change the initial password before anything else', async () => {
    // The new user, in a browser of their own.
    const own = await newContext(browser, device, baseUrl);
    try {
      const user = await own.newPage();
      const userErrors = trackErrors(user);
      await user.goto('/admin/users');
      await user.getByTestId('sign-in').waitFor();
      await fillSignIn(user, username, initialPassword);
      await user.getByTestId('change-password').waitFor();
      expect(pathOf(user)).toBe('/account/password');
      await user.getByTestId('must-change').waitFor();
      expect(await user.getByTestId('password-rules').textContent()).toContain('至少 8 位');
      // No menu to wander off with, and any address leads back here.
      expect(await user.getByTestId('side-menu').count()).toBe(0);
      expect(await user.getByTestId('menu-button').count()).toBe(0);
      expect(await hasHorizontalScroll(user)).toBe(false);
      await shot(user, `admin-${device}-must-change-password`);
      await user.goto('/');
      await user.getByTestId('change-password').waitFor();

      const form = user.getByTestId('change-password');
      const fieldError = (label: string) =>
        form.locator('.ant-form-item', { has: user.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');
      // The server's checks land under their fields.
      await form.getByLabel('当前密码').fill('not-the-password');
      await form.getByLabel('新密码', { exact: true }).fill('Xin@mima2026');
      await form.getByLabel('确认新密码').fill('Xin@mima2026');
      await user.getByTestId('change-password-submit').click();
      await fieldError('当前密码').filter({ hasText: '当前密码不正确' }).waitFor();
      await form.getByLabel('当前密码').fill(initialPassword);
      await form.getByLabel('新密码', { exact: true }).fill('abcdefghij');
      await form.getByLabel('确认新密码').fill('abcdefghij');
      await user.getByTestId('change-password-submit').click();
      await fieldError('新密码').first().waitFor();
      await shot(user, `admin-${device}-password-policy-error`);

      await form.getByLabel('新密码', { exact: true }).fill('Xin@mima2026');
      await form.getByLabel('确认新密码').fill('Xin@mima2026');
      await user.getByTestId('change-password-submit').click();
      await user.getByTestId('welcome').waitFor();
      expect(pathOf(user)).toBe('/');
      expect(await user.getByTestId('welcome-roles').textContent()).toContain('承办人');
      expect(userErrors.filter((e) => !/Failed to load resource: .*status of (400|401)/.test(e))).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('resets a password and shows the new one once', async () => {
    await page.getByTestId('user-search').fill(username);
    await page.getByTestId('user-search').press('Enter');
    await expect.poll(() => page.locator('[data-testid="user-table"] .ant-table-row').count()).toBe(1);
    await page.getByRole('button', { name: `更多操作 ${username}` }).click();
    await settledOverlay(page, 'dropdown').locator('.ant-dropdown-menu-item', { hasText: '重置密码' }).click();
    await visibleModal(page).getByRole('button', { name: '重置密码' }).click();
    await secretShown('reset-password');
  });

  it('makes an API token, shows its secret once, and revokes it', async () => {
    await goByMenu(page, device, '接口令牌');
    await page.getByTestId('tokens-page').waitFor();
    await page.getByTestId('token-create').click();
    const form = page.getByTestId('token-form');
    await form.waitFor();
    await form.getByLabel('名称').fill(tokenName);
    await pickDepartment(page, form.locator('.ant-form-item', { hasText: '部门' }).locator('.ant-select'), '呼和浩特市市场监督管理局');
    await pickOption(page, form.locator('.ant-form-item', { hasText: '角色' }).locator('.ant-select'), '承办人');
    await page.keyboard.press('Escape'); // close the multiple select's list
    await shot(page, `admin-${device}-token-form`, { fullPage: false });
    await visibleModal(page).getByRole('button', { name: '新建令牌' }).click();
    await secretShown('token-secret');

    const row = page.locator('[data-testid="token-table"] .ant-table-row', { hasText: tokenName });
    await row.waitFor();
    expect(await row.textContent()).toContain('有效');
    await shot(page, `admin-${device}-tokens`);
    await row.getByRole('button', { name: `吊销 ${tokenName}` }).click();
    await settledOverlay(page, 'popover').getByRole('button', { name: /^吊\s*销$/ }).click();
    await row.filter({ hasText: '已吊销' }).waitFor();
  });

  it('refuses a department edit made over someone else’s, and saves a fresh one', async () => {
    await goByMenu(page, device, '部门管理');
    await page.getByTestId('department-search').fill('新城区政务服务局');
    const name = '新城区政务服务局';
    await page.getByRole('button', { name: `编辑 ${name}` }).click();
    const modal = visibleModal(page);
    await modal.getByTestId('department-form').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The row's 编辑 tooltip does not stay drawn over the dialog it opened.
    await expect.poll(() => page.locator('.ant-tooltip:not(.ant-tooltip-hidden)').count()).toBe(0);
    await shot(page, `admin-${device}-department-form`, { fullPage: false });

    // Someone else saves first (same account, another tab): the version moves on.
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const list = (await (await page.request.get('/api/v1/org/departments')).json()) as {
      departments: { id: string; name: string; version: number; shortName: string }[];
    };
    const department = list.departments.find((d) => d.name === name)!;
    const other = await page.request.patch(`/api/v1/org/departments/${department.id}`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { shortName: `${department.shortName}甲`, version: department.version },
    });
    expect(other.status()).toBe(200);

    await modal.getByLabel('简称').fill(`${department.shortName}乙`);
    await modal.getByRole('button', { name: /保\s*存/ }).click();
    await toast(page, '已被他人修改，已重新读取最新内容').waitFor();
    await modal.waitFor({ state: 'detached' });
    await shot(page, `admin-${device}-department-conflict`);

    await page.getByRole('button', { name: `编辑 ${name}` }).click();
    await visibleModal(page).getByTestId('department-form').waitFor();
    expect(await visibleModal(page).getByLabel('简称').inputValue()).toBe(`${department.shortName}甲`);
    await visibleModal(page).getByLabel('简称').fill(department.shortName);
    await visibleModal(page).getByRole('button', { name: /保\s*存/ }).click();
    await toast(page, '已保存').waitFor();
    await page.mouse.move(0, 400); // a hovered message stays open (and covers the header on a phone)
    await toast(page, '已保存').waitFor({ state: 'detached' });
  });

  it('lists the audit log and opens a record', async () => {
    await goByMenu(page, device, '审计日志');
    await page.getByTestId('audit-page').waitFor();
    const rows = page.locator('[data-testid="audit-table"] .ant-table-row');
    await rows.first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-audit`);

    // Filter by action (behind the 筛选条件 button on a phone): the department edits made above.
    if (device === 'phone') await page.getByRole('button', { name: /筛选条件/ }).click();
    const filters = page.getByTestId('audit-filters');
    await filters.getByLabel('动作').fill('org.department.update');
    await page.getByRole('heading', { level: 1 }).click(); // closes the suggestions, keeps the text
    await filters.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL(/action=org\.department\.update/);
    await expect.poll(async () => (await rows.allTextContents()).every((row) => row.includes('修改部门')), { timeout: 20_000 }).toBe(true);
    await shot(page, `admin-${device}-audit-filtered`);

    await rows.first().click();
    const detail = page.getByTestId('audit-detail');
    await detail.waitFor();
    // Names first, the codes (auditors search by them) and the UUIDs small beneath; no English words in between.
    expect(await detail.textContent()).toContain('org.department.update');
    expect(await page.getByTestId('audit-detail-actor').textContent()).toContain('用户');
    expect(await page.getByTestId('audit-detail-actor').textContent()).not.toContain('(user');
    expect(await page.getByTestId('audit-detail-entity').textContent()).toContain('部门');
    expect(await page.getByTestId('audit-detail-entity').textContent()).not.toContain('（department）');
    expect(await page.getByTestId('audit-changed-fields').textContent()).toContain('shortName');
    // The record as stored is folded away under 原始记录 until asked for.
    expect(await page.getByTestId('audit-change').count()).toBe(0);
    await shot(page, `admin-${device}-audit-detail`, { fullPage: false });
    await page.getByTestId('audit-raw-record').getByText('原始记录').click();
    await page.getByTestId('audit-change').waitFor();
    expect(await page.getByTestId('audit-change').textContent()).toMatch(/"before": \{/);
    await shot(page, `admin-${device}-audit-detail-raw`, { fullPage: false });
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    await page.getByTestId('audit-detail').waitFor({ state: 'detached' });
  });

  it('keeps the holiday calendar: 2026 as shipped, a year added from its notice, an override made, changed and deleted', async () => {
    await goByMenu(page, device, '节假日安排');
    await page.getByTestId('calendar-page').waitFor();
    const yearRow = (year: number) => page.locator(`[data-testid="calendar-year-table"] .ant-table-row[data-row-key="${year}"]`);
    await yearRow(2026).click();
    await page.waitForURL(/year=2026/);
    // 国庆 2026: 10/1–10/7 off, read as one run.
    const national = page.locator('[data-testid="calendar-off"][data-from="2026-10-01"]');
    await national.waitFor();
    expect(await national.getAttribute('data-to')).toBe('2026-10-07');
    expect(await yearRow(2026).textContent()).toContain('官方');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-calendar-2026`);

    // A year ≥ 2090 this server does not have: its first Tuesday to Thursday off (1 January in 2097; no weekend next to
    // it, so the page shows it as a run of one day), the first Saturday worked.
    const have = ((await (await page.request.get('/api/v1/calendar/years')).json()) as { years: { year: number }[] }).years.map((y) => y.year);
    const year = calendarYears[device].find((y) => !have.includes(y))!;
    const dayOff = firstFrom(`${year}-01-01`, midweek);
    const saturday = firstFrom(`${year}-01-01`, (d) => weekday(d) === 6);
    await page.getByTestId('calendar-year-add').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('calendar-year-dialog-form').waitFor();
    await dialog.getByLabel('年份').fill(String(year));
    await dialog.getByLabel('依据（通知文号）').fill(`国办发明电〔${year - 1}〕E2E号`);
    const ends = dialog.getByTestId('calendar-holidays').locator('.ant-picker-input input');
    await ends.nth(0).click();
    await ends.nth(0).fill(dayOff);
    await page.keyboard.press('Enter');
    await ends.nth(1).fill(dayOff);
    await page.keyboard.press('Enter');
    await dialog.getByTestId('calendar-workday-add').click();
    const workday = dialog.getByTestId('calendar-workdays').locator('.ant-picker-input input').first();
    await workday.click();
    await workday.fill(saturday);
    await page.keyboard.press('Enter');
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached' }).catch(() => undefined);
    await dialog.getByTestId('calendar-year-summary').filter({ hasText: '将登记 1 个放假日（工作日）和 1 个调休上班日' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-calendar-add-year`, { fullPage: false });
    await submitAndClose(dialog, 'calendar-year-dialog-submit');

    await page.waitForURL(new RegExp(`year=${year}`));
    await yearRow(year).filter({ hasText: '管理员添加' }).waitFor();
    await page.locator(`[data-testid="calendar-off"][data-from="${dayOff}"][data-to="${dayOff}"]`).waitFor();
    await page.locator(`[data-testid="calendar-work"][data-date="${saturday}"]`).waitFor();
    const overrides = page.getByTestId('calendar-override-table');
    await overrides.locator('.ant-table-row', { hasText: dayOff }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-calendar-year`);

    // An override of its own: a weekday in March off, then made a working day again, then deleted.
    const march = firstFrom(`${year}-03-01`, midweek);
    await page.getByTestId('calendar-override-add').click();
    const add = visibleModal(page);
    await add.getByTestId('calendar-override-dialog-form').waitFor();
    await add.getByLabel('日期').fill(march);
    await page.keyboard.press('Enter');
    await add.getByLabel('说明').fill('本市临时调整（E2E）');
    await submitAndClose(add, 'calendar-override-dialog-submit');
    const row = overrides.locator(`.ant-table-row[data-row-key="${march}"]`);
    await row.filter({ hasText: '放假' }).waitFor();
    await page.locator(`[data-testid="calendar-off"][data-from="${march}"]`).waitFor();

    await row.getByRole('button', { name: `编辑 ${march}` }).click();
    const edit = visibleModal(page);
    await edit.getByTestId('calendar-override-dialog-form').waitFor();
    await choose(edit.getByText('上班', { exact: true }));
    await edit.getByLabel('说明').fill('撤销临时调整（E2E）');
    await submitAndClose(edit, 'calendar-override-dialog-submit');
    await row.filter({ hasText: '撤销临时调整（E2E）' }).filter({ hasText: '上班' }).waitFor();
    await page.locator(`[data-testid="calendar-off"][data-from="${march}"]`).waitFor({ state: 'detached' });

    await row.getByRole('button', { name: `删除 ${march}` }).click();
    await settledOverlay(page, 'popover').getByRole('button', { name: /^删\s*除$/ }).click();
    await row.waitFor({ state: 'detached' });
    await noToasts(page);
  });

  it('shows the admin pages in English', async () => {
    await goByMenu(page, device, '用户管理');
    await noToasts(page);
    // Dispatched to the switch itself: a toast at the top of a phone's screen may still lie over it.
    await page.getByText('English', { exact: true }).dispatchEvent('click');
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await page.locator('[data-testid="user-table"] .ant-table-row').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `admin-${device}-users-en`);
    await noToasts(page);
    await page.getByText('中文', { exact: true }).dispatchEvent('click');
    await page.getByRole('heading', { level: 1, name: '用户管理' }).waitFor();
  });

  it('raised no script errors', () => {
    // Expected 4xx: the visitor's session check before signing in (401), the duplicate username
    // (400) and the stale department edit (409).
    const unexpected = errors.filter(
      (e) =>
        !/Failed to load resource: .*status of (400|409)/.test(e) &&
        !/Failed to load resource: .*status of 401.*\/api\/v1\/auth\/me\b/.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});
