// The registry on a desktop and on a phone: an approver finds an entity by the start of its name and
// opens its file, is refused shared data without a rule (and told it was logged) and given it with
// one, is told at once that a USCC fails its check and sees the server's "already registered" under
// the field, imports a spreadsheet with a bad row, issues a licence, opens its printable view and
// takes its verification code; signed out, anyone checks that code on /verify and sees 有效; a
// citizen opens 谁查看了我的数据. Licence types and 我的企业 are in registry-accounts.e2e.ts.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRng, generateUscc } from '../common/ids/index.ts';
import { goByMenu, pickToday, menuLabels, pathOf, pickOption, signIn, userMenu } from './support/auth.ts';
import { apiCall, apiSignIn } from './support/api.ts';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  shot,
  trackErrors,
  type Device,
} from './support/browser.ts';
import { visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const rng = createRng(Date.now() % 2_147_483_647);

let browser: Browser;

interface LicenceTypeRow {
  id: string;
  code: string;
  name: string;
  issuingDepartmentId: string;
}

let foodType: LicenceTypeRow | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  const admin = await apiSignIn('admin');
  const types = await apiCall<{ types: LicenceTypeRow[] }>(admin, 'GET', '/api/v1/registry/licence-types');
  foodType = types.body.types.find((type) => type.code === 'FOOD_BUSINESS');
  // The approver (市场监管局) may read an entity's record for supervision: make sure a rule says so,
  // whether or not the demo data brought its rules.
  const departments = await apiCall<{ departments: { id: string; code: string }[] }>(
    admin,
    'GET',
    '/api/v1/org/departments',
  );
  const scjg = departments.body.departments.find((d) => d.code === 'HHHT-SCJG')!;
  const rules = await apiCall<{
    rules: { consumerDepartmentId: string; resource: string; purposes: string[] }[];
  }>(admin, 'GET', '/api/v1/registry/sharing-rules');
  const allowed = rules.body.rules.some(
    (r) =>
      r.consumerDepartmentId === scjg.id && r.resource === 'record' && r.purposes.includes('supervision'),
  );
  if (!allowed) {
    const added = await apiCall(admin, 'POST', '/api/v1/registry/sharing-rules', {
      consumerDepartmentId: scjg.id,
      resource: 'record',
      purposes: ['supervision'],
      note: 'E2E：双随机抽查调取登记信息',
    });
    expect(added.status).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
});

const visibleDrawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content');
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);

