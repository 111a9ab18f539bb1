// 好差评 in the browser, against the demo city. On a phone the demo enterprise qiye rates its newest
// finished case 不满意 from 我的评价 and is told the department will verify and call back; the case moves
// to 已评价. On a desktop the approver of 市场监管局 finds that 差评 in 差评处置 with its deadline light,
// sees the rater protected, names himself 核实人 (the name now shows), fixes it at once, calls back and
// closes the loop. A clerk opens a 一次一评 page that a tablet nobody signed in to rates. The office reads
// 好差评总览 (KPIs, charts, month grouping, a department's ratings) and dismisses the seeded appeal. A
// visitor on a phone reads /satisfaction and writes a 我要点评.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn } from './support/api.ts';
import { goByMenu, menuLabels, pathOf, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage as sharedUsePage } from './support/page.ts';
import { visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const DEPARTMENT = '呼和浩特市市场监督管理局';
const COMMENT = '年报公示后系统仍显示未报送，来回打了三次电话';
let browser: Browser;
/** The case qiye rates (journey a) and the approver then handles (journey b). */
const rated = { applicationId: '', number: '', title: '' };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Full-page pictures are taken from the top (else the sticky header is drawn mid-page). */
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));
/** Expected failures: the session check of a visitor not signed in (401) and the expired link (404). */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e) && !/status of 404.*\/evaluations\/window\/invalid-token/.test(e));
const tablet: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, screen: { width: 1024, height: 768 }, hasTouch: true };

/** A fresh context and page for one person (support/browser.ts usePage). */
const usePage = (device: Device, label: string, options?: BrowserContextOptions) => sharedUsePage(() => browser, baseUrl, 'evaluations', device, label, options);

