// 接诉即办 for staff, on a desktop and on a phone. A 12345 seat (agent) takes a call: the caller's number first
// (their earlier tickets show), the category and the district (the dispatch catalogue's proposal shows live), the
// title (the knowledge base answers beside the form), then 受理并派单 opens the new ticket with the dispatch dialog
// prefilled with the proposal — 住建局. A second call is answered from the knowledge base and closes at once.
// The 住建局 handler is told by the header's bell (站内消息) and opens the ticket from its notice, then finds it in
// 我的待办 with its deadline light, signs for it, adds a public progress note and replies. The seat finds it under
// 待回访 and calls back: satisfied → 已办结.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { goByMenu, menuLabels, pickDepartment, pickOption, signIn } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage as sharedUsePage } from './support/page.ts';
import { choose, followLink, visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const CALLER = '13904715678';
const UNIT = '住房和城乡建设局';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'appeals-staff', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Only the session check before signing in may fail (401 from /api/v1/auth/me). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));
const stateOf = (page: Page) => page.getByTestId('ticket-head').getByTestId('ticket-state');

/** Fills one call into the seat console (the phone looked up on leaving its field). */
async function fillCall(page: Page, call: { phone: string; name: string; category: string; area: string; title: string; content: string; address?: string }) {
  await page.getByTestId('intake-phone').fill(call.phone);
  await page.getByTestId('intake-name').click();
  await page.getByTestId('caller-history').waitFor();
  await page.getByTestId('intake-name').fill(call.name);
  await pickDepartment(page, page.getByTestId('intake-category'), call.category);
  await pickOption(page, page.getByTestId('intake-area'), call.area);
  if (call.address) await page.getByTestId('intake-address').fill(call.address);
  await page.getByTestId('intake-title').fill(call.title);
  await page.getByTestId('intake-content').fill(call.content);
}

/** 我的待办 searched by a ticket's number (the server matches the number exactly). */
async function findInQueue(page: Page, device: Device, number: string) {
  await page.getByTestId('appeals-search').fill(number);
  await page.getByTestId('appeals-search').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === number);
  await queueEntry(page, device, number).first().waitFor();
}
const queueEntry = (page: Page, device: Device, number: string) =>
  page.getByTestId(device === 'phone' ? 'ticket-card' : 'appeals-table').locator(device === 'phone' ? ':scope' : 'tr', { hasText: number });

