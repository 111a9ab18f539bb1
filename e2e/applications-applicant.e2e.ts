// 一网通办 for the applicant, on a desktop and on a phone. The demo enterprise account qiye opens the
// guide of a fully online item (企业名称自主申报), presses 在线办理 while signed out and comes back after
// signing in, chooses 为本人申请, fills the form, is told the required material is missing, uploads a
// PDF, submits and gets the 办件编号; the tracking page shows the state, who holds it, the deadline and
// the timeline, and 我的办件 lists it. A second application is left as a draft (saved on its own) and
// resumed from 我的办件 with its answers and file, then discarded.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn } from './support/api.ts';
import { fillSignIn, goByMenu, menuLabels, pathOf, pickOption, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, newContext, shot, trackErrors, type Device } from './support/browser.ts';
import { settledOverlay } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const ITEM = '企业名称自主申报';
const run = Date.now().toString(36).toUpperCase();
let browser: Browser;
let code = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const qiye = await apiSignIn('qiye');
  const found = await apiCall<{ hits: { kind: string; code: string; name: string }[] }>(qiye, 'GET', `/api/v1/catalog/search?q=${encodeURIComponent(ITEM)}&kind=item`);
  code = found.body.hits.find((hit) => hit.name === ITEM)?.code ?? '';
  expect(code).not.toBe('');
});

afterAll(async () => {
  await browser?.close();
});

const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Expected failures: the session check before signing in (401) and the refused submission (422/400). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e) && !/status of (400|422)/.test(e));
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1'),
});
/** An answer of the item's form by its label (rjsf renders antd form items). */
const formItem = (page: Page, label: string) =>
  page.getByTestId('item-form').locator('.ant-form-item:not(:has(.ant-form-item))', { has: page.locator('label', { hasText: new RegExp(`^${label}$`) }) });
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

/** One of qiye's seeded applications in a state (the demo seed gives the account a few of each). */
async function seeded(state: string, pick: (a: { id: string; title: string }) => boolean): Promise<string> {
  const qiye = await apiSignIn('qiye');
  const mine = await apiCall<{ items: { id: string; title: string }[] }>(qiye, 'GET', `/api/v1/me/applications?state=${state}&pageSize=100`);
  const found = mine.body.items.find(pick);
  expect(found, `a seeded application of qiye in state ${state}`).toBeDefined();
  return found!.id;
}

async function fillForm(page: Page, tradeName: string) {
  await formItem(page, '组织形式').waitFor();
  await formItem(page, '组织形式').getByText('有限责任公司', { exact: true }).click();
  await formItem(page, '字号').locator('input').fill(tradeName);
  await formItem(page, '行业表述').locator('input').fill('乳制品销售');
  await pickOption(page, formItem(page, '住所所在旗县区').locator('.ant-select'), '新城区');
  await formItem(page, '拟申报名称').locator('input').fill(`呼和浩特${tradeName}乳制品销售有限公司`);
  // 经办人 is pre-filled from the account; the phone only when the account has one.
  await expect.poll(() => formItem(page, '经办人').locator('input').inputValue()).not.toBe('');
  const phone = formItem(page, '经办人手机号码').locator('input');
  if (!(await phone.inputValue())) await phone.fill('13904710000');
}

