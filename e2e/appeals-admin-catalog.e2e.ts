// 派单目录 and 知识库维护, on a desktop and on a phone, as the 12345 seat (agent) keeps them. 派单目录: a district
// without a rule of its own for a category (户籍 in 武川县 on the desktop, 入学 in 清水河县 on the phone) goes to the
// city-wide bureau, as 试一试 shows; the seat adds a rule naming the county's government (on the desktop after a
// refused duplicate, whose reason shows under 区域; on the phone from 试一试's own button), sees it in the table and
// in 试一试's proposal, is told when someone else changed it meanwhile (409: the list reloads), edits it, and deletes
// it — the proposal is the bureau's again, so the demo catalogue is left as it was. 知识库维护: the seat adds an
// entry with its validity dates, finds it by a Chinese word, edits it, retires it (已停用, no longer 有效) and restores it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn, type ApiSession } from './support/api.ts';
import { goByMenu, menuLabels, pickDepartment, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage as sharedUsePage } from './support/page.ts';
import { clickTaken, visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36);
/** A day in Asia/Shanghai, `days` from today (YYYY-MM-DD). */
const shanghaiDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

interface RuleCase {
  categoryCode: string;
  category: string;
  areaCode: string;
  area: string;
  /** The city-wide rule's bureau that takes it before the new rule. */
  before: string;
  lead: string;
  support: string;
  /** The lead unit after the edit. */
  edited: string;
}

const CASES: Record<Device, RuleCase> = {
  desktop: { categoryCode: 'GA-HJ', category: '户籍', areaCode: '150125', area: '武川县', before: '呼和浩特市公安局', lead: '武川县人民政府', support: '武川县政务服务局', edited: '武川县市场监督管理局' },
  phone: { categoryCode: 'JY-RX', category: '入学', areaCode: '150124', area: '清水河县', before: '呼和浩特市教育局', lead: '清水河县人民政府', support: '清水河县政务服务局', edited: '清水河县市场监督管理局' },
};

interface Rule {
  id: string;
  categoryCode: string;
  areaCode: string | null;
  leadDepartmentId: string;
  supportDepartmentIds: string[];
  note: string;
  version: number;
}

let browser: Browser;
let seat: ApiSession;

const rulesOf = async () => (await apiCall<{ rules: Rule[] }>(seat, 'GET', '/api/v1/appeals/dispatch-rules')).body.rules;

/** Removes this journey's rules (a failed earlier try may have left one): the demo catalogue has none there. */
async function clearCaseRules() {
  for (const rule of await rulesOf()) {
    if (Object.values(CASES).some((c) => c.categoryCode === rule.categoryCode && c.areaCode === rule.areaCode)) {
      await apiCall(seat, 'DELETE', `/api/v1/appeals/dispatch-rules/${rule.id}?version=${rule.version}`);
    }
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  seat = await apiSignIn('agent');
  await clearCaseRules();
});

afterAll(async () => {
  if (seat) await clearCaseRules();
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'appeals-admin-catalog', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
const visibleDrawer = (page: Page) => page.locator('.ant-drawer-open .ant-drawer-content');
/** Only the session check before signing in (401 from /api/v1/auth/me) and the refusals this journey asks for may fail. */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e) && !/status of (409|422) .*\/api\/v1\/appeals\/dispatch-rules\b/.test(e));
/** A whole-page picture from the top (scrolled, the sticky header and menu are drawn mid-page). */
async function pageShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}
const text = async (locator: ReturnType<Page['locator']>) => ((await locator.textContent()) ?? '').trim();

