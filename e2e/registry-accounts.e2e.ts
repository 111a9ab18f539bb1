// Licence types and enterprise accounts on a desktop and on a phone: an admin creates a licence type
// and finds an in-use type's fields locked; an approver links an applicant account to an enterprise
// (a staff account is refused); the enterprise's account opens 我的企业, its file, a licence's public
// check and who read its data.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRng, generateUscc } from '../common/ids/index.ts';
import { apiCall, apiSignIn } from './support/api.ts';
import { goByMenu, menuLabels, pathOf, pickDepartment, pickOption, signIn, userMenu } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, newContext, shot, trackErrors, type Device } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const rng = createRng(Date.now() % 2_147_483_647);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const visibleDrawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content');
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);

describe.each<Device>(['desktop', 'phone'])('licence types and enterprise accounts on %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  const tag = `${run}${device === 'desktop' ? 'D' : 'P'}`;
  const name = `呼和浩特账号测${tag}商贸有限公司`;
  const uscc = generateUscc(rng, { regionCode: '150102' });

  beforeAll(async () => {
    const approver = await apiSignIn('approver');
    const created = await apiCall(approver, 'POST', '/api/v1/registry/entities', {
      uscc,
      name,
      legalRepresentative: '高峰',
      industrySection: 'F',
      address: '呼和浩特市新城区新华大街 18 号',
      districtCode: '150102',
      establishedOn: '2022-03-01',
    });
    expect(created.status).toBe(201);
    context = await newContext(browser, device, baseUrl);
    page = await context.newPage();
    errors = trackErrors(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await shot(page, `failed-registry-accounts-${device}-${test.task.name}`, { fullPage: false }).catch(
      () => undefined,
    );
    await page.reload().catch(() => undefined);
  });

  it('gives an admin 证照类型, creates a type with its fields, and keeps the keys of a type in use', async () => {
    await signIn(page, 'admin');
    expect(await menuLabels(page, device)).toContain('证照类型');
    await goByMenu(page, device, '证照类型');
    await page.getByTestId('licence-types-page').waitFor();
    expect(pathOf(page)).toBe('/registry/licence-types');
    await page.getByTestId('licence-type-row-name').filter({ hasText: '营业执照' }).first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence-types`);

    await page.getByTestId('licence-type-create').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('licence-type-form').waitFor();
    await drawer.getByTestId('licence-type-code').fill(`e2e_${tag}`); // typed in lower case, kept upper case
    expect(await drawer.getByTestId('licence-type-code').inputValue()).toBe(`E2E_${tag}`);
    await drawer.getByTestId('licence-type-name').fill(`测试${tag}经营许可证`);
    await pickDepartment(page, drawer.getByTestId('licence-type-department'), '呼和浩特市市场监督管理局');
    await drawer.getByTestId('licence-type-prefix').fill('CS');
    await drawer.getByTestId('licence-type-field-label').first().fill('经营者名称');
    await drawer.getByTestId('licence-type-field-key').first().fill('name');
    await drawer.getByTestId('licence-type-field-add').click();
    await drawer.getByTestId('licence-type-field-label').nth(1).fill('许可范围');
    await drawer.getByTestId('licence-type-field-key').nth(1).fill('scope');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence-type-form`, { fullPage: false });
    await drawer.getByTestId('licence-type-save').click();
    await drawer.waitFor({ state: 'detached' });
    await page
      .getByTestId('licence-type-row-name')
      .filter({ hasText: `测试${tag}经营许可证` })
      .waitFor();

    // 营业执照 has licences: its fields keep their keys and types, and who it is issued to stays.
    const row =
      device === 'phone'
        ? page.getByTestId('licence-type-cards').locator('.ys-entity-card', { hasText: '营业执照' }).first()
        : page.getByTestId('licence-types-table').locator('tr', { hasText: 'BUSINESS_LICENCE' });
    await row.getByTestId('licence-type-edit').click();
    const edit = visibleDrawer(page);
    await edit.getByTestId('licence-type-in-use').waitFor();
    expect(await edit.getByTestId('licence-type-field-key').first().isDisabled()).toBe(true);
    expect(await edit.getByTestId('licence-type-code').isDisabled()).toBe(true);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-licence-type-in-use`, { fullPage: false });
    await edit.getByRole('button', { name: /取\s*消/ }).click();
    await edit.waitFor({ state: 'detached' });
  });

  it('links the enterprise account to an entity from its file, and refuses a staff account', async () => {
    await page.goto(`/registry/entities/${uscc}`);
    const panel = page.getByTestId('accounts-panel');
    await panel.waitFor();
    await panel.getByTestId('account-add').click();
    await panel.getByTestId('account-username').fill('clerk');
    await panel.getByTestId('account-save').click();
    await panel.locator('.ant-form-item-explain-error', { hasText: '只能关联企业/群众账号' }).waitFor();
    await panel.getByTestId('account-username').fill('qiye');
    await pickOption(page, panel.getByTestId('account-role'), '经办人');
    await panel.getByTestId('account-save').click();
    await panel.getByTestId('accounts-list').getByText('（qiye）').waitFor();
    expect(await panel.getByTestId('accounts-list').textContent()).toContain('经办人');
    await noHorizontalScroll(page);
    // A full-page picture of a scrolled page would show the sticky header halfway down.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `registry-${device}-entity-accounts`);
  });

  it('shows qiye 我的企业, the dairy’s own file with licences that open their public check, and who read its data', async () => {
    // (A second try may find the page already signed out.)
    if (new URL(page.url()).pathname !== '/sign-in') await userMenu(page, '退出登录');
    await page.getByTestId('sign-in').waitFor();
    await signIn(page, 'qiye');
    const labels = await menuLabels(page, device);
    expect(labels).toEqual(expect.arrayContaining(['我的企业', '谁查看了我的数据']));
    expect(labels).not.toContain('市场主体');
    await goByMenu(page, device, '我的企业');
    await page.getByTestId('my-entities-page').waitFor();
    const dairy = page.getByTestId('my-entity-link').filter({ hasText: '青城乳业有限公司' });
    await dairy.waitFor();
    await page.getByTestId('my-entity-link').filter({ hasText: name }).waitFor();
    expect(await dairy.textContent()).toContain('法定代表人');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-my-entities`);

    await dairy.click();
    await page.getByTestId('my-entity-page').waitFor();
    expect(await page.getByTestId('entity-name').textContent()).toBe('青城乳业有限公司');
    const licences = page.getByTestId('profile-section-licences');
    await licences.getByTestId('profile-row-link').first().waitFor();
    expect(await licences.textContent()).toContain('营业执照');
    // Who read its data: the newest calls first — whichever other journeys made last (its 登记信息, a 营业执照 fetched
    // for an application), so the check is that calls are listed with what they read, not which one is on top.
    expect(await page.getByTestId('profile-section-sharing').textContent()).toMatch(/登记信息|营业执照/);
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-my-entity-file`);
    await licences.getByTestId('profile-row-link').first().click();
    await page.waitForURL(/\/verify\/[A-Z2-9]{12}$/);
    await page.getByTestId('verify-result').waitFor();

    await goByMenu(page, device, '谁查看了我的数据');
    await page.getByTestId('data-access-list').waitFor();
    const list = (await page.getByTestId('data-access-list').textContent()) ?? '';
    expect(list).toContain('青城乳业有限公司');
    expect(list).toContain('营业执照');
    await noHorizontalScroll(page);
    await shot(page, `registry-${device}-data-access-enterprise`);
    // The staff's file of the same entity is not for applicants.
    await page.goto(`/registry/entities/${uscc}`);
    await page.getByTestId('forbidden').waitFor();
  });

  it('raised no script errors', () => {
    // Expected: the session check before signing in (401) and the refused staff account (400).
    const unexpected = errors.filter(
      (e) =>
        !/Failed to load resource: .*status of 400/.test(e) &&
        !/Failed to load resource: .*status of 401.*\/api\/v1\/auth\/me\b/.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});
