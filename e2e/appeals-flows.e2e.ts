// 接诉即办's other paths for staff, on a desktop and on a phone. 住建局's handler signs for a ticket and hands it over
// (转交) to a colleague of the unit, who finds it in 我的待办 and returns it (退单) within the 2 working days,
// suggesting 人社局; the seat finds it under 退单待审 and re-dispatches it (改派) there. Two 住建局 staff have one ticket
// open: the colleague replies first, and the handler's 答复 from the stale screen is refused with the server's
// 已被他人处理 and the page reloads to the colleague's answer (nothing overwritten). Last, the handler tries to
// return one of the demo city's older tickets and the dialog shows the refusal: the server tests hand the service an
// earlier date, which a browser cannot, so the journey takes a ticket the seed's bulk tickets dispatched weeks ago.
// The other tickets and the colleague are set up through the API; 政务失信 has its own journey (appeals-flows-dishonesty).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn, type ApiSession } from './support/api.ts';
import { demoPassword, goByMenu, pickDepartment, pickOption, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, noToasts, shot, type Device } from './support/browser.ts';
import { choose, submitAndClose, visibleModal } from './support/dialog.ts';
import { openFromQueue, stateOf, timelineText } from './support/appeals-ticket.ts';
import { usePage as sharedUsePage } from './support/page.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const UNIT = '呼和浩特市住房和城乡建设局';
const OTHER_UNIT = '呼和浩特市人力资源和社会保障局';
/** A second 住建局 handler, made for this run (the demo city has one per unit). */
const COLLEAGUE = { username: `zj-flows-${run.toLowerCase()}`, name: `赵敏 ${run.slice(-4)}` };
const DAY = 86_400_000;
let browser: Browser;
let seat: ApiSession;
let unit: ApiSession;
let unitId = '';

type Ticket = { id: string; number: string; version: number; state: string; reply: string | null; timeline: unknown[] };
const read = async (id: string) => (await apiCall<Ticket>(seat, 'GET', `/api/v1/appeals/tickets/${id}`)).body;

/** One step through the API with the ticket's current version. */
async function step(who: ApiSession, id: string, path: string, body: Record<string, unknown> = {}) {
  const res = await apiCall<Ticket>(who, 'POST', `/api/v1/appeals/tickets/${id}/${path}`, { version: (await read(id)).version, ...body });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
}