/** Searches an antd Select (showSearch) and picks the option whose title is `label` (again if a click missed). */
async function searchPick(page: Page, select: ReturnType<Page['locator']>, search: string, label: string) {
  for (let attempt = 1; ; attempt += 1) {
    await select.click();
    await page.keyboard.type(search);
    await page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`).click();
    try {
      await select.locator('.ant-select-selection-item', { hasText: label }).waitFor({ timeout: 2_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

describe('the applicant, on a phone', () => {
  const s = usePage('phone', 'qiye');

  it('rates a finished case 不满意 and it moves to 已评价', async () => {
    const { page } = s;
    await signIn(page, 'qiye');
    await goByMenu(page, 'phone', '我的评价');
    await page.getByTestId('my-evaluations-page').waitFor();
    // An application's card (qiye may also have a hotline ticket to rate, from the 接诉即办 journey).
    const card = page.locator('[data-testid="evaluation-card"][data-subject-type="application"]').filter({ has: page.getByTestId('evaluation-rate') }).first();
    await card.waitFor();
    rated.applicationId = (await card.getAttribute('data-application')) ?? '';
    rated.title = ((await card.locator('.ys-eval-card-title').textContent()) ?? '').trim();
    rated.number = ((await card.locator('dd.ys-code').first().textContent()) ?? '').trim();
    expect(rated.number).toMatch(/^[0-9A-Z]{20,}$/);
    expect(await page.getByTestId('tab-pending').textContent()).toContain('待评价');
    await noHorizontalScroll(page);
    await shot(page, 'evaluations-phone-pending');

    await card.getByTestId('evaluation-rate').click();
    await page.getByTestId('rate-page').waitFor();
    expect(await page.getByTestId('rate-case-title').textContent()).toBe(rated.title);
    await page.getByTestId('rate-level-2').click();
    expect(await page.getByTestId('rate-level-2').getAttribute('aria-checked')).toBe('true');
    await page.locator('.ys-rate-bad-hint').waitFor();
    await page.getByTestId('rate-comment').fill(COMMENT);
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, 'evaluations-phone-rate-form');
    await page.getByTestId('rate-submit').click();

    const thanks = page.getByTestId('rate-thanks');
    await thanks.waitFor();
    expect(await thanks.getAttribute('data-bad')).toBe('true');
    expect(await thanks.textContent()).toMatch(/核实.*回访/);
    await noHorizontalScroll(page);
    await shot(page, 'evaluations-phone-rate-thanks');

    await thanks.getByRole('button', { name: '返回我的评价' }).click();
    await page.getByTestId('my-evaluations-page').waitFor();
    // The case has left 待评价 (empty now unless the seed left qiye a second one).
    await page.getByTestId('evaluation-rate').first().or(page.getByTestId('evaluations-empty')).waitFor();
    expect(await page.locator(`[data-application="${rated.applicationId}"]`).count()).toBe(0);
    await shot(page, 'evaluations-phone-pending-after');
    await page.getByTestId('tab-rated').click();
    const done = page.locator(`[data-testid="evaluation-card"][data-application="${rated.applicationId}"]`);
    await done.getByTestId('evaluation-rating').waitFor();
    expect(await done.getByTestId('evaluation-rating').locator('[data-level]').first().getAttribute('data-level')).toBe('2');
    expect(await done.textContent()).toContain('不满意');
    expect(await done.getByTestId('evaluation-loop').textContent()).toContain('核实中');
    await noHorizontalScroll(page);
    await shot(page, 'evaluations-phone-rated');

    // A case that is not the user's (or does not exist) says so.
    await page.goto('/my/evaluations/00000000-0000-4000-8000-000000000000/rate');
    await page.getByTestId('rate-not-found').waitFor();
    await shot(page, 'evaluations-phone-rate-not-found', { fullPage: false });
    expect(unexpectedErrors(s.errors)).toEqual([]);
  });
});

describe('the approver of 市场监管局, on a desktop', () => {
  const s = usePage('desktop', 'approver');

  it('finds the new 差评 in 差评处置 with its deadline light; the rater is protected', async () => {
    const { page } = s;
    expect(rated.number).not.toBe('');
    await signIn(page, 'approver');
    await goByMenu(page, 'desktop', '差评处置');
    await page.getByTestId('eval-queue-page').waitFor();
    const row = page.getByTestId('eval-queue-table').locator('tr', { hasText: rated.number });
    await row.waitFor();
    expect(await row.textContent()).toContain(rated.title);
    expect(await row.getByTestId('deadline').getAttribute('data-light')).toMatch(/^(normal|warning|overdue)$/);
    await shot(page, 'evaluations-desktop-queue');

    await row.getByTestId('eval-queue-link').click();
    await page.getByTestId('rating-page').waitFor();
    expect(await page.getByTestId('rating-rater').textContent()).toContain('评价人身份受保护');
    expect(await page.getByTestId('rating-first').textContent()).toContain(COMMENT);
    await shot(page, 'evaluations-desktop-rating-protected');
  });

  it('names himself 核实人 (now the name shows), fixes it at once, calls back and closes the loop', async () => {
    const { page } = s;
    const act = async (key: string, fill: (dialog: ReturnType<typeof visibleModal>) => Promise<void>) => {
      await page.getByTestId(`loop-action-${key}`).click();
      const dialog = visibleModal(page);
      await dialog.getByTestId('loop-action-form').waitFor();
      await fill(dialog);
      await dialog.getByTestId('loop-action-submit').click();
      await dialog.waitFor({ state: 'detached' });
    };
    await act('assign', async (dialog) => {
      await searchPick(page, dialog.getByTestId('loop-assignee'), '赵强', '赵强');
      await shot(page, 'evaluations-desktop-assign', { fullPage: false });
    });
    await expect.poll(async () => page.getByTestId('loop-holders').textContent()).toContain('赵强');
    expect(await page.getByTestId('rating-rater').textContent()).toContain('高峰');

    await act('fixNow', (dialog) => dialog.getByTestId('loop-comment').fill('已核实，年报数据同步延迟，已手工同步并告知企业'));
    await page.getByTestId('loop-panel').getByTestId('loop-state-tag').filter({ hasText: '待回访' }).waitFor();
    await act('callBack', async (dialog) => {
      await dialog.getByTestId('loop-contacted').click();
      await dialog.getByText('满意', { exact: true }).click();
      await dialog.getByTestId('loop-comment').fill('电话回访，企业表示满意');
      await shot(page, 'evaluations-desktop-callback', { fullPage: false });
    });
    await page.getByTestId('loop-panel').getByTestId('loop-state-tag').filter({ hasText: '已办结' }).waitFor();
    expect(await page.getByTestId('loop-callback').textContent()).toContain('评价人满意');
    expect(await page.getByTestId('loop-no-actions').textContent()).toContain('处置完毕');
    expect(await page.getByTestId('loop-history').textContent()).toContain('电话回访，企业表示满意');
    await shot(page, 'evaluations-desktop-rating-closed');
  });

  it('shows a loop in 限期整改 with its ledger fix', async () => {
    const { page } = s;
    const approver = await apiSignIn('approver');
    const list = await apiCall<{ items: { id: string }[] }>(approver, 'GET', '/api/v1/evaluations/ratings?mine=1&bad=1&loopState=rectifying');
    expect(list.body.items.length).toBeGreaterThan(0);
    await page.goto(`/work/evaluations/${list.body.items[0]!.id}`);
    await page.getByTestId('loop-panel').getByTestId('loop-state-tag').filter({ hasText: '限期整改' }).waitFor();
    await page.getByTestId('loop-action-completeFix').waitFor();
    await shot(page, 'evaluations-desktop-rating-rectifying');
    expect(unexpectedErrors(s.errors)).toEqual([]);
  });
});

describe('一次一评 at the window', () => {
  const clerk = usePage('desktop', 'clerk');
  const pad = usePage('desktop', 'tablet', tablet);

  it('the clerk opens a rating page; a tablet nobody signed in to rates it; the clerk sees 已评价', async () => {
    const { page } = clerk;
    await signIn(page, 'clerk');
    await goByMenu(page, 'desktop', '窗口评价');
    await page.getByTestId('window-rating-page').waitFor();
    await page.getByTestId('window-service').fill('受理');
    await page.getByTestId('window-start').click();
    await page.getByTestId('window-waiting').waitFor();
    await page.getByTestId('window-qr').waitFor();
    const url = ((await page.getByTestId('window-url').textContent()) ?? '').trim();
    expect(url).toMatch(new RegExp(`^${baseUrl}/rate/window/\\S+$`));
    const code = ((await page.getByTestId('window-code').textContent()) ?? '').trim();
    await shot(page, 'evaluations-desktop-window-waiting');

    await pad.page.goto(url);
    await pad.page.getByTestId('tablet-form').waitFor();
    expect(await pad.page.getByTestId('tablet-code').textContent()).toBe(code);
    expect(await pad.page.getByTestId('tablet-clerk').textContent()).toContain('王丽');
    await noHorizontalScroll(pad.page);
    await shot(pad.page, 'evaluations-tablet-form');
    await pad.page.getByTestId('rate-level-5').click();
    await pad.page.getByTestId('tablet-submit').click();
    await pad.page.getByTestId('tablet-thanks').waitFor();
    expect(await pad.page.getByTestId('tablet-thanks').textContent()).toContain('感谢您的评价');
    await shot(pad.page, 'evaluations-tablet-thanks');

    await page.getByTestId('window-rated').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('window-session').getAttribute('data-phase')).toBe('rated');
    await shot(page, 'evaluations-desktop-window-rated');
    expect(unexpectedErrors(clerk.errors)).toEqual([]);
  });

  it('the tablet says plainly when a link is no good', async () => {
    await pad.page.goto('/rate/window/invalid-token-xxxxxx');
    await pad.page.getByTestId('tablet-gone').waitFor();
    expect(await pad.page.getByTestId('tablet-gone').textContent()).toContain('评价链接已失效');
    await shot(pad.page, 'evaluations-tablet-gone');
    expect(unexpectedErrors(pad.errors)).toEqual([]);
  });
});

describe('the office', () => {
  const s = usePage('desktop', 'office');
  let drill = '';

  it('reads 好差评总览: KPIs, charts, month grouping, and drills down to a department’s ratings', async () => {
    const { page } = s;
    await signIn(page, 'office');
    expect(await menuLabels(page, 'desktop')).toEqual(expect.arrayContaining(['好差评总览', '申诉审核']));
    await goByMenu(page, 'desktop', '好差评总览');
    await page.getByTestId('eval-overview-page').waitFor();
    await page.getByTestId('eval-kpis').waitFor();
    expect(await page.getByTestId('eval-kpi-satisfaction').textContent()).toMatch(/\d+(\.\d+)?%/);
    for (const chart of ['eval-chart-levels', 'eval-chart-bad-rate', 'eval-chart-trend']) {
      await page.getByTestId(chart).locator('canvas').first().waitFor();
    }
    const table = page.getByTestId('eval-metrics-table');
    await table.getByTestId('eval-metrics-drill').filter({ hasText: DEPARTMENT }).waitFor();
    await shot(page, 'evaluations-desktop-overview');

    const group = page.getByTestId('eval-overview-group');
    await group.getByText('月份', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('groupBy') === 'month');
    await expect.poll(async () => (await table.getByTestId('eval-metrics-drill').first().textContent()) ?? '').toMatch(/\d{4}/);
    await top(page);
    await shot(page, 'evaluations-desktop-overview-month');
    await group.getByText('部门', { exact: true }).click();
    await page.waitForURL((url) => !url.searchParams.has('groupBy'));
    await table.getByTestId('eval-metrics-drill').filter({ hasText: DEPARTMENT }).click();

    await page.getByTestId('eval-ratings-page').waitFor();
    expect(pathOf(page)).toBe('/office/evaluations/ratings');
    expect(new URL(page.url()).searchParams.get('departmentId')).toMatch(/^[0-9a-f-]{36}$/);
    drill = new URL(page.url()).search;
    await page.getByTestId('eval-ratings-table').getByTestId('eval-rating-link').first().waitFor();
    await page.locator('.ys-eval-list-filters .ant-select-selection-item', { hasText: DEPARTMENT }).waitFor();
    await shot(page, 'evaluations-desktop-ratings');
  });

  it('dismisses the seeded appeal in 申诉审核 and it leaves 待审核', async () => {
    const { page } = s;
    await goByMenu(page, 'desktop', '申诉审核');
    await page.getByTestId('eval-appeals-page').waitFor();
    const card = page.getByTestId('eval-appeal-card').filter({ hasText: '差评理由与事实不符' });
    await card.waitFor();
    await shot(page, 'evaluations-desktop-appeals');
    await card.getByTestId('eval-appeal-decide').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('appeal-decision').waitFor();
    await dialog.getByText('驳回申诉', { exact: true }).click();
    await dialog.getByTestId('appeal-decide-comment').fill('评价人反映的补正问题属实，申诉理由不成立');
    await shot(page, 'evaluations-desktop-appeal-dismiss', { fullPage: false });
    await dialog.getByTestId('appeal-decide-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await toast(page, '已审核').waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await shot(page, 'evaluations-desktop-appeals-after', { fullPage: false });
    await page.getByRole('tab', { name: '已处理' }).click();
    await page.getByTestId('eval-appeals-decided').getByText('申诉驳回', { exact: true }).click();
    await page.getByTestId('eval-appeal-card').filter({ hasText: '申诉理由不成立' }).waitFor();
    await shot(page, 'evaluations-desktop-appeals-dismissed');
    expect(unexpectedErrors(s.errors)).toEqual([]);
  });

  describe('on a phone', () => {
    const p = usePage('phone', 'office-phone');

    it('reads the drill-down list as cards', async () => {
      const { page } = p;
      expect(drill).not.toBe('');
      await signIn(page, 'office');
      await page.goto(`/office/evaluations/ratings${drill}`);
      await page.getByTestId('eval-ratings-cards').getByTestId('eval-rating-card').first().waitFor();
      // The filters fold away; the department drilled to shows as a tag.
      expect(await page.getByTestId('eval-ratings-drill').textContent()).toContain(DEPARTMENT);
      expect(await page.locator('.ys-eval-list-filters').isVisible()).toBe(false);
      await noHorizontalScroll(page);
      await shot(page, 'evaluations-phone-ratings');
      await page.getByTestId('eval-ratings-filters-toggle').click();
      await page.locator('.ys-eval-list-filters').waitFor();
      await shot(page, 'evaluations-phone-ratings-filters', { fullPage: false });
      expect(unexpectedErrors(p.errors)).toEqual([]);
    });
  });
});

describe('the public, on a phone and not signed in', () => {
  const s = usePage('phone', 'public');

  it('reads each department’s 满意率 and writes a 我要点评', async () => {
    const { page } = s;
    // Visitors have no menu (the landing page does not link it yet): the address is published.
    await page.goto('/satisfaction');
    await page.getByTestId('satisfaction-page').waitFor();
    const card = page.getByTestId('satisfaction-card').filter({ hasText: DEPARTMENT });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/\d+(\.\d+)?%\s*满意率/);
    await noHorizontalScroll(page);
    await shot(page, 'evaluations-phone-satisfaction', { fullPage: false });

    // 我要点评 at the top takes the visitor past the list to the form.
    await page.getByTestId('satisfaction-review-jump').click();
    const review = page.getByTestId('public-review');
    await expect.poll(() => review.evaluate((card) => Math.round(card.getBoundingClientRect().top)), { timeout: 5_000 }).toBeLessThan(120);
    await searchPick(page, review.getByTestId('public-review-department'), '市场监督', DEPARTMENT);
    await review.getByTestId('rate-level-4').click();
    await review.getByTestId('rate-comment').fill('大厅引导清楚，等候时间还可以更短');
    await noHorizontalScroll(page);
    await review.getByTestId('public-review-submit').scrollIntoViewIfNeeded();
    await shot(page, 'evaluations-phone-review-form', { fullPage: false });
    await review.getByTestId('public-review-submit').click();
    await review.getByTestId('public-review-done').waitFor();
    expect(await review.getByTestId('public-review-done').textContent()).toContain('点评已提交');
    await shot(page, 'evaluations-phone-review-done', { fullPage: false });
    expect(unexpectedErrors(s.errors)).toEqual([]);
  });
});
