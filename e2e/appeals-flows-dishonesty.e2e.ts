// 政务失信举报 through the screens, on a desktop and on a phone. The 12345 seat takes a report against 住建局 on the
// dishonesty line: the body reported is asked for, there is no dispatch proposal and no answering on the call, and
// 受理 sends it to the superior body (市政府) to verify. The 市政府 leader finds it founded and orders it put right;
// 住建局's handler reports it put right; the leader reports back to the reporter and it closes 已解决. A second report
// (filed and found founded through the API) is not put right: the leader records the breach of trust (认定政务失信)
// and reports back; it closes 未解决 with the breach on its record.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn, type ApiSession } from './support/api.ts';
import { goByMenu, pickDepartment, pickOption, signIn } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { submitAndClose, visibleModal } from './support/dialog.ts';
import { openFromQueue, stateOf, timelineText } from './support/appeals-ticket.ts';
import { usePage as sharedUsePage } from './support/page.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
const ACCUSED = '呼和浩特市住房和城乡建设局';
const VERIFIER = '呼和浩特市人民政府';
let browser: Browser;
let seat: ApiSession;
let verifier: ApiSession;
let accusedId = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const handler = await apiSignIn('handler');
  [seat, verifier] = await Promise.all([apiSignIn('agent'), apiSignIn('leader')]);
  accusedId = (await apiCall<{ user: { department: { id: string } } }>(handler, 'GET', '/api/v1/auth/me')).body.user.department.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'appeals-flows-dishonesty', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Only the session check before signing in may fail (401 from /api/v1/auth/me). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));


/** Takes one of the report's steps in its dialog (each asks for the words that go on the record). */
async function decide(page: Page, action: string, comment: string, picture?: string) {
  await page.getByTestId(`action-${action}`).click();
  const dialog = visibleModal(page);
  await dialog.getByTestId('step-comment').fill(comment);
  if (picture) {
    await noHorizontalScroll(page);
    await shot(page, picture, { fullPage: false });
  }
  await submitAndClose(dialog, 'step-submit');
}