/** A call taken by the seat and dispatched to 住建局 (signed for too when asked). */
async function dispatched(title: string, phone: string, signed = false): Promise<{ id: string; number: string }> {
  const created = await apiCall<{ id: string; number: string }>(seat, 'POST', '/api/v1/appeals/tickets', {
    channel: 'phone', kind: 'complain', categoryCode: 'ZF-WY', areaCode: '150105', requesterName: '刘先生', requesterPhone: phone, address: '赛罕区昭乌达路某小区',
    title, content: `${title}。多次找物业未果，请有关部门督促处理（${run}）。`,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await step(seat, created.body.id, 'dispatch', { leadDepartmentId: unitId });
  if (signed) await step(unit, created.body.id, 'sign');
  return created.body;
}

/** The colleague: made by the administrator, their first password changed to the demo one (as a new user must). */
async function makeColleague() {
  const admin = await apiSignIn('admin');
  const made = await apiCall<{ user: { id: string }; initialPassword: string }>(admin, 'POST', '/api/v1/org/users', {
    username: COLLEAGUE.username, name: COLLEAGUE.name, kind: 'staff', departmentId: unitId, roles: [{ role: 'handler', departmentId: unitId }],
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const signedIn = await fetch(`${baseUrl}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: COLLEAGUE.username, password: made.body.initialPassword }) });
  expect(signedIn.status).toBe(200);
  const first: ApiSession = { cookie: (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: ((await signedIn.json()) as { csrfToken: string }).csrfToken };
  expect((await apiCall(first, 'POST', '/api/v1/auth/password', { currentPassword: made.body.initialPassword, newPassword: demoPassword })).status).toBe(204);
  return made.body.user.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  [seat, unit] = await Promise.all([apiSignIn('agent'), apiSignIn('handler')]);
  unitId = (await apiCall<{ user: { department: { id: string } } }>(unit, 'GET', '/api/v1/auth/me')).body.user.department.id;
  await makeColleague();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'appeals-flows', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Expected: the session check before signing in (401), and the refusals this journey provokes (409, 422). */
const unexpectedErrors = (errors: string[]) =>
  errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e) && !/status of (409|422) .*\/api\/v1\/appeals\/tickets\/[0-9a-f-]{36}\/(reply|return)\b/.test(e));


/** Opens the ticket straight from its address (the page a colleague already had open). */
async function openTicket(page: Page, id: string) {
  await page.goto(`/work/appeals/${id}`);
  await page.getByTestId('ticket-page').waitFor();
  await page.getByTestId('ticket-actions').waitFor();
}

describe.each<Device>(['desktop', 'phone'])('接诉即办 handed over, returned, re-dispatched and refused on %s', (device) => {
  const handler = usePage(device, 'handler');
  const colleague = usePage(device, 'colleague');
  const agent = usePage(device, 'agent');
  let moving = { id: '', number: '' };

  it('住建局 signs for a ticket and hands it over (转交) to a colleague of the unit', async () => {
    const { page } = handler;
    moving = await dispatched(`楼道照明损坏无人维修（${device}）`, device === 'desktop' ? '13904712201' : '13904712202');
    await signIn(page, 'handler');
    await openFromQueue(page, device, moving.number);
    await page.getByTestId('action-sign').click();
    await stateOf(page).filter({ hasText: '办理中' }).waitFor();

    await page.getByTestId('action-handover').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('step-form').waitFor();
    await pickOption(page, dialog.getByTestId('step-user'), COLLEAGUE.name);
    await dialog.getByTestId('step-comment').fill('赵敏负责该小区片区，请跟进办理。');
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-handover`, { fullPage: false });
    await submitAndClose(dialog, 'step-submit');
    await expect.poll(() => timelineText(page)).toContain('赵敏负责该小区片区');
    expect(await timelineText(page)).toContain('转交');
    // The entry names whom it went to, not only the sender's note.
    await expect.poll(async () => (await page.getByTestId('timeline-entry-to').allTextContents()).join(' | ')).toContain(`转交给${COLLEAGUE.name}`);
    // No longer the holder: the handler may add notes, no longer reply or hand over.
    await page.getByTestId('action-handover').waitFor({ state: 'detached' });
    expect(await page.getByTestId('action-reply').count()).toBe(0);
    expect(await stateOf(page).textContent()).toContain('办理中');
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-handed-over`);
    expect(unexpectedErrors(handler.errors)).toEqual([]);
  }, 120_000);

  it('the colleague finds it in 我的待办 and returns it (退单) within the 2 working days, suggesting 人社局', async () => {
    const { page } = colleague;
    expect(moving.number).not.toBe('');
    await signIn(page, COLLEAGUE.username);
    await openFromQueue(page, device, moving.number);
    expect(await page.getByTestId('ticket-lead').textContent()).toContain(UNIT);
    await page.getByTestId('action-return').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('step-reason').fill('经核实为用人单位拖欠物业人员工资引发，属人社部门职责。');
    await pickDepartment(page, dialog.getByTestId('step-suggested'), OTHER_UNIT);
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-return`, { fullPage: false });
    await submitAndClose(dialog, 'step-submit');
    await stateOf(page).filter({ hasText: '退单待审' }).waitFor();
    expect(await timelineText(page)).toContain('属人社部门职责');
    expect(await page.getByTestId('action-return').count()).toBe(0);
    await shot(page, `appeals-flows-${device}-returned`);
    expect(unexpectedErrors(colleague.errors)).toEqual([]);
  }, 120_000);

  it('the seat finds it under 退单待审 and re-dispatches it (改派) to 人社局', async () => {
    const { page } = agent;
    await signIn(page, 'agent');
    await goByMenu(page, device, '坐席受理台');
    const returnedTab = page.getByTestId('hotline-queue').getByRole('tab', { name: /退单待审/ });
    await returnedTab.click();
    await expect.poll(async () => Number(/\((\d+)\)/.exec((await returnedTab.textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThan(0);
    await openFromQueue(page, device, moving.number);
    await stateOf(page).filter({ hasText: '退单待审' }).waitFor();
    await page.getByTestId('action-redispatch').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('step-form').waitFor();
    // The return's suggestion is offered (not the catalogue's 住建局, the unit that returned it) and already chosen.
    expect(await dialog.getByTestId('step-proposal').textContent()).toContain(`退单单位建议改由“${OTHER_UNIT}”主办`);
    expect(await dialog.getByTestId('step-lead').textContent()).toContain(OTHER_UNIT);
    await dialog.getByTestId('step-comment').fill('采纳退单意见，改派人社局办理。');
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-redispatch`, { fullPage: false });
    await submitAndClose(dialog, 'step-submit');
    await stateOf(page).filter({ hasText: '待签收' }).waitFor();
    expect(await page.getByTestId('ticket-lead').textContent()).toContain(OTHER_UNIT);
    expect(await page.getByTestId('ticket-facts').textContent()).toContain('退单 1 次');
    const timeline = await timelineText(page);
    for (const words of ['转交', '退单', '改派', '采纳退单意见', `建议改派${OTHER_UNIT}`, `派至${OTHER_UNIT}`]) expect(timeline).toContain(words);
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-redispatched`);
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 120_000);

  it('two 住建局 staff on one ticket: the stale screen’s 答复 is refused (已被他人处理) and the page reloads', async () => {
    const shared = await dispatched(`小区消防通道被占用（${device}）`, device === 'desktop' ? '13904712203' : '13904712204', true);
    // Both have the ticket open while it is 办理中.
    await openTicket(handler.page, shared.id);
    await openTicket(colleague.page, shared.id);
    await stateOf(handler.page).filter({ hasText: '办理中' }).waitFor();

    // The colleague answers first.
    const first = colleague.page;
    await first.getByTestId('action-reply').click();
    const theirs = visibleModal(first);
    await theirs.getByTestId('step-reply').fill('已联系物业清理消防通道，并设置禁停标识。');
    await choose(theirs.getByTestId('step-solved').getByText('已解决', { exact: true }));
    await submitAndClose(theirs, 'step-submit');
    await stateOf(first).filter({ hasText: '待回访' }).waitFor();
    const answered = await read(shared.id);

    // The handler's screen still says 办理中: their answer is refused, they are told why, and the page reloads.
    const { page } = handler;
    expect(await stateOf(page).textContent()).toContain('办理中');
    await page.getByTestId('action-reply').click();
    const mine = visibleModal(page);
    await mine.getByTestId('step-reply').fill('已督促物业整改（过时的页面上写的答复）。');
    await choose(mine.getByTestId('step-solved').getByText('已解决', { exact: true }));
    await mine.getByTestId('step-submit').click();
    const warning = toast(page, '已被他人处理');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('已重新载入工单');
    await mine.waitFor({ state: 'detached' });
    await stateOf(page).filter({ hasText: '待回访' }).waitFor();
    await shot(page, `appeals-flows-${device}-conflict`, { fullPage: false });
    // The page now shows the colleague's answer; the stale one was written nowhere.
    expect(await page.getByTestId('ticket-reply').textContent()).toContain('已联系物业清理消防通道');
    expect(await timelineText(page)).not.toContain('过时的页面上写的答复');
    const now = await read(shared.id);
    expect(now.reply).toBe('已联系物业清理消防通道，并设置禁停标识。');
    expect([now.version, now.timeline.length]).toEqual([answered.version, answered.timeline.length]);
    expect(await page.getByTestId('action-reply').count()).toBe(0);
    await noHorizontalScroll(page);
    expect(unexpectedErrors(handler.errors)).toEqual([]);
    expect(unexpectedErrors(colleague.errors)).toEqual([]);
  }, 120_000);

  it('a ticket past the 2 working days offers no 退单, and one sent anyway is refused with what to do instead', async () => {
    // One of the demo city's tickets dispatched to 住建局 weeks ago and still being handled.
    const queue = await apiCall<{ items: { id: string; number: string; channel: string; createdAt: string }[] }>(unit, 'GET', '/api/v1/appeals/tickets?scope=mine&state=handling&pageSize=100');
    const old = queue.body.items.find((i) => i.channel !== 'dishonesty' && Date.now() - Date.parse(i.createdAt) > 14 * DAY);
    expect(old, 'the demo city has an older ticket in 住建局’s hands').toBeDefined();
    const before = await read(old!.id);
    const { page } = handler;
    await noToasts(page); // the last step's warning, not to be mistaken for anything here
    await openFromQueue(page, device, old!.number);
    await stateOf(page).filter({ hasText: '办理中' }).waitFor();
    // What the unit can still do is on the page; 退单 is not.
    await page.getByTestId('action-reply').waitFor();
    expect(await page.getByTestId('action-return').count()).toBe(0);
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-return-closed`, { fullPage: false });
    // A client that sends one anyway (a page left open since the window closed) is told why and what to do.
    const forced = await apiCall<{ detail: string }>(unit, 'POST', `/api/v1/appeals/tickets/${old!.id}/return`, { version: before.version, reason: '该事项不属于本单位职责。' });
    expect(forced.status).toBe(422);
    expect(JSON.stringify(forced.body)).toContain('退单须在派单后 2 个工作日内提出，已超过期限');
    const after = await read(old!.id);
    expect(after.version).toBe(before.version);
    expect(after.state).toBe('handling');
    expect(unexpectedErrors(handler.errors)).toEqual([]);
  }, 120_000);

});
