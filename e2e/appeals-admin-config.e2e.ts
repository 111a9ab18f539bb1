// 接诉即办's own settings in the browser. The office opens 接诉即办规则, raises the 咨询 limit by a day, saves, reloads
// and sees it; weights of 三率 that do not add up to 100% are refused with a message (and by the server); a save over
// a version someone else saved meanwhile says so and reloads; the limit goes back as it was. A leader reads the
// rules without a way to change them. The administrator issues an Open311 key, sees its secret once, files a real
// request with it (POST /open311/v2/requests.json, form-encoded), revokes it, and the same POST is refused (403).
// Pictures at 1366 and 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn, type ApiSession } from './support/api.ts';
import { goByMenu, menuLabels, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot, type Device } from './support/browser.ts';
import { usePage as sharedUsePage } from './support/page.ts';
import { visibleModal } from './support/dialog.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36);
const KEY_NAME = `城管网格化平台（${run}）`;
let browser: Browser;
let office: ApiSession;
/** The 咨询 limit as the journey found it (put back at the end). */
let consultBefore = 0;

interface SettingsView {
  rules: Record<string, unknown> & { kindDays: Record<string, number>; weights: Record<string, number> };
  version: number;
  fixed: string[];
}

const readSettings = async () => (await apiCall<SettingsView>(office, 'GET', '/api/v1/appeals/settings')).body;

beforeAll(async () => {
  browser = await launchBrowser();
  office = await apiSignIn('office');
  consultBefore = (await readSettings()).rules.kindDays.consult!;
});

afterAll(async () => {
  // Other journeys share the server: the 咨询 limit goes back even when a step failed.
  if (office) {
    const now = await readSettings();
    if (now.rules.kindDays.consult !== consultBefore) {
      await apiCall(office, 'PUT', '/api/v1/appeals/settings', { version: now.version, rules: { ...now.rules, kindDays: { ...now.rules.kindDays, consult: consultBefore } } });
    }
  }
  await browser?.close();
});

const usePage = (device: Device, label: string) => sharedUsePage(() => browser, baseUrl, 'appeals-admin-config', device, label);
const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
/** Only the session check before signing in may fail (401 from /api/v1/auth/me). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));
const rule = (page: Page, key: string) => page.getByTestId(`appeal-rule-${key}`);
const versionTag = (page: Page) => page.getByTestId('appeal-settings-version');

/** A full-page picture from the top (a capture of a scrolled page draws the fixed header mid-page). */
async function pageShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** Types a value into a rule's number field and leaves it. */
async function setRule(page: Page, key: string, value: number) {
  await rule(page, key).fill(String(value));
  await rule(page, key).blur();
}

