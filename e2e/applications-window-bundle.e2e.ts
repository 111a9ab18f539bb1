// 一件事 at the window and 转办 of a 事后核查, on a desktop and on a phone. The window clerk searches the catalogue,
// tells the 一件事 (tagged) from the single items, picks 企业注销一件事 and sees its four member items with their
// departments; looks up the demo enterprise, finds the ONE merged form pre-filled from the registry, answers the
// rest, checks the merged materials (each asked once; the departments' ones fetched) and submits: the 受理回执
// shows the bundle's 办件编号 and each member item with its department and own number. The approver of the market
// regulator hands a pending post-check over to the department's inspector with a note (a dialog left open while
// someone else acted is told and the list reloads); the inspector finds it held by them and confirms it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn, type ApiSession } from './support/api.ts';
import { goByMenu, menuLabels, pickOption, pickToday, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, noToasts, shot, type Device } from './support/browser.ts';
import { submitAndClose, visibleModal } from './support/dialog.ts';
import { usePage as sharedUsePage } from './support/page.ts';

const baseUrl = inject('baseUrl');
const BUNDLE = '企业注销一件事';
const ENTITY = '青城乳业有限公司';
const DEPARTMENT = '呼和浩特市市场监督管理局';
const MEMBER_DEPARTMENTS = ['国家税务总局呼和浩特市税务局', '呼和浩特市人力资源和社会保障局', '呼和浩特市住房公积金管理中心', DEPARTMENT];
const INSPECTOR = '孙志刚';
let browser: Browser;
let uscc = '';
let approverApi: ApiSession;

interface Check {
  id: string;
  number: string | null;
  applicantName: string;
  holders: string[];
  actions: string[];
  caseVersion: number;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const clerk = await apiSignIn('clerk');
  const found = await apiCall<{ items: { uscc: string; name: string }[] }>(clerk, 'GET', `/api/v1/registry/entities?q=${encodeURIComponent(ENTITY)}`);
  uscc = found.body.items.find((e) => e.name === ENTITY)?.uscc ?? '';
  expect(uscc).toMatch(/^[0-9A-Z]{18}$/);
  approverApi = await apiSignIn('approver');
});

afterAll(async () => {
  await browser?.close();
});