describe.each<Device>(['desktop', 'phone'])('applying online on %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let number = '';
  const tag = `${run}${device === 'desktop' ? 'D' : 'P'}`;

  beforeAll(async () => {
    context = await newContext(browser, device, baseUrl);
    page = await context.newPage();
    errors = trackErrors(page);
  });
  afterAll(async () => {
    await context?.close();
  });
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await shot(page, `failed-applications-applicant-${device}-${test.task.name}`, { fullPage: false }).catch(() => undefined);
  });

  it('sends a signed-out visitor from the guide’s 在线办理 to sign in and back to the wizard', async () => {
    await page.goto(`/services/items/${code}`);
    await page.getByTestId('item-guide').waitFor();
    const apply = page.locator('[data-testid="guide-apply"]:visible').first();
    expect(await apply.isDisabled()).toBe(false);
    await apply.click();
    await page.getByTestId('sign-in').waitFor();
    expect(pathOf(page)).toBe('/sign-in');
    await fillSignIn(page, 'qiye', 'Demo@2026');
    await page.getByTestId('apply-page').waitFor();
    expect(pathOf(page)).toBe(`/apply/${code}`);
    expect(await page.getByTestId('apply-title').textContent()).toContain(ITEM);
    await page.getByTestId('subject-entity').first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-subject`);
  });

  it('fills the form, is told the missing material, uploads a PDF and submits', async () => {
    await page.getByTestId('subject-self').click();
    await page.getByTestId('apply-next').click();
    await fillForm(page, `青城${tag}`);
    expect(new URL(page.url()).searchParams.get('draft')).toMatch(/^[0-9a-f-]{36}$/);
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, `applications-applicant-${device}-form`);
    await page.getByTestId('apply-next').click();

    const materials = page.getByTestId('apply-materials');
    await materials.waitFor();
    await page.getByTestId('apply-next').click();
    await materials.getByTestId('material-error').first().waitFor();
    expect(await page.getByTestId('apply-failure').textContent()).toContain('必交材料未上传');
    await materials.getByTestId('material').first().getByTestId('material-input').setInputFiles(pdf(`身份证-${tag}.pdf`));
    await materials.getByTestId('material-files').getByText(`身份证-${tag}.pdf`).waitFor();
    await expect.poll(() => materials.getByTestId('material-error').count()).toBe(0);
    // The banner that counted the missing materials goes with the last of them.
    await expect.poll(() => page.getByTestId('apply-failure').count()).toBe(0);
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, `applications-applicant-${device}-materials`);
    await page.getByTestId('apply-next').click();

    const confirm = page.getByTestId('apply-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`呼和浩特青城${tag}乳制品销售有限公司`);
    // 邮寄 needs an address before it is sent.
    await page.getByTestId('delivery-post').click();
    await page.getByTestId('apply-submit').click();
    await confirm.getByText('请填写邮寄地址').waitFor();
    await page.getByTestId('delivery-electronic').click();
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, `applications-applicant-${device}-confirm`);
    await page.getByTestId('apply-submit').click();

    await page.getByTestId('apply-done').waitFor();
    number = ((await page.getByTestId('apply-number').textContent()) ?? '').trim();
    expect(number).toMatch(/^[0-9A-Z-]{10,}$/);
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-submitted`);
  });

  it('tracks it: state, holder, deadline and the timeline', async () => {
    await page.getByTestId('apply-track').click();
    await page.getByTestId('application-page').waitFor();
    expect(await page.getByTestId('application-number').textContent()).toContain(number);
    expect(await page.getByTestId('state-tag').first().getAttribute('data-state')).toBe('submitted');
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(await page.getByTestId('application-holders').textContent()).not.toBe('—');
    expect(await page.getByTestId('application-materials').textContent()).toContain(`身份证-${tag}.pdf`);
    const channel = await page.getByTestId('application-facts').textContent();
    expect(channel).toContain(device === 'phone' ? '掌上办' : '网上办理');
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-tracking`);
    // English second.
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Back to my applications').waitFor();
    expect(await page.getByTestId('application-timeline').textContent()).toContain('Progress');
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-tracking-en`);
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('返回我的办件').waitFor();
    // 催办 is offered while it waits; the department hears of it.
    await page.getByTestId('action-urge').click();
    await page.getByTestId('action-comment').fill('请尽快受理');
    await page.getByTestId('action-confirm').click();
    await toast(page, '已催办').waitFor();
  });

  it('lists it under 我的办件, and keeps a second application as a draft to resume', async () => {
    expect(await menuLabels(page, device)).toContain('我的办件');
    await goByMenu(page, device, '我的办件');
    await page.getByTestId('my-applications-page').waitFor();
    const row = page.getByTestId('application-link').filter({ hasText: ITEM }).first();
    await row.waitFor();
    await page.getByText(number).first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-mine`);

    // A draft, saved on its own a moment after the last change.
    await page.goto(`/apply/${code}`);
    await page.getByTestId('subject-self').click();
    await page.getByTestId('apply-next').click();
    await formItem(page, '字号').locator('input').fill(`草稿${tag}`);
    await expect.poll(() => page.getByTestId('apply-save-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('saved');
    const draftId = new URL(page.url()).searchParams.get('draft');
    await goByMenu(page, device, '我的办件');
    const draft = page.locator(`a[href="/apply/${code}?draft=${draftId}"]`).first();
    await draft.waitFor();
    expect(await page.locator('[data-testid="state-tag"][data-state="draft"]').count()).toBeGreaterThan(0);
    await draft.click();
    await page.getByTestId('apply-page').waitFor();
    await expect.poll(() => formItem(page, '字号').locator('input').inputValue()).toBe(`草稿${tag}`);
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-draft-resumed`);
    await page.getByTestId('apply-discard').click();
    await settledOverlay(page, 'popover').locator('.ant-btn-primary').click();
    await page.getByTestId('item-guide').waitFor();
  });

  it('shows a granted application’s e-licence with its public check', async () => {
    const done = await seeded('done', (a) => a.title === '食品经营许可');
    await page.goto(`/my/applications/${done}`);
    const result = page.getByTestId('application-result');
    await result.waitFor();
    const verification = ((await result.getByTestId('result-code').textContent()) ?? '').trim();
    expect(verification).not.toBe('');
    expect(await page.getByTestId('state-tag').first().getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('timeline-entry').count()).toBeGreaterThan(1);
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-result`);
    await result.getByTestId('result-verify').click();
    await page.waitForURL((url) => url.pathname === `/verify/${verification}`);
    await page.getByTestId('verify-result').waitFor();
  });

  it('reads an open 补正 and answers it with the missing material (on the phone)', async () => {
    const open = await seeded('correction', () => true);
    await page.goto(`/my/applications/${open}`);
    const panel = page.getByTestId('application-correction');
    await panel.waitFor();
    expect(await panel.getByTestId('correction-missing').locator('li').count()).toBeGreaterThan(0);
    await noHorizontalScroll(page);
    await shot(page, `applications-applicant-${device}-correction`);
    if (device !== 'phone') return;
    await panel.getByTestId('material-input').first().setInputFiles(pdf(`补正-${tag}.pdf`));
    await panel.getByTestId('material-files').getByText(`补正-${tag}.pdf`).waitFor();
    await panel.getByTestId('correction-comment').fill('已按要求补充材料');
    await panel.getByTestId('correction-submit').click();
    await panel.waitFor({ state: 'detached' });
    expect(await page.getByTestId('state-tag').first().getAttribute('data-state')).not.toBe('correction');
    await page.getByTestId('application-timeline').getByText('已按要求补充材料').waitFor();
    await shot(page, `applications-applicant-${device}-correction-answered`);
  });

  it('opens a 一件事 in the enterprise’s name: one merged form pre-filled, fetched materials not asked for', async () => {
    await page.goto('/apply/bundles/HHHT-YJS-CLOSE');
    await page.getByTestId('apply-page').waitFor();
    expect(await page.getByTestId('apply-page').getAttribute('data-kind')).toBe('bundle');
    expect(await page.getByTestId('apply-title').textContent()).toContain('企业注销一件事');
    await page.getByTestId('subject-entity').filter({ hasText: '青城乳业有限公司' }).click();
    await page.getByTestId('apply-next').click();
    await page.getByTestId('item-form').waitFor();
    // The enterprise's registered name comes from the registry.
    await expect.poll(async () => (await page.getByTestId('item-form').locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).join('|')).toContain('青城乳业有限公司');
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, `applications-applicant-${device}-bundle-form`);
    if (device === 'desktop') {
      // Resumed, every step is open: the materials list marks what the departments share.
      await page.reload();
      await page.getByTestId('apply-page').waitFor();
      await page.getByTestId('apply-steps').getByText('上传材料').click();
      await page.getByTestId('apply-fetched').waitFor();
      expect(await page.getByTestId('material-fetched').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('apply-fetched').textContent()).toContain('免提交（部门共享获取）');
      await shot(page, `applications-applicant-${device}-bundle-materials`);
    }
    await page.getByTestId('apply-discard').click();
    await settledOverlay(page, 'popover').locator('.ant-btn-primary').click();
    await page.getByTestId('bundle-guide').waitFor();
  });

  it('raised no unexpected script errors', () => {
    expect(unexpectedErrors(errors)).toEqual([]);
  });
});