describe.each<Device>(['desktop', 'phone'])('the registry on %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  // Unique per run and device, so the journeys pass against a server that has seen them before.
  const prefix = `呼和浩特青测${run}${device === 'desktop' ? 'D' : 'P'}`;
  const name = `${prefix}乳业有限公司`;
  const uscc = generateUscc(rng, { regionCode: '150105' });
  let code = '';

  beforeAll(async () => {
    // The entity this journey works on, registered through the API as the approver would.
    const approver = await apiSignIn('approver');
    const created = await apiCall(approver, 'POST', '/api/v1/registry/entities', {
      uscc,
      name,
      legalRepresentative: '高峰',
      registeredCapitalFen: 500_000_000,
      industrySection: 'H',
      industryClass: '6210',
      address: '呼和浩特市赛罕区大学西街 1 号',
      districtCode: '150105',
      establishedOn: '2020-05-01',
      tags: ['new_economy'],
    });
    expect(created.status).toBe(201);
    context = await newContext(browser, device, baseUrl);
    page = await context.newPage();
    errors = trackErrors(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  // A failed step leaves a picture of what the browser showed (e2e/screenshots/failed-*.png).
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await shot(page, `failed-registry-${device}-${test.task.name}`, { fullPage: false }).catch(
      () => undefined,
    );
    // Start the next step from a clean page rather than behind a dialog this one left open.
    await page.reload().catch(() => undefined);
  });

  it('gives an approver the registry menu and finds an entity by the start of its name', async () => {
    await signIn(page, 'approver');
    expect(await menuLabels(page, device)).toEqual(
      expect.arrayContaining(['市场主体', '电子证照', '数据共享']),
    );
    expect(await menuLabels(page, device)).not.toContain('谁查看了我的数据');
    await goByMenu(page, device, '市场主体');
    await page.getByTestId('entities-page').waitFor();
    expect(pathOf(page)).toBe('/registry/entities');
    // At least the entity made above is listed (the list waits for its data, not for a spinner).
    await page.getByTestId('entity-link').first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-entities`);

    await page.getByTestId('entity-search').fill(prefix);
    await page.getByTestId('entity-search').press('Enter');
    await page.waitForURL(/\/registry\/entities\?q=/);
    const link = page.getByTestId('entity-link').filter({ hasText: name });
    await link.waitFor();
    expect(await page.getByTestId('entity-link').count()).toBe(1);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-entities-search`);

    await link.click();
    await page.getByTestId('entity-page').waitFor();
    expect(pathOf(page)).toBe(`/registry/entities/${uscc}`);
    expect(await page.getByTestId('entity-name').textContent()).toBe(name);
    expect(await page.getByTestId('entity-uscc').textContent()).toBe(uscc);
    expect(await page.getByTestId('entity-head').textContent()).toContain('新经济');
    await page.getByTestId('profile-section-licences').waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-entity-file`);
  });

  it('refuses shared data no rule allows, says it was logged, and gives it with a rule', async () => {
    await page.getByTestId('share-request').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('share-form').waitFor();
    await pickOption(page, dialog.getByTestId('share-purpose'), '统计分析');
    await dialog.getByTestId('share-case').fill(`TJ-${run}`);
    await dialog.getByTestId('share-submit').click();
    const refused = dialog.getByTestId('share-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('已拒绝');
    // Said once (the server's refusal says it; the hint only says what to do).
    expect(((await refused.textContent()) ?? '').match(/记入共享日志|已记录/g)).toHaveLength(1);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-share-refused`, { fullPage: false });

    await dialog.getByRole('button', { name: /再次调取/ }).click();
    await pickOption(page, dialog.getByTestId('share-purpose'), '监管执法');
    await dialog.getByTestId('share-case').fill(`JC-${run}`);
    await dialog.getByTestId('share-submit').click();
    const allowed = dialog.getByTestId('share-allowed');
    await allowed.waitFor();
    expect(await allowed.textContent()).toContain(uscc);
    expect(await allowed.textContent()).toContain('存续');
    // What the share log shows and is searched by (the case, the credit code), not the row's internal id.
    expect(await allowed.textContent()).toContain(`办件编号 JC-${run}`);
    expect(await allowed.textContent()).not.toMatch(/记录号|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    await shot(page, `registry-${device}-share-allowed`, { fullPage: false });
    await dialog.getByTestId('share-close').click();
    await dialog.waitFor({ state: 'detached' });

    // Both requests are in the file's own log section now.
    const section = page.getByTestId('profile-section-sharing');
    await expect.poll(async () => (await section.textContent()) ?? '').toContain(`JC-${run}`);
    expect(await section.textContent()).toContain(`TJ-${run}`);
    await noHorizontalScroll(page);
    await section.scrollIntoViewIfNeeded();
    await shot(page, `registry-${device}-entity-file-sharing`, { fullPage: false });
  });

  it("checks the USCC as it is typed, and puts the server's field error under its field", async () => {
    await goByMenu(page, device, '市场主体');
    await page.getByTestId('entity-create').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('entity-form').waitFor();
    const usccItem = drawer.locator('.ant-form-item', { has: page.getByLabel('统一社会信用代码') });
    // A code failing its check character: only an administrator may register it, so the form says so at once.
    const wrongCheck = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    await drawer.getByLabel('统一社会信用代码').fill(wrongCheck);
    await drawer.getByLabel('名称').fill(`${prefix}重复登记测试有限公司`);
    await usccItem.locator('.ant-form-item-explain-error', { hasText: '校验码' }).waitFor();
    expect(await usccItem.textContent()).toContain('管理员');
    await shot(page, `registry-${device}-entity-uscc-check`, { fullPage: false });

    // A valid code that is already registered: only the server knows, and its answer lands under the field.
    await drawer.getByLabel('统一社会信用代码').fill(uscc);
    await drawer.getByLabel('法定代表人').fill('张三');
    await pickOption(
      page,
      drawer.locator('.ant-form-item', { hasText: '行业门类' }).locator('.ant-select'),
      'H 住宿和餐饮业',
    );
    await drawer.getByLabel('住所').fill('呼和浩特市新城区新华大街 2 号');
    await pickOption(page, drawer.getByTestId('entity-district'), '新城区');
    await pickToday(page, drawer.getByLabel('成立日期'));
    await page.getByTestId('entity-form-save').click();
    // The server names the entity that holds the code.
    const refused = usccItem.locator('.ant-form-item-explain-error', { hasText: `已登记为「${name}」` });
    await refused.waitFor();
    // The drawer scrolls the refused field into view: the person who pressed 保存 at its foot sees why.
    const inView = () => refused.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    await expect.poll(inView).toBe(true);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-entity-uscc-error`, { fullPage: false });
    await drawer.getByRole('button', { name: /取\s*消/ }).click();
    await drawer.waitFor({ state: 'detached' });
  });

  it('imports a spreadsheet and lists the bad rows with their reasons', async () => {
    const good = generateUscc(rng, { regionCode: '150102' });
    const csv = [
      '统一社会信用代码,名称,法定代表人,行业门类,住所,区划代码,成立日期',
      `${good},${prefix}导入餐饮有限公司,李四,H,呼和浩特市新城区中山路 8 号,150102,2019-07-01`,
      `911501020000000000,${prefix}错误代码有限公司,王五,H,呼和浩特市新城区中山路 9 号,150102,2019-07-01`,
    ].join('\n');
    await page.getByTestId('entity-import').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('import-dialog').waitFor();
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'entities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const report = dialog.getByTestId('import-report');
    await report.waitFor();
    expect(await report.textContent()).toContain('共读取 2 行，导入 1 行，跳过 1 行');
    const errorsTable = dialog.getByTestId('import-errors');
    expect(await errorsTable.textContent()).toContain('统一社会信用代码');
    expect(await errorsTable.locator('.ant-table-row').first().textContent()).toMatch(/^3/);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-import-report`, { fullPage: false });
    await dialog.getByRole('button', { name: /关\s*闭/ }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('issues a licence from the file, opens its printable view and takes its verification code', async () => {
    expect(
      foodType,
      'the demo data has no 食品经营许可证 (FOOD_BUSINESS) licence type: the registry seed must add the licence types',
    ).toBeDefined();
    await page.getByTestId('entity-search').fill(prefix);
    await page.getByTestId('entity-search').press('Enter');
    await page.getByTestId('entity-link').filter({ hasText: name }).click();
    await page.getByTestId('entity-page').waitFor();

    await page.getByTestId('licence-issue').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('licence-form').waitFor();
    await pickOption(page, drawer.getByTestId('licence-type'), '食品经营许可证');
    // What the registration already says is filled in; the office adds the rest.
    expect(await drawer.getByLabel('经营者名称').inputValue()).toBe(name);
    expect(await drawer.getByLabel('经营场所').inputValue()).toBe('呼和浩特市赛罕区大学西街 1 号');
    await drawer.getByLabel('主体业态').fill('餐饮服务经营者（中型餐馆）');
    await drawer.getByLabel('经营项目').fill('热食类食品制售；冷食类食品制售');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence-form`, { fullPage: false });
    await page.getByTestId('licence-form-save').click();

    await page.getByTestId('licence-page').waitFor();
    expect(pathOf(page)).toMatch(/^\/registry\/licences\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('licence-status').first().textContent()).toBe('有效');
    code = ((await page.getByTestId('licence-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence`);

    await page.getByTestId('licence-print-link').click();
    await page.getByTestId('certificate').waitFor();
    expect(pathOf(page)).toMatch(/\/print$/);
    expect(await page.getByTestId('certificate-code').textContent()).toBe(code);
    const qr = page.getByTestId('certificate-qr');
    await qr.waitFor();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.getByTestId('certificate').textContent()).toContain(`${baseUrl}/verify/${code}`);
    expect(await page.getByTestId('certificate').textContent()).toContain('热食类食品制售');
    // Each date of the validity stays on one line.
    expect(await page.getByTestId('certificate-validity').locator('.ys-nowrap').count()).toBe(2);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence-print`);

    // On paper only the certificate: no header, menu or buttons. (A printout is laid out at the
    // paper's width whatever the screen, so the check uses an A4-wide page.)
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ys-header').isVisible()).toBe(false);
    expect(await page.getByTestId('print-button').isVisible()).toBe(false);
    expect(await page.getByTestId('certificate').isVisible()).toBe(true);
    await shot(page, `registry-${device}-licence-print-media`);
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(viewport);
  });

  it('lists the licence and the share log', async () => {
    await goByMenu(page, device, '电子证照');
    await page.getByTestId('licences-page').waitFor();
    await page.getByTestId('licence-search').fill(uscc);
    await page.getByTestId('licence-search').press('Enter');
    await page.waitForURL(new RegExp(`holderUscc=${uscc}`));
    await expect.poll(() => page.getByTestId('licence-link').count()).toBe(1);
    expect(await page.getByTestId('licence-link').textContent()).toBe('食品经营许可证');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licences`);

    await goByMenu(page, device, '数据共享');
    await page.getByTestId('sharing-page').waitFor();
    await page.getByTestId('share-log-allowed').getByText('拒绝', { exact: true }).click();
    await page.waitForURL(/allowed=false/);
    await page.getByText(`TJ-${run}`).first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-share-log-refused`);
    await page.getByTestId('sharing-tabs').getByText('共享规则', { exact: true }).click();
    await page.getByTestId(device === 'phone' ? 'rules-cards' : 'rules-table').waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-sharing-rules`);
  });

  it('lets anyone, signed out, verify the licence by its code', async () => {
    await userMenu(page, '退出登录');
    await page.getByTestId('sign-in').waitFor();
    await page.goto(`/verify/${code}`);
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    expect(await result.getAttribute('data-result')).toBe('valid');
    expect(await page.getByTestId('verify-word').textContent()).toBe('有效');
    expect(await result.textContent()).toContain(name);
    expect(await result.textContent()).toContain('食品经营许可证');
    expect(await page.getByTestId('verify-time').textContent()).toMatch(
      /核验时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}/,
    );
    expect(await page.getByTestId('header-sign-in').isVisible()).toBe(true); // the public layout, nobody signed in
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-verify-valid`);

    // A code nobody issued: "no such licence" (and not a crash).
    await page.getByTestId('verify-input').fill('ZZZZ ZZZZ ZZZZ');
    await page.getByTestId('verify-submit').click();
    await page.waitForURL(/\/verify\/ZZZZZZZZZZZZ$/);
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-result')).toBe('notFound');
    expect(await page.getByTestId('verify-word').textContent()).toBe('查无此证');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-verify-unknown`);

    await page.goto('/verify');
    await page.getByTestId('verify-form').waitFor();
    await shot(page, `registry-${device}-verify-form`);
  });

  it('shows a citizen who looked at their data', async () => {
    await signIn(page, 'shimin');
    const labels = await menuLabels(page, device);
    expect(labels).toContain('谁查看了我的数据');
    expect(labels).not.toContain('市场主体');
    await goByMenu(page, device, '谁查看了我的数据');
    await page.getByTestId('data-access-page').waitFor();
    expect(pathOf(page)).toBe('/me/data-access');
    await page
      .locator('[data-testid="data-access-list"], [data-testid="data-access-empty"]')
      .first()
      .waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-data-access`);
    // A citizen has no business in the registry's work pages.
    await page.goto('/registry/entities');
    await page.getByTestId('forbidden').waitFor();
  });

  it('raised no script errors', () => {
    // Expected 4xx: the session check before signing in (401), the refused share (403), the USCC
    // already registered (409) and the unknown verification code (404).
    const unexpected = errors.filter(
      (e) =>
        !/Failed to load resource: .*status of (400|403|404|409)/.test(e) &&
        !/Failed to load resource: .*status of 401.*\/api\/v1\/auth\/me\b/.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});

// An administrator adds a licence type (with its fields) and sees that a type in use keeps its keys,
// links the demo enterprise account to an entity from its file; that account (qiye) then finds its
// enterprises under 我的企业, opens the dairy's file, follows a licence to its public check, and sees
// who read its enterprises' data.