/** Chooses (or adds, in a multiple one) an option of an antd Select by its label, typing first: long lists are virtual. */
async function pickTyped(page: Page, select: ReturnType<Page['locator']>, label: string) {
  const chosen = select.locator('.ant-select-selection-item', { hasText: label });
  // A click while another list is still closing can close this one again, and the typing then goes nowhere: each
  // try gives the option a few seconds to show, and a failed one shuts whatever list is open before the next.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await select.click();
      // A multiple select keeps what a failed try typed (Escape closes its list, not its search): start empty.
      await select.locator('.ant-select-selection-search-input').fill('');
      await page.keyboard.type(label);
      await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`).click({ timeout: 8_000 });
      await chosen.first().waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The first step signs in; a later (or retried) one starts from the page reloaded: a failed try may have left a dialog open. */
async function freshStart(page: Page) {
  if (!page.url().startsWith('http')) {
    await signIn(page, 'agent');
    return;
  }
  await page.reload();
  await page.getByTestId('user-menu').waitFor();
}

describe.each<Device>(['desktop', 'phone'])('派单目录 and 知识库维护 on %s', (device) => {
  const agent = usePage(device, 'agent');
  const c = CASES[device];
  const ruleRow = (page: Page) => page.getByTestId('rules-table').locator('tr', { hasText: c.category }).filter({ hasText: c.area });

  it('the seat adds a rule for a district, sees it proposed, edits it after a 409 and deletes it', async () => {
    const { page } = agent;
    await freshStart(page);
    expect(await menuLabels(page, device)).toEqual(expect.arrayContaining(['派单目录', '知识库维护']));
    await goByMenu(page, device, '派单目录');
    await page.getByTestId('dispatch-rules-page').waitFor();
    await page.getByTestId('rules-table').locator('tr', { hasText: '住房' }).first().waitFor();

    // Nothing is set for the county yet: the words find no rule, and 试一试 proposes the city-wide bureau.
    await page.getByTestId('rules-search').fill(c.area);
    await page.getByTestId('rules-table').getByText('没有符合条件的规则').waitFor();
    await shot(page, `appeals-catalog-${device}-rules-none`, { fullPage: false });
    await page.getByTestId('rules-search').fill('');
    await pickDepartment(page, page.getByTestId('try-category'), c.category);
    await pickTyped(page, page.getByTestId('try-area'), c.area);
    await expect.poll(() => text(page.getByTestId('try-lead')), { timeout: 10_000 }).toContain(c.before);
    expect(await text(page.getByTestId('try-lead'))).toContain('按规则');
    await noHorizontalScroll(page);
    await pageShot(page, `appeals-catalog-${device}-rules`);

    let dialog = visibleModal(page);
    if (device === 'desktop') {
      // A second rule for 住房 city-wide is refused, and the reason shows under 区域.
      await page.getByTestId('rule-add').click();
      await dialog.getByTestId('rule-form').waitFor();
      await pickDepartment(page, dialog.getByTestId('rule-category'), '住房');
      await pickTyped(page, dialog.getByTestId('rule-area'), '全市通用');
      await pickDepartment(page, dialog.getByTestId('rule-lead'), '呼和浩特市住房和城乡建设局');
      await dialog.getByTestId('rule-submit').click();
      const areaItem = dialog.locator('.ant-form-item', { has: page.getByTestId('rule-area') });
      await areaItem.locator('.ant-form-item-explain-error', { hasText: '已有派单规则' }).waitFor();
      await shot(page, `appeals-catalog-${device}-rule-refused`, { fullPage: false });
      await pickDepartment(page, dialog.getByTestId('rule-category'), c.category);
      await pickTyped(page, dialog.getByTestId('rule-area'), c.area);
    } else {
      // On the phone, from 试一试: the dialog opens with the category and the county filled in.
      await page.getByTestId('try-add').click();
      await dialog.getByTestId('rule-form').waitFor();
      expect(await text(dialog.getByTestId('rule-category'))).toContain(c.category);
      expect(await text(dialog.getByTestId('rule-area'))).toContain(c.area);
    }
    await pickDepartment(page, dialog.getByTestId('rule-lead'), c.lead);
    await pickTyped(page, dialog.getByTestId('rule-support'), c.support);
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByTestId('rule-note').fill(`县域户籍、入学诉求由县政府统筹（${run}）`);
    await shot(page, `appeals-catalog-${device}-rule-dialog`, { fullPage: false });
    await dialog.getByTestId('rule-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await toast(page, '派单规则已保存').waitFor();

    // In the table, and 试一试 (asked again) now names the county's government, by this rule.
    const row = ruleRow(page);
    await row.getByTestId('rule-lead-name').filter({ hasText: c.lead }).waitFor();
    expect(await text(row.getByTestId('rule-support-names'))).toContain(c.support);
    await expect.poll(() => text(page.getByTestId('try-lead')), { timeout: 10_000 }).toContain(c.lead);
    expect(await text(page.getByTestId('try-support'))).toContain(c.support);
    expect(await text(page.getByTestId('try-source'))).toContain(`${c.category} · ${c.area}`);
    await noHorizontalScroll(page);
    await pageShot(page, `appeals-catalog-${device}-rule-added`);

    // Someone else changes the rule while the seat edits it: the save is refused (409) and the list reloads.
    await row.getByTestId('rule-edit').click();
    dialog = visibleModal(page);
    await dialog.getByTestId('rule-form').waitFor();
    const stored = (await rulesOf()).find((r) => r.categoryCode === c.categoryCode && r.areaCode === c.areaCode)!;
    const { id, version, ...contents } = stored;
    const meanwhile = await apiCall(seat, 'PATCH', `/api/v1/appeals/dispatch-rules/${id}`, { ...contents, note: `另一位坐席改过（${run}）`, version });
    expect(meanwhile.status).toBe(200);
    await pickDepartment(page, dialog.getByTestId('rule-lead'), c.edited);
    await dialog.getByTestId('rule-submit').click();
    await toast(page, '已被他人修改').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await row.filter({ hasText: '另一位坐席改过' }).waitFor();
    expect(await text(row.getByTestId('rule-lead-name'))).toContain(c.lead);

    // Edited again on the fresh version: the lead changes, and so does the proposal.
    await row.getByTestId('rule-edit').click();
    dialog = visibleModal(page);
    await dialog.getByTestId('rule-form').waitFor();
    await pickDepartment(page, dialog.getByTestId('rule-lead'), c.edited);
    await dialog.getByTestId('rule-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByTestId('rule-lead-name').filter({ hasText: c.edited }).waitFor();
    await expect.poll(() => text(page.getByTestId('try-lead')), { timeout: 10_000 }).toContain(c.edited);

    // Deleted: the row goes, and the city-wide bureau takes the county's tickets again.
    await row.getByTestId('rule-delete').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '删除这条派单规则？' }).waitFor();
    await page.getByTestId('rule-delete-confirm').click({ trial: true });
    await shot(page, `appeals-catalog-${device}-rule-delete`, { fullPage: false });
    await clickTaken(page.getByTestId('rule-delete-confirm'));
    await toast(page, '派单规则已删除').waitFor();
    await row.waitFor({ state: 'detached' });
    await expect.poll(() => text(page.getByTestId('try-lead')), { timeout: 10_000 }).toContain(c.before);
    expect((await rulesOf()).some((r) => r.categoryCode === c.categoryCode && r.areaCode === c.areaCode)).toBe(false);
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 180_000);

  it('the seat adds a knowledge entry with its dates, finds it by a Chinese word, edits it, retires it and restores it', async () => {
    const { page } = agent;
    const title = `养犬登记办理指引（${device} ${Date.now().toString(36)}）`;
    const until = shanghaiDay(90);
    await freshStart(page);
    await goByMenu(page, device, '知识库维护');
    await page.getByTestId('knowledge-page').waitFor();
    await page.getByTestId('knowledge-table').getByTestId('knowledge-title').first().waitFor();
    await noHorizontalScroll(page);
    await pageShot(page, `appeals-catalog-${device}-knowledge`);

    await page.getByTestId('knowledge-add').click();
    const drawer = visibleDrawer(page);
    await drawer.getByTestId('knowledge-form').waitFor();
    await drawer.getByTestId('knowledge-title-input').fill(title);
    await drawer.getByTestId('knowledge-answer-input').fill('在城区饲养犬只的，应当在取得犬只后三十日内，携带犬只免疫证明到所在辖区公安派出所办理养犬登记证；登记证每年年检一次。');
    await drawer.getByTestId('knowledge-keywords').click();
    await page.keyboard.type('养犬');
    await page.keyboard.press('Enter');
    await page.keyboard.type('犬只登记');
    await page.keyboard.press('Enter');
    await drawer.getByTestId('knowledge-title-input').click();
    await pickDepartment(page, drawer.getByTestId('knowledge-category'), '户籍');
    await pickDepartment(page, drawer.getByTestId('knowledge-department'), '呼和浩特市公安局');
    expect(await drawer.getByLabel('生效日期').inputValue()).toBe(shanghaiDay());
    await drawer.getByLabel('失效日期').click();
    await drawer.getByLabel('失效日期').fill(until);
    await drawer.getByLabel('失效日期').press('Enter');
    await expect.poll(() => drawer.getByLabel('失效日期').inputValue()).toBe(until);
    await drawer.getByTestId('knowledge-title-input').click();
    await shot(page, `appeals-catalog-${device}-knowledge-drawer`, { fullPage: false });
    await drawer.getByTestId('knowledge-submit').click();
    await toast(page, '知识条目已保存').waitFor();
    await drawer.waitFor({ state: 'detached' });

    // Found by a word of it, with the words the search split the query into.
    await page.getByTestId('knowledge-search').fill('养犬');
    await page.getByTestId('knowledge-search').press('Enter');
    const row = page.getByTestId('knowledge-table').locator('tr', { hasText: title });
    await row.waitFor();
    await expect.poll(() => text(page.getByTestId('knowledge-terms'))).toContain('养犬');
    expect(await text(row.getByTestId('knowledge-status'))).toBe('有效');
    expect(await text(row.getByTestId('knowledge-range'))).toBe(`${shanghaiDay()} 至 ${until}`);
    expect(await text(row)).toContain('户籍');
    await noHorizontalScroll(page);
    await pageShot(page, `appeals-catalog-${device}-knowledge-found`);

    // Edited: a new title.
    await row.getByTestId('knowledge-edit').click();
    await drawer.getByTestId('knowledge-form').waitFor();
    await drawer.getByTestId('knowledge-title-input').fill(`${title}（修订）`);
    await drawer.getByTestId('knowledge-submit').click();
    await drawer.waitFor({ state: 'detached' });
    const edited = page.getByTestId('knowledge-table').locator('tr', { hasText: `${title}（修订）` });
    await edited.waitFor();

    // Retired: gone from 有效, shown under 已停用 with its dates as they were and the day it was retired.
    const range = await text(edited.getByTestId('knowledge-range'));
    await edited.getByTestId('knowledge-retire').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '停用这条知识？' }).waitFor();
    await page.getByTestId('knowledge-retire-confirm').click({ trial: true });
    await shot(page, `appeals-catalog-${device}-knowledge-retire`, { fullPage: false });
    await clickTaken(page.getByTestId('knowledge-retire-confirm'));
    await toast(page, '已停用').waitFor();
    await edited.waitFor({ state: 'detached' });
    await page.getByTestId('knowledge-statuses').getByText('已停用', { exact: true }).click();
    await edited.waitFor();
    expect(await text(edited.getByTestId('knowledge-status'))).toBe('已停用');
    expect(await text(edited.getByTestId('knowledge-range'))).toContain(range);
    expect(await text(edited.getByTestId('knowledge-retired-on'))).toMatch(/\d{4}-\d{2}-\d{2} 停用/);
    expect(await edited.getByTestId('knowledge-retire').count()).toBe(0);
    await noHorizontalScroll(page);
    await pageShot(page, `appeals-catalog-${device}-knowledge-retired`);
    // Nor is it among the expired: its dates have not ended.
    await page.getByTestId('knowledge-statuses').getByText('已过期', { exact: true }).click();
    await edited.waitFor({ state: 'detached' });

    // Put back in use: 有效 again.
    await page.getByTestId('knowledge-statuses').getByText('已停用', { exact: true }).click();
    await edited.getByTestId('knowledge-restore').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '恢复启用这条知识？' }).waitFor();
    await clickTaken(page.getByTestId('knowledge-restore-confirm'));
    await toast(page, '已恢复启用').waitFor();
    await edited.waitFor({ state: 'detached' });
    await page.getByTestId('knowledge-statuses').getByText('有效', { exact: true }).click();
    await edited.waitFor();
    expect(await text(edited.getByTestId('knowledge-status'))).toBe('有效');
    expect(await edited.getByTestId('knowledge-restore').count()).toBe(0);
    // Nothing of it is yet to come into force.
    await page.getByTestId('knowledge-statuses').getByText('未生效', { exact: true }).click();
    await page.getByTestId('knowledge-table').getByText('没有找到相关条目').waitFor();
    await shot(page, `appeals-catalog-${device}-knowledge-empty`, { fullPage: false });
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 180_000);
});