/** A report filed by the seat and found founded by the superior body, through the API. */
async function foundedReport(title: string, phone: string): Promise<{ id: string; number: string }> {
  const created = await apiCall<{ id: string; number: string }>(seat, 'POST', '/api/v1/appeals/tickets', {
    channel: 'dishonesty', kind: 'report', categoryCode: 'ZW-SX', areaCode: '150102', requesterName: '周女士', requesterPhone: phone, accusedDepartmentId: accusedId,
    title, content: `${title}：承诺的老旧小区改造补助至今未拨付（${run}）。`,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { version } = (await apiCall<{ version: number }>(verifier, 'GET', `/api/v1/appeals/tickets/${created.body.id}`)).body;
  const found = await apiCall(verifier, 'POST', `/api/v1/appeals/tickets/${created.body.id}/dishonesty`, { version, action: 'found', comment: '经核实，补助资金确未按承诺拨付，责令住建局限期整改。' });
  expect(found.status, JSON.stringify(found.body)).toBe(200);
  return created.body;
}

describe.each<Device>(['desktop', 'phone'])('政务失信举报 on %s', (device) => {
  const agent = usePage(device, 'agent');
  const leader = usePage(device, 'leader');
  const handler = usePage(device, 'handler');
  let report = { id: '', number: '' };

  it('the seat takes a report on the dishonesty line: the body reported, no proposal, 受理 to the superior body', async () => {
    const { page } = agent;
    await signIn(page, 'agent');
    await goByMenu(page, device, '坐席受理台');
    await page.getByTestId('hotline-page').waitFor();
    await page.getByTestId('intake-phone').fill(device === 'desktop' ? '13904713301' : '13904713302');
    await page.getByTestId('intake-name').click();
    await page.getByTestId('caller-history').waitFor();
    await page.getByTestId('intake-name').fill('吴先生');
    await page.getByTestId('intake-channel').getByText('政务失信举报', { exact: true }).click();
    await pickDepartment(page, page.getByTestId('intake-accused'), ACCUSED);
    await pickDepartment(page, page.getByTestId('intake-category'), '政务失信');
    await pickOption(page, page.getByTestId('intake-area'), '新城区');
    await page.getByTestId('intake-title').fill(`住建局承诺的施工保证金退还一年未兑现（${device}）`);
    await page.getByTestId('intake-content').fill(`来电人称其公司承建的项目已于去年竣工验收，住建局书面承诺三个月内退还施工保证金，至今未退（${run}）。`);
    // The superior body verifies: no dispatch proposal, no 受理并派单, no answering it from the knowledge base.
    expect(await page.getByTestId('intake-kind').locator('.ant-radio-button-wrapper-checked').textContent()).toBe('举报');
    await expect.poll(() => page.getByTestId('intake-submit-dispatch').isDisabled()).toBe(true);
    expect(await page.getByTestId('proposal').count()).toBe(0);
    expect(await page.getByTestId('knowledge-answer').count()).toBe(0);
    await noHorizontalScroll(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, `appeals-flows-${device}-dishonesty-intake`);

    await page.getByTestId('intake-submit').click();
    await page.waitForURL(/\/work\/appeals\/[0-9a-f-]{36}(\?.*)?$/);
    await stateOf(page).filter({ hasText: '上级核实' }).waitFor();
    report = { id: new URL(page.url()).pathname.split('/').pop()!, number: ((await page.getByTestId('ticket-number').textContent()) ?? '').trim() };
    expect(report.number).not.toBe('');
    expect(await page.getByTestId('ticket-lead').textContent()).toBe(VERIFIER);
    const facts = (await page.getByTestId('ticket-facts').textContent()) ?? '';
    expect(facts).toContain('被举报机关');
    expect(facts).toContain(ACCUSED);
    // A dishonesty report is confidential and tagged with its line.
    const head = (await page.getByTestId('ticket-head').textContent()) ?? '';
    for (const words of ['保密', '政务失信举报']) expect(head).toContain(words);
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-dishonesty-filed`);
    expect(unexpectedErrors(agent.errors)).toEqual([]);
  }, 120_000);

  it('the superior body (市政府) verifies it: founded, 住建局 is ordered to put it right', async () => {
    const { page } = leader;
    expect(report.number).not.toBe('');
    await signIn(page, 'leader');
    await openFromQueue(page, device, report.number);
    await stateOf(page).filter({ hasText: '上级核实' }).waitFor();
    expect(await page.getByTestId('action-unfounded').count()).toBe(1);
    await decide(page, 'found', '经核实，住建局确有书面承诺且逾期未退还保证金，情况属实，责令 10 个工作日内整改。', `appeals-flows-${device}-dishonesty-found`);
    await stateOf(page).filter({ hasText: '限期整改' }).waitFor();
    expect(await timelineText(page)).toContain('核实属实，责令整改');
    await noHorizontalScroll(page);
    expect(unexpectedErrors(leader.errors)).toEqual([]);
  }, 120_000);

  it('住建局 puts it right; the superior body reports back to the reporter and it closes 已解决', async () => {
    const { page } = handler;
    await signIn(page, 'handler');
    await openFromQueue(page, device, report.number);
    await stateOf(page).filter({ hasText: '限期整改' }).waitFor();
    await decide(page, 'rectified', '保证金已于本周全额退还，并向企业书面致歉；已建立承诺事项台账防止再发。', `appeals-flows-${device}-dishonesty-rectified`);
    await stateOf(page).filter({ hasText: '待反馈' }).waitFor();
    expect(await timelineText(page)).toContain('整改完成');
    expect(unexpectedErrors(handler.errors)).toEqual([]);

    const verifying = leader.page;
    await openFromQueue(verifying, device, report.number);
    await stateOf(verifying).filter({ hasText: '待反馈' }).waitFor();
    await decide(verifying, 'reply', '经核实，您反映的保证金问题属实，住建局已全额退还并致歉。感谢您的监督。');
    await stateOf(verifying).filter({ hasText: '已办结' }).waitFor();
    expect(await verifying.getByTestId('ticket-facts').textContent()).toContain('已解决');
    expect(await verifying.getByTestId('ticket-reply').textContent()).toContain('住建局已全额退还并致歉');
    const timeline = await timelineText(verifying);
    for (const words of ['受理', '核实属实，责令整改', '整改完成', '反馈举报人']) expect(timeline).toContain(words);
    await noHorizontalScroll(verifying);
    await shot(verifying, `appeals-flows-${device}-dishonesty-closed`);
    expect(unexpectedErrors(leader.errors)).toEqual([]);
  }, 120_000);

  it('a founded report left unrighted: the superior body records the breach of trust and reports back (未解决)', async () => {
    const refused = await foundedReport(`住建局承诺的改造补助未拨付（${device}）`, device === 'desktop' ? '13904713303' : '13904713304');
    const { page } = leader;
    // 住建局 holds it now: the superior body finds it among all the tickets it may see.
    await openFromQueue(page, device, refused.number, '全部工单');
    await stateOf(page).filter({ hasText: '限期整改' }).waitFor();
    await decide(page, 'recordBreach', '整改期限届满，住建局仍未拨付补助，认定政务失信，记入政务诚信档案。', `appeals-flows-${device}-dishonesty-breach`);
    await stateOf(page).filter({ hasText: '待反馈' }).waitFor();
    expect(await timelineText(page)).toContain('拒不整改，认定政务失信');
    await decide(page, 'reply', '经核实属实，住建局逾期未整改，已认定政务失信并记入诚信档案。');
    await stateOf(page).filter({ hasText: '已办结' }).waitFor();
    expect(await page.getByTestId('ticket-facts').textContent()).toContain('未解决');
    const timeline = await timelineText(page);
    for (const words of ['核实属实，责令整改', '拒不整改，认定政务失信', '记入政务诚信档案', '反馈举报人']) expect(timeline).toContain(words);
    expect(await page.getByTestId('ticket-no-actions').textContent()).toContain('已结束');
    await noHorizontalScroll(page);
    await shot(page, `appeals-flows-${device}-dishonesty-breach-closed`);
    expect(unexpectedErrors(leader.errors)).toEqual([]);
  }, 120_000);
});