describe.each<Device>(['desktop', 'phone'])('接诉即办 for staff on %s', (device) => {
  const agent = usePage(device, 'agent');
  const handler = usePage(device, 'handler');
  let ticketPath = '';
  let number = '';

  it('the seat takes a call with the caller look-up, the proposal and the knowledge base beside the form', async () => {
    const { page } = agent;
    await signIn(page, 'agent');
    expect(await menuLabels(page, device)).toEqual(expect.arrayContaining(['坐席受理台', '工单办理']));
    await goByMenu(page, device, '坐席受理台');
    await page.getByTestId('hotline-page').waitFor();
    await page.getByTestId('hotline-queue').waitFor();
    await fillCall(page, {
      phone: CALLER,
      name: '王女士',
      category: '物业管理',
      area: '赛罕区',
      address: '赛罕区大学西街某小区 3 号楼',
      title: '小区物业不作为，电梯长期故障',
      content: `3 号楼电梯停运两周，多次找物业无人维修，老人上下楼困难（${device}）。`,
    });
    // The category's usual kind is chosen for the seat; the proposal and the knowledge base answer live.
    expect(await page.getByTestId('intake-kind').locator('.ant-radio-button-wrapper-checked').textContent()).toBe('投诉');
    await expect.poll(async () => (await page.getByTestId('proposal-lead').textContent()) ?? '', { timeout: 10_000 }).toContain(UNIT);
    await expect.poll(() => page.getByTestId('knowledge-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('knowledge-hits').textContent()).toContain('物业');
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-console`);
    await shot(page, `appeals-${device}-console-top`, { fullPage: false });

    await page.getByTestId('intake-submit-dispatch').click();
    await page.waitForURL(/\/work\/appeals\/[0-9a-f-]{36}(\?.*)?$/);
    ticketPath = new URL(page.url()).pathname;
    const dialog = visibleModal(page);
    await dialog.getByTestId('step-form').waitFor();
    expect(await dialog.getByTestId('step-proposal').textContent()).toContain(UNIT);
    await expect.poll(async () => (await dialog.getByTestId('step-lead').textContent()) ?? '').toContain(UNIT);
    await shot(page, `appeals-${device}-dispatch`, { fullPage: false });
    await dialog.getByTestId('step-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await stateOf(page).filter({ hasText: '待签收' }).waitFor();
    number = ((await page.getByTestId('ticket-number').textContent()) ?? '').trim();
    expect(number).not.toBe('');
    expect(await page.getByTestId('ticket-lead').textContent()).toContain(UNIT);
    expect(await page.getByTestId('ticket-requester').textContent()).toContain('王女士');
    expect(await page.getByTestId('ticket-timeline').textContent()).toContain('派单');
    await noHorizontalScroll(page);
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 120_000);

  it('the seat answers a second call from the knowledge base and the ticket closes at once', async () => {
    const { page } = agent;
    await goByMenu(page, device, '坐席受理台');
    await page.getByTestId('hotline-page').waitFor();
    await fillCall(page, { phone: CALLER, name: '王女士', category: '社保', area: '新城区', title: '社保缴费基数怎么确定', content: '来电咨询今年职工养老保险缴费基数的上下限。' });
    // The caller's first ticket shows among their earlier ones.
    await expect.poll(async () => (await page.getByTestId('caller-history').textContent()) ?? '').toContain(number);
    const hit = page.getByTestId('knowledge-hit').filter({ hasText: '缴费基数' }).first();
    await hit.waitFor({ timeout: 10_000 });
    await hit.getByTestId('knowledge-answer').click();
    await visibleModal(page).getByTestId('knowledge-answer-text').waitFor();
    await shot(page, `appeals-${device}-direct-answer`, { fullPage: false });
    await page.getByTestId('knowledge-answer-confirm').click();
    await page.waitForURL(/\/work\/appeals\/[0-9a-f-]{36}(\?.*)?$/);
    await stateOf(page).filter({ hasText: '已办结' }).waitFor();
    expect(await page.getByTestId('ticket-facts').textContent()).toContain('直接答复');
    expect(await page.getByTestId('ticket-no-actions').textContent()).toContain('已结束');
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 120_000);

  it('the unit is told by the bell and opens the ticket from its notice', async () => {
    const { page } = handler;
    expect(number).not.toBe('');
    await signIn(page, 'handler');
    expect(await menuLabels(page, device)).not.toContain('坐席受理台');
    // 站内消息: the dispatch told the unit. The bell counts it; its notice in the drawer opens the ticket and is read then.
    const bell = page.getByTestId('notifications-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(((await bell.locator('.ant-badge-count').textContent()) ?? '').trim()).toMatch(/^([1-9]\d?|99\+)$/);
    const notice = () => page.getByTestId('notifications-drawer').getByTestId('notification-item').filter({ hasText: `新工单待处理：${number}` });
    await bell.click();
    await notice().waitFor();
    expect(await notice().getAttribute('data-read')).toBe('false');
    expect(await notice().getByTestId('notification-body').textContent()).toContain('小区物业不作为');
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-notifications`, { fullPage: false });
    await notice().click();
    await page.waitForURL((url) => url.pathname === ticketPath);
    await page.getByTestId('ticket-page').waitFor();
    expect(await page.getByTestId('ticket-number').textContent()).toBe(number);
    await page.getByTestId('notifications-drawer').waitFor({ state: 'hidden' });
    await bell.click();
    await expect.poll(() => notice().getAttribute('data-read')).toBe('true');
    await page.keyboard.press('Escape');
    await page.getByTestId('notifications-drawer').waitFor({ state: 'hidden' });
  });

  // A step of its own: tried again after a failure, it does not meet the notice the first attempt already read.
  it('the unit finds it in 我的待办 with its light, signs for it, adds a note and replies', async () => {
    const { page } = handler;
    expect(number).not.toBe('');
    await goByMenu(page, device, '工单办理');
    await page.getByTestId('appeals-queue-page').waitFor();
    await page.getByTestId(device === 'phone' ? 'ticket-card' : 'ticket-link').first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-queue`, { fullPage: device === 'desktop' });
    // The demo city's year of tickets fills the queue: find the new one by its number.
    await findInQueue(page, device, number);
    const entry = queueEntry(page, device, number);
    expect(await entry.first().getByTestId('deadline').getAttribute('data-light')).toMatch(/^(normal|warning|overdue)$/);
    expect(await page.getByTestId('appeals-counts').textContent()).toContain('正常');
    // Lists mask the requester.
    expect(await entry.first().textContent()).toContain('139****5678');
    await shot(page, `appeals-${device}-queue-found`);
    await page.getByTestId('appeals-search').fill('');
    await page.getByTestId('appeals-search').press('Enter');
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.getByRole('tab', { name: '全部工单' }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'all');
    // 全部工单 has no counts (they are 我的待办's).
    await page.getByTestId('appeals-counts').waitFor({ state: 'detached' });
    await page.getByTestId(device === 'phone' ? 'ticket-card' : 'ticket-link').first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-queue-all`, { fullPage: device === 'desktop' });
    await page.getByRole('tab', { name: '我的待办' }).click();
    await findInQueue(page, device, number);
    await followLink(entry.first().getByTestId('ticket-link'), page.getByTestId('ticket-page'));
    expect(await page.getByTestId('ticket-number').textContent()).toBe(number);
    await page.getByTestId('action-sign').click();
    await stateOf(page).filter({ hasText: '办理中' }).waitFor();

    await page.getByTestId('action-note').click();
    await visibleModal(page).getByTestId('step-note').fill('已约物业公司明日到现场检修电梯。');
    await visibleModal(page).getByTestId('step-public').click();
    await visibleModal(page).getByTestId('step-submit').click();
    await expect.poll(async () => (await page.getByTestId('ticket-timeline').textContent()) ?? '').toContain('已约物业公司明日到现场检修电梯');

    await page.getByTestId('action-reply').click();
    const reply = visibleModal(page);
    await reply.getByTestId('step-reply').fill('经协调，物业公司已更换电梯控制板，电梯恢复运行，并承诺每月维保。');
    await choose(reply.getByTestId('step-solved').getByText('已解决', { exact: true }));
    await shot(page, `appeals-${device}-reply`, { fullPage: false });
    await reply.getByTestId('step-submit').click();
    await stateOf(page).filter({ hasText: '待回访' }).waitFor();
    expect(await page.getByTestId('ticket-reply').textContent()).toContain('电梯恢复运行');
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-ticket-replied`);
    expect(unexpectedErrors(handler.errors)).toEqual([]);
  }, 120_000);

  it('the seat finds it under 待回访 and calls back: satisfied, the ticket is closed', async () => {
    const { page } = agent;
    await goByMenu(page, device, '坐席受理台');
    await page.getByTestId('hotline-queue').waitFor();
    await page.getByTestId('hotline-queue').getByRole('tab', { name: /待回访/ }).click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec((await page.getByTestId('hotline-queue').getByRole('tab', { name: /待回访/ }).textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThan(0);
    await shot(page, `appeals-${device}-console-callbacks`, { fullPage: false });
    await goByMenu(page, device, '工单办理');
    await page.getByTestId('appeals-queue-page').waitFor();
    await findInQueue(page, device, number);
    await queueEntry(page, device, number).first().getByTestId('ticket-link').click();
    await page.waitForURL((url) => url.pathname === ticketPath);
    await page.getByTestId('action-callback').click();
    const dialog = visibleModal(page);
    await choose(dialog.getByTestId('step-solved').getByText('已解决', { exact: true }));
    await choose(dialog.getByTestId('step-satisfaction').getByText('满意', { exact: true }));
    await dialog.getByTestId('step-comment').fill('诉求人表示电梯已修好，满意。');
    await shot(page, `appeals-${device}-callback`, { fullPage: false });
    await dialog.getByTestId('step-submit').click();
    await stateOf(page).filter({ hasText: '已办结' }).waitFor();
    expect(await page.getByTestId('ticket-callback').textContent()).toContain('满意');
    const timeline = (await page.getByTestId('ticket-timeline').textContent()) ?? '';
    for (const step of ['受理', '派单', '签收', '办理进展', '答复', '回访']) expect(timeline).toContain(step);
    await noHorizontalScroll(page);
    await shot(page, `appeals-${device}-ticket`);
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 120_000);
});