const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Only the session check before signing in may fail (401 from /api/v1/auth/me). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`) });
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));

/** A fresh context and page for one person (support/browser.ts usePage). */
const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'window-bundle', device, label);

/** A field of the merged form by its key (rjsf names each input `<prefix>_<key>`). */
const field = (page: Page, key: string) => page.getByTestId('item-form').locator(`[id$="_${key}"]`);
const selectOf = (page: Page, key: string) => page.getByTestId('item-form').locator('.ant-select', { has: page.locator(`[id$="_${key}"]`) });

/**
 * A pending post-check the approver may still hand over, held by the department's queue (not one another journey's
 * enterprise applied for, nor one this journey handed over already).
 */
async function freshCheck(): Promise<Check> {
  const list = await apiCall<{ items: Check[] }>(approverApi, 'GET', '/api/v1/post-checks?result=pending');
  expect(list.status).toBe(200);
  const check = list.body.items.find((c) => c.number && c.applicantName !== ENTITY && c.actions.includes('handover') && c.holders.join() === DEPARTMENT);
  expect(check, 'a pending post-check held by the market regulator').toBeDefined();
  return check!;
}

/** The check's row (desktop table) or card (phone) on 事后核查. */
function checkEntry(page: Page, device: Device, number: string) {
  return device === 'phone' ? page.getByTestId('post-checks-cards').getByTestId('post-check-card').filter({ hasText: number }) : page.getByTestId('post-checks-table').locator('tr', { hasText: number });
}

/** Waits for the entry of a paged table (once it has stopped loading), turning its pages until it shows. */
async function findEntry(page: Page, device: Device, number: string) {
  const entry = checkEntry(page, device, number);
  if (device === 'phone') {
    await entry.first().waitFor();
    return entry.first();
  }
  const table = page.getByTestId('post-checks-table');
  for (;;) {
    await expect.poll(() => table.locator('.ant-spin-spinning').count(), { timeout: 20_000 }).toBe(0);
    if (await entry.first().isVisible()) return entry.first();
    const next = page.locator('.ant-pagination-next:not(.ant-pagination-disabled)');
    if (!(await next.isVisible())) {
      await entry.first().waitFor({ timeout: 5_000 });
      return entry.first();
    }
    await next.click();
  }
}

describe.each<Device>(['desktop', 'phone'])('一件事 at the window and 转办 of a post-check on %s', (device) => {
  describe('the window clerk', () => {
    const s = usePage(device, 'clerk');

    it('finds the 一件事 among the items by its tag and sees its member items with their departments', async () => {
      const { page } = s;
      await signIn(page, 'clerk');
      await goByMenu(page, device, '一窗受理');
      await page.getByTestId('intake-page').waitFor();
      await page.getByTestId('intake-service-search').fill('企业注销');
      await page.getByTestId('intake-service-search').press('Enter');
      const hits = page.getByTestId('intake-service-hits');
      const bundleHit = hits.locator('.ant-list-item[data-kind="bundle"]').filter({ has: page.getByTestId('intake-hit-name').getByText(BUNDLE, { exact: true }) });
      await bundleHit.waitFor();
      expect(await bundleHit.getByTestId('intake-bundle-tag').textContent()).toBe('一件事');
      // The single items come up too, untagged.
      const itemHit = hits.locator('.ant-list-item[data-kind="item"]').filter({ has: page.getByTestId('intake-hit-name').getByText('企业注销登记', { exact: true }) });
      await itemHit.waitFor();
      expect(await itemHit.getByTestId('intake-bundle-tag').count()).toBe(0);
      await noHorizontalScroll(page);
      await shot(page, `window-bundle-${device}-search`);

      await bundleHit.getByTestId('intake-service-pick').click();
      const picked = page.getByTestId('intake-picked');
      await picked.waitFor();
      expect(await picked.getAttribute('data-kind')).toBe('bundle');
      expect(await page.getByTestId('intake-item-name').textContent()).toBe(BUNDLE);
      expect(await picked.getByTestId('intake-bundle-tag').count()).toBe(1);
      const members = picked.getByTestId('intake-member');
      expect(await members.count()).toBe(4);
      const memberText = (await members.allTextContents()).join('\n');
      for (const department of MEMBER_DEPARTMENTS) expect(memberText).toContain(department);
      await noHorizontalScroll(page);
      await shot(page, `window-bundle-${device}-picked`, { fullPage: false });
    });

    it('fills the one merged form (pre-filled from the registry) and the merged materials, submits, and the receipt lists the members', async () => {
      const { page } = s;
      await page.getByTestId('intake-uscc').fill(uscc.toLowerCase());
      await page.getByTestId('intake-uscc-lookup').click();
      await expect.poll(async () => (await page.getByTestId('intake-entity').textContent()) ?? '', { timeout: 15_000 }).toContain(ENTITY);
      await page.getByTestId('intake-phone').fill('13804711234');
      await page.getByTestId('intake-phone').blur();

      // One form for the four items: what the registry knows comes filled in, the applicant's phone too.
      await expect.poll(() => field(page, 'entity_name').inputValue(), { timeout: 15_000 }).toBe(ENTITY);
      await expect.poll(() => field(page, 'uscc').inputValue(), { timeout: 15_000 }).toBe(uscc);
      await expect.poll(() => field(page, 'contact_phone').inputValue(), { timeout: 15_000 }).toBe('13804711234');
      expect(await field(page, 'legal_representative').inputValue()).not.toBe('');
      expect(await page.getByTestId('item-form').locator('[id$="_entity_name"]').count()).toBe(1);
      await pickOption(page, selectOf(page, 'deregistration_reason'), '解散');
      await pickOption(page, selectOf(page, 'invoices_cleared'), '已缴销');
      await pickOption(page, selectOf(page, 'dissolution_reason'), '股东会决议解散');
      await pickToday(page, field(page, 'stop_month'));
      await pickToday(page, field(page, 'liquidation_notice_date'));
      for (const [key, label] of [['deregistration_reason', '解散'], ['invoices_cleared', '已缴销'], ['dissolution_reason', '股东会决议解散']] as const) {
        expect(await selectOf(page, key).locator('.ant-select-selection-item').textContent()).toBe(label);
      }
      for (const key of ['stop_month', 'liquidation_notice_date']) expect(await field(page, key).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      // The merged materials: each once; the clearance the tax office shares and the licence in the registry are not asked for.
      const materials = page.getByTestId('intake-materials');
      expect(await materials.locator('li').count()).toBe(8);
      expect(await page.getByTestId('intake-material-tax_clearance').textContent()).toContain('免提交');
      expect(await page.getByTestId('intake-material-business_licence').textContent()).toContain('提交时从证照库调取');
      await page.getByTestId('intake-material-staff_transfer').locator('input[type=file]').setInputFiles(pdf('社保情况说明.pdf'));
      await page.getByTestId('intake-material-staff_transfer').getByText('社保情况说明.pdf').waitFor();
      for (const key of ['fund_staff_transfer', 'deregistration_resolution', 'liquidation_report']) {
        await page.getByTestId(`intake-material-${key}`).getByTestId('intake-paper').check();
      }
      await noHorizontalScroll(page);
      await shot(page, `window-bundle-${device}-filled`);

      await page.getByTestId('intake-submit').click();
      const receipt = page.getByTestId('intake-receipt');
      await receipt.waitFor({ timeout: 30_000 });
      const number = ((await page.getByTestId('intake-number').textContent()) ?? '').trim();
      expect(number).toMatch(/HHHTYJSCLOSE\d{12}$/);
      const text = (await receipt.textContent()) ?? '';
      expect(text).toContain(BUNDLE);
      expect(text).toContain(ENTITY);
      const rows = receipt.getByTestId('intake-receipt-member');
      expect(await rows.count()).toBe(4);
      expect(await receipt.getByTestId('intake-receipt-member-department').allTextContents()).toEqual(expect.arrayContaining(MEMBER_DEPARTMENTS));
      for (const row of await rows.all()) {
        const memberNumber = ((await row.locator('td.ys-code').textContent()) ?? '').trim();
        expect(memberNumber).toMatch(/\d{4}$/);
        expect(memberNumber).not.toBe(number);
      }
      await noHorizontalScroll(page);
      await top(page);
      await shot(page, `window-bundle-${device}-receipt`);
      await page.emulateMedia({ media: 'print' });
      await shot(page, `window-bundle-${device}-receipt-print`);
      await page.emulateMedia({ media: 'screen' });
      expect(unexpectedErrors(s.errors)).toEqual([]);
    });
  });

  describe('转办 of a post-check', () => {
    const approver = usePage(device, 'approver');
    const inspector = usePage(device, 'inspector');
    let number = '';

    it('the approver hands a pending check over to the inspector with a note', async () => {
      const { page } = approver;
      const check = await freshCheck();
      number = check.number!;
      await signIn(page, 'approver');
      await goByMenu(page, device, '事后核查');
      await page.getByTestId('post-checks-page').waitFor();
      const entry = await findEntry(page, device, number);
      expect(await entry.getByTestId('post-check-holders').textContent()).toContain(DEPARTMENT);
      await entry.getByTestId('post-check-handover').click();

      const dialog = visibleModal(page);
      await dialog.getByTestId('post-check-holder').waitFor();
      expect(await dialog.locator('.ant-modal-title').textContent()).toBe('转办');
      expect(await dialog.textContent()).toContain(number);
      expect(await dialog.getByTestId('post-check-held-by').textContent()).toContain(DEPARTMENT);
      // Nobody chosen: the dialog says so and stays.
      await dialog.getByTestId('post-check-submit').click();
      await dialog.getByText('请选择转给谁').waitFor();
      await pickOption(page, dialog.getByTestId('post-check-holder'), `${INSPECTOR}（执法检查人员）`);
      await dialog.getByTestId('post-check-comment').fill('请到经营场所现场核查承诺事项');
      await shot(page, `window-bundle-${device}-handover-dialog`, { fullPage: false });
      await submitAndClose(dialog, 'post-check-submit');
      await toast(page, '已转办').waitFor();

      // The list reads it again: held by the inspector now, and no longer the approver's to decide.
      const after = checkEntry(page, device, number).first();
      await expect.poll(async () => (await after.getByTestId('post-check-holders').textContent()) ?? '', { timeout: 15_000 }).toContain(INSPECTOR);
      expect(await after.getByTestId('post-check-pass').count()).toBe(0);
      expect(await after.getByTestId('post-check-handover').count()).toBe(0);
      await noToasts(page);
      await noHorizontalScroll(page);
      await after.scrollIntoViewIfNeeded();
      await shot(page, `window-bundle-${device}-handed-over`, { fullPage: false });
    });

    it('a dialog left open while someone else hands the check over is told so, and the list reloads', async () => {
      const { page } = approver;
      const check = await freshCheck();
      const entry = await findEntry(page, device, check.number!);
      await entry.getByTestId('post-check-handover').click();
      const dialog = visibleModal(page);
      await dialog.getByTestId('post-check-holder').waitFor();
      await pickOption(page, dialog.getByTestId('post-check-holder'), `${INSPECTOR}（执法检查人员）`);
      // Meanwhile the same check is handed over elsewhere: the dialog's version is stale.
      const users = await apiCall<{ items: { id: string; username: string }[] }>(approverApi, 'GET', '/api/v1/org/users?q=inspector');
      const inspectorId = users.body.items.find((u) => u.username === 'inspector')!.id;
      const first = await apiCall(approverApi, 'POST', `/api/v1/post-checks/${check.id}/actions`, { action: 'handover', version: check.caseVersion, toUserId: inspectorId, comment: '已在别处转办' });
      expect(first.status).toBe(200);
      await dialog.getByTestId('post-check-submit').click();
      const told = toast(page, '已重新载入');
      await told.waitFor();
      // The server's reason, then what the page did — not an instruction to reload a page that already has.
      expect(await told.textContent()).not.toContain('请刷新后重试');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(async () => (await checkEntry(page, device, check.number!).first().getByTestId('post-check-holders').textContent()) ?? '', { timeout: 15_000 }).toContain(INSPECTOR);
      // The stale action's 409 is an answer the page acts on, not a fault.
      expect(unexpectedErrors(approver.errors).filter((e) => !/status of 409 .*\/api\/v1\/post-checks\/[^/]+\/actions\b/.test(e))).toEqual([]);
    });

    it('the inspector finds it held by them and confirms it', async () => {
      const { page } = inspector;
      expect(number).not.toBe('');
      await signIn(page, 'inspector');
      expect(await menuLabels(page, device)).toContain('事后核查');
      await goByMenu(page, device, '事后核查');
      await page.getByTestId('post-checks-page').waitFor();
      const entry = await findEntry(page, device, number);
      expect(await entry.getByTestId('post-check-holders').textContent()).toContain(INSPECTOR);
      await entry.getByTestId('post-check-pass').waitFor();
      expect(await entry.getByTestId('post-check-handover').count()).toBe(1);
      await noHorizontalScroll(page);
      await entry.scrollIntoViewIfNeeded();
      await shot(page, `window-bundle-${device}-inspector`, { fullPage: false });

      await entry.getByTestId('post-check-pass').click();
      const dialog = visibleModal(page);
      await dialog.getByTestId('post-check-comment').fill('现场核查，承诺属实');
      await submitAndClose(dialog, 'post-check-submit');
      await toast(page, '已确认核查属实').waitFor();
      await checkEntry(page, device, number).first().waitFor({ state: 'detached' });
      expect(unexpectedErrors(inspector.errors)).toEqual([]);
      expect(unexpectedErrors(approver.errors).filter((e) => !/status of 409 .*\/api\/v1\/post-checks\/[^/]+\/actions\b/.test(e))).toEqual([]);
    });
  });
});