/** POSTs a service request the way an Open311 client does (a form, with the key). */
async function fileRequest(apiKey: string, serviceCode: string) {
  const form = new URLSearchParams({ api_key: apiKey, service_code: serviceCode, lat: '40.8424', long: '111.7490', description: `路灯不亮，夜间通行不便（${run}）` });
  const response = await fetch(`${baseUrl}/open311/v2/requests.json`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('接诉即办规则', () => {
  const desk = usePage('desktop', 'office');
  const phone = usePage('phone', 'office');
  const leader = usePage('desktop', 'leader');

  it('the office raises the 咨询 limit, saves, reloads and sees it', async () => {
    const { page } = desk;
    await signIn(page, 'office');
    expect(await menuLabels(page, 'desktop')).toContain('接诉即办规则');
    await goByMenu(page, 'desktop', '接诉即办规则');
    await page.getByTestId('appeal-settings-form').waitFor();
    expect(await rule(page, 'kindDays.consult').inputValue()).toBe(String(consultBefore));
    // Each field shows its default, the sign-for and callback limits among them.
    expect(await page.getByTestId('appeal-rule-default-kindDays.consult').textContent()).toBe('默认 3 工作日');
    expect(await page.getByTestId('appeal-rule-default-signDays').textContent()).toBe('默认 1 工作日');
    expect(await page.getByTestId('appeal-rule-default-callbackDays').textContent()).toBe('默认 2 工作日');
    expect(await page.getByTestId('appeal-settings-sum').getAttribute('data-ok')).toBe('true');
    const before = await readSettings();

    await setRule(page, 'kindDays.consult', consultBefore + 1);
    await page.getByTestId('appeal-settings-save').click();
    await toast(page, '接诉即办规则已保存').waitFor();
    await versionTag(page).filter({ hasText: `第 ${before.version + 1} 版` }).waitFor();
    await page.reload();
    await page.getByTestId('appeal-settings-form').waitFor();
    expect(await rule(page, 'kindDays.consult').inputValue()).toBe(String(consultBefore + 1));
    expect((await readSettings()).rules.kindDays.consult).toBe(consultBefore + 1);
    await noHorizontalScroll(page);
    expect(unexpectedErrors(desk.errors)).toEqual([]);
  });

  it('refuses weights of 三率 that do not add up to 100%, in the page and on the server', async () => {
    const { page } = desk;
    const before = await readSettings();
    await setRule(page, 'weights.response', 20);
    const sumError = page.getByTestId('appeal-settings-sum-error');
    await sumError.waitFor();
    expect(await sumError.textContent()).toContain('三率权重之和须为 100%');
    await page.getByTestId('appeal-settings-save').click();
    await toast(page, '三率权重之和须为 100%').waitFor();
    await pageShot(page, 'appeals-config-desktop-settings-weights');
    expect((await readSettings()).version).toBe(before.version);

    // The server refuses it too, naming the weights.
    const refused = await apiCall<{ code: string; errors: { path: string; message: string }[] }>(office, 'PUT', '/api/v1/appeals/settings', {
      version: before.version,
      rules: { ...before.rules, weights: { response: 0.2, resolution: 0.45, satisfaction: 0.45 } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e) => e.path)).toContain('body.rules.weights');

    await page.getByTestId('appeal-settings-undo').click();
    expect(await page.getByTestId('appeal-settings-sum').getAttribute('data-ok')).toBe('true');
    expect(unexpectedErrors(desk.errors)).toEqual([]);
  });

  it('says when someone else saved meanwhile, reloads, and puts the 咨询 limit back', async () => {
    const { page } = desk;
    const seen = await readSettings();
    // Someone else saves (the same rules: a new version).
    const other = await apiCall<SettingsView>(office, 'PUT', '/api/v1/appeals/settings', { version: seen.version, rules: seen.rules });
    expect(other.status).toBe(200);
    await setRule(page, 'kindDays.consult', consultBefore);
    await page.getByTestId('appeal-settings-save').click();
    const conflict = page.getByTestId('appeal-settings-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('规则已被他人修改');
    await conflict.scrollIntoViewIfNeeded();
    await shot(page, 'appeals-config-desktop-settings-conflict', { fullPage: false });
    await page.getByTestId('appeal-settings-reload').click();
    await conflict.waitFor({ state: 'detached' });
    await versionTag(page).filter({ hasText: `第 ${seen.version + 1} 版` }).waitFor();
    expect(await rule(page, 'kindDays.consult').inputValue()).toBe(String(consultBefore + 1));

    await setRule(page, 'kindDays.consult', consultBefore);
    await page.getByTestId('appeal-settings-save').click();
    await toast(page, '接诉即办规则已保存').waitFor();
    await versionTag(page).filter({ hasText: `第 ${seen.version + 2} 版` }).waitFor();
    expect((await readSettings()).rules.kindDays.consult).toBe(consultBefore);
    await pageShot(page, 'appeals-config-desktop-settings');
    // The refused save is the one failed request the browser reports.
    expect(unexpectedErrors(desk.errors).filter((e) => !/status of 409.*\/api\/v1\/appeals\/settings\b/.test(e))).toEqual([]);
  });

  it('fits a phone: one column, no sideways scroll', async () => {
    const { page } = phone;
    await signIn(page, 'office');
    await goByMenu(page, 'phone', '接诉即办规则');
    await page.getByTestId('appeal-settings-form').waitFor();
    await noHorizontalScroll(page);
    const [a, b] = await Promise.all([rule(page, 'kindDays.consult').boundingBox(), rule(page, 'kindDays.help').boundingBox()]);
    expect(b!.y).toBeGreaterThan(a!.y);
    await shot(page, 'appeals-config-phone-settings-top', { fullPage: false });
    await pageShot(page, 'appeals-config-phone-settings');
    expect(unexpectedErrors(phone.errors)).toEqual([]);
  });

  it('a leader reads the rules without a way to change them', async () => {
    const { page } = leader;
    await signIn(page, 'leader');
    await page.goto('/office/appeals/settings');
    await page.getByTestId('appeal-settings-read-only').waitFor();
    expect(await rule(page, 'kindDays.consult').isDisabled()).toBe(true);
    expect(await page.getByTestId('appeal-settings-save').count()).toBe(0);
    expect(unexpectedErrors(leader.errors)).toEqual([]);
  });
});

describe('Open311 接口密钥', () => {
  const admin = usePage('desktop', 'admin');
  const adminPhone = usePage('phone', 'admin');
  let secret = '';
  let serviceCode = '';

  it('the administrator issues a key and sees its secret once', async () => {
    const { page } = admin;
    await signIn(page, 'admin');
    expect(await menuLabels(page, 'desktop')).toContain('Open311 接口密钥');
    await goByMenu(page, 'desktop', 'Open311 接口密钥');
    await page.getByTestId('open311-keys-page').waitFor();
    expect(await page.getByTestId('open311-help').textContent()).toContain('/open311/v2/');
    await page.getByTestId('open311-key-issue').click();
    const dialog = visibleModal(page);
    await dialog.getByTestId('open311-key-name').fill(KEY_NAME);
    await dialog.getByTestId('open311-key-issue-submit').click();
    const shown = page.getByTestId('one-time-secret');
    await shown.waitFor();
    secret = ((await shown.getByTestId('secret-value').textContent()) ?? '').trim();
    expect(secret).toMatch(/^o311_/);
    expect(await shown.textContent()).toContain('仅显示这一次');
    expect(await shown.textContent()).toContain(KEY_NAME);
    await shot(page, 'appeals-config-desktop-key-secret', { fullPage: false });
    await visibleModal(page).getByRole('button', { name: '我已保存，关闭' }).click();
    await shown.waitFor({ state: 'detached' });

    // Listed by its first characters, active; the secret itself is nowhere on the page any more.
    const row = page.getByTestId('open311-key-table').locator('tr', { hasText: KEY_NAME });
    await row.getByTestId('open311-key-state').filter({ hasText: '有效' }).waitFor();
    const prefix = ((await row.getByTestId('open311-key-prefix').textContent()) ?? '').replace('…', '');
    expect(secret.startsWith(prefix)).toBe(true);
    expect(await page.content()).not.toContain(secret);
    expect(unexpectedErrors(admin.errors)).toEqual([]);
  });

  it('a client files a request with the key', async () => {
    const services = await fetch(`${baseUrl}/open311/v2/services.json`);
    expect(services.status).toBe(200);
    const list = (await services.json()) as { service_code: string; metadata: boolean }[];
    serviceCode = list.find((s) => !s.metadata)!.service_code;
    const filed = await fileRequest(secret, serviceCode);
    expect([200, 201]).toContain(filed.status);
    const [request] = filed.body as { service_request_id: string }[];
    expect(request!.service_request_id).toBeTruthy();
  });

  it('the administrator revokes it and the same request is refused', async () => {
    const { page } = admin;
    await page.reload();
    const row = page.getByTestId('open311-key-table').locator('tr', { hasText: KEY_NAME });
    // Used: its last use shows (no longer 从未使用).
    await row.getByTestId('open311-key-state').waitFor();
    expect(await row.textContent()).not.toContain('从未使用');
    await row.getByTestId('open311-key-revoke').click();
    await page.getByTestId('open311-key-revoke-confirm').click();
    await toast(page, '密钥已吊销').waitFor();
    await row.getByTestId('open311-key-state').filter({ hasText: '已吊销' }).waitFor();
    expect(await row.getByTestId('open311-key-revoke').count()).toBe(0);
    await noHorizontalScroll(page);
    await pageShot(page, 'appeals-config-desktop-keys');

    const refused = await fileRequest(secret, serviceCode);
    expect(refused.status).toBe(403);
    const [error] = refused.body as { code: number; description: string }[];
    expect(error!.code).toBe(403);
    expect(error!.description).toContain('api_key');
    expect(unexpectedErrors(admin.errors)).toEqual([]);
  });

  it('fits a phone: the table scrolls inside its card', async () => {
    const { page } = adminPhone;
    await signIn(page, 'admin');
    await goByMenu(page, 'phone', 'Open311 接口密钥');
    await page.getByTestId('open311-key-table').locator('tr', { hasText: KEY_NAME }).waitFor();
    await noHorizontalScroll(page);
    await pageShot(page, 'appeals-config-phone-keys');
    expect(unexpectedErrors(adminPhone.errors)).toEqual([]);
  });
});
