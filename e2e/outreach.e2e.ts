// 企业服务, on a desktop and a phone. The office (营商办) records an on-site visit to a demo enterprise with one problem
// raised, and routes the problem to 住建局 with a due date; the 住建局 handler, on a 390-px phone, finds it in
// 企业问题办理 and answers it solved. The office records a hall inspection (明查) with one finding and sees the
// finding's ledger task number on the inspection's page. Pictures of the overview, the contacts, a key project and
// the inspection at 1366 and 390 px. A key project with a blocker is set up through the API (not what is tested).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { goByMenu, menuLabels, pickDepartment, pickOption, signIn } from './support/auth.ts';
import { apiCall, apiSignIn } from './support/api.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage as sharedUsePage } from './support/page.ts';
import { visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const ZJ = '呼和浩特市住房和城乡建设局';
const ZWFW = '呼和浩特市政务服务与数据管理局';
const run = Date.now().toString(36);
const PROBLEM = `施工许可证办理材料反复补正（${run}）`;
const FINDING = `窗口未公示办事指南（${run}）`;
let browser: Browser;
let enterprise = { uscc: '', name: '' };
let projectId = '';
let inspectionPath = '';

interface Department {
  id: string;
  code: string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A demo enterprise to visit, and a key project of it with an open blocker at 施工许可.
  const office = await apiSignIn('office');
  const found = await apiCall<{ items: { uscc: string; name: string }[] }>(office, 'GET', `/api/v1/registry/entities?q=${encodeURIComponent('青城乳业')}&pageSize=1`);
  expect(found.body.items.length).toBe(1);
  enterprise = found.body.items[0]!;
  const departments = await apiCall<{ departments: Department[] }>(office, 'GET', '/api/v1/org/departments');
  const zj = departments.body.departments.find((d) => d.code === 'HHHT-ZJ')!;
  const year = new Date().getFullYear();
  const project = await apiCall<{ id: string }>(office, 'POST', '/api/v1/outreach/projects', {
    code: `E2E-${run}`,
    name: `青城乳业液态奶扩产项目（${run}）`,
    uscc: enterprise.uscc,
    regionCode: '150105',
    investment: 32000,
    stage: 'construction',
    year,
    departmentId: zj.id,
  });
  expect(project.status).toBe(201);
  projectId = project.body.id;
  const blocker = await apiCall(office, 'POST', `/api/v1/outreach/projects/${projectId}/blockers`, {
    stage: 'construction',
    departmentId: zj.id,
    title: '施工图审查意见与消防审查意见不一致',
    detail: '两份审查意见对疏散通道宽度要求不同，企业无法确定按哪份修改。',
    foundOn: new Date().toISOString().slice(0, 10),
  });
  expect(blocker.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'outreach', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Only the session check before signing in may fail (401 from /api/v1/auth/me). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));

describe('企业服务', () => {
  const office = usePage('desktop', 'office');
  const handler = usePage('phone', 'handler');
  const officePhone = usePage('phone', 'office');

  it('the office records a visit with one problem and routes the problem to 住建局', async () => {
    const { page } = office;
    await signIn(page, 'office');
    expect(await menuLabels(page, 'desktop')).toEqual(expect.arrayContaining(['企业服务总览', '对接走访', '企业问题', '重点项目', '推进会', '明查暗访']));
    await goByMenu(page, 'desktop', '对接走访');
    await page.getByTestId('outreach-contacts-page').waitFor();
    await page.getByTestId('contact-record').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('contact-dialog-form').waitFor();
    // The enterprise from the registry, by name.
    await dialog.getByTestId('contact-uscc').click();
    await page.keyboard.type(enterprise.name);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: enterprise.uscc }).click();
    await dialog.getByTestId('contact-staff').fill('刘晓燕、王磊');
    await dialog.getByTestId('contact-summary').fill('走访了解企业扩产项目进展，企业反映施工许可办理中的困难。');
    await dialog.getByTestId('contact-add-problem').click();
    await dialog.getByTestId('problem-title').fill(PROBLEM);
    await dialog.getByTestId('problem-detail').fill('同一材料被要求补正三次，每次意见不同。');
    await dialog.getByTestId('contact-dialog-submit').click();

    // With a problem raised, the problems list opens on this enterprise's problems to route.
    await page.waitForURL((url) => url.pathname === '/office/outreach/problems' && url.searchParams.get('uscc') === enterprise.uscc);
    const row = page.getByTestId('problems-table').locator('tr', { hasText: PROBLEM });
    await row.getByTestId('problem-state').filter({ hasText: '待交办' }).waitFor();
    await row.getByTestId('problem-route').click();
    const route = visibleModal(page);
    await route.getByTestId('route-dialog-form').waitFor();
    await pickDepartment(page, route.getByTestId('route-department'), ZJ);
    await route.getByTestId('route-dialog-submit').click();
    await route.waitFor({ state: 'detached' });
    // Routed, it leaves 待交办 and shows under 办理中 with its unit.
    await row.waitFor({ state: 'detached' });
    await page.getByTestId('problem-states').getByText('办理中', { exact: true }).click();
    await row.getByTestId('problem-state').filter({ hasText: '办理中' }).waitFor();
    expect(await row.textContent()).toContain(ZJ);
    await noHorizontalScroll(page);

    await goByMenu(page, 'desktop', '对接走访');
    await page.getByTestId('contacts-table').locator('tr', { hasText: enterprise.name }).first().waitFor();
    expect(await page.getByTestId('contacts-table').textContent()).toContain('实地走访');
    await shot(page, 'outreach-desktop-contacts');
    expect(unexpectedErrors(office.errors)).toEqual([]);
  }, 60_000);

  it('the 住建局 handler answers it solved on a phone', async () => {
    const { page } = handler;
    await signIn(page, 'handler');
    expect(await menuLabels(page, 'phone')).toContain('企业问题办理');
    await goByMenu(page, 'phone', '企业问题办理');
    await page.getByTestId('outreach-unit-problems-page').waitFor();
    const card = page.getByTestId('problem-card').filter({ hasText: PROBLEM });
    await card.waitFor();
    await noHorizontalScroll(page);
    await shot(page, 'outreach-phone-unit-problems');
    await card.getByTestId('problem-answer-button').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('answer-text').fill('已与企业对接，一次性告知补正材料清单，施工许可证已于当日核发。');
    await dialog.getByTestId('answer-dialog-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await card.waitFor({ state: 'detached' });
    await page.getByTestId('unit-problem-tabs').getByText('已解决', { exact: true }).click();
    const solved = page.getByTestId('problem-card').filter({ hasText: PROBLEM });
    await solved.getByTestId('problem-state').filter({ hasText: '已解决' }).waitFor();
    expect(await solved.getByTestId('problem-answer').textContent()).toContain('施工许可证已于当日核发');
    expect(unexpectedErrors(handler.errors)).toEqual([]);
  }, 60_000);

  it('the office records a hall inspection with one finding and sees its ledger task', async () => {
    const { page } = office;
    await goByMenu(page, 'desktop', '明查暗访');
    await page.getByTestId('outreach-inspections-page').waitFor();
    await page.getByTestId('inspection-record').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('inspection-dialog-form').waitFor();
    await dialog.getByTestId('inspection-hall').fill('赛罕区政务服务中心');
    await pickDepartment(page, dialog.getByTestId('inspection-department'), ZWFW);
    await pickOption(page, dialog.getByTestId('inspection-area'), '赛罕区');
    await dialog.getByTestId('inspection-inspectors').fill('营商办督查组');
    await dialog.getByTestId('inspection-add-finding').click();
    await dialog.getByTestId('finding-title').fill(FINDING);
    // The finding's unit starts as the hall's own.
    await expect.poll(async () => (await dialog.getByTestId('finding-department').textContent()) ?? '').toContain(ZWFW);
    await dialog.getByTestId('inspection-dialog-submit').click();

    await page.waitForURL(/\/office\/inspections\/[0-9a-f-]{36}$/);
    inspectionPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('inspection-hall-name').textContent()).toBe('赛罕区政务服务中心');
    const finding = page.getByTestId('findings-table').locator('tr', { hasText: FINDING });
    const number = (await finding.getByTestId('ledger-task-link').textContent())?.trim() ?? '';
    expect(number).toMatch(new RegExp(`^TZ${new Date().getFullYear()}\\d{5}$`));
    expect(await finding.getByTestId('ledger-task-link').getAttribute('href')).toMatch(/^\/work\/ledger\/[0-9a-f-]{36}$/);
    expect(await finding.getByTestId('ledger-task-state').textContent()).toBeTruthy();
    await noHorizontalScroll(page);
    await shot(page, 'outreach-desktop-inspection');

    // The project set up for the journey, with its blocker at 施工许可.
    await page.goto(`/office/projects/${projectId}`);
    await page.getByTestId('project-stage-construction').getByTestId('blocker').waitFor();
    await noHorizontalScroll(page);
    await shot(page, 'outreach-desktop-project');

    // The figures now count the visit and the inspection.
    await goByMenu(page, 'desktop', '企业服务总览');
    const visits = page.getByTestId('outreach-figure-visits').getByTestId('figure-value');
    await expect.poll(async () => Number(await visits.textContent())).toBeGreaterThan(0);
    expect(Number(await page.getByTestId('outreach-figure-inspections').getByTestId('figure-value').textContent())).toBeGreaterThan(0);
    await page.getByTestId('stewards-panel').waitFor();
    await noHorizontalScroll(page);
    await shot(page, 'outreach-desktop-overview');
    expect(unexpectedErrors(office.errors)).toEqual([]);
  }, 60_000);

  it('the office pages fit a 390-px phone', async () => {
    const { page } = officePhone;
    expect(inspectionPath).not.toBe('');
    await signIn(page, 'office');
    const pages: [string, string, string][] = [
      ['/office/outreach', 'outreach-figures', 'overview'],
      ['/office/outreach/contacts', 'contact-card', 'contacts'],
      [`/office/projects/${projectId}`, 'blocker', 'project'],
      [inspectionPath, 'finding-card', 'inspection'],
    ];
    for (const [path, ready, name] of pages) {
      await page.goto(path);
      await page.getByTestId(ready).first().waitFor();
      await noHorizontalScroll(page);
      await shot(page, `outreach-phone-${name}`);
    }
    expect(unexpectedErrors(officePhone.errors)).toEqual([]);
  }, 60_000);
});
