// 接诉即办 for requesters and the office. On a phone, the demo citizen shimin opens 我的诉求, then 我要反映: is told
// what is missing, finds the category by a word (停水), lets the category suggest the kind, picks the district,
// uses the browser's location (the coordinates show), adds a photo, hides their name, and submits; the ticket's
// page shows the 工单编号, the steps and the photo. 我的诉求 lists it; shimin opens it and adds a follow-up, which
// the timeline shows. On a desktop, qiye files one, hides their name afterwards, and — once the hotline and the
// unit have dispatched, answered and called back (through the API) — sees 办结, the answer and the callback, with
// 补充说明 still open. The office opens 接诉即办分析.
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiCall, apiSignIn } from './support/api.ts';
import { goByMenu, pickDepartment, pickOption, signIn, toast } from './support/auth.ts';
import { hasHorizontalScroll, launchBrowser, shot } from './support/browser.ts';
import { usePage } from './support/page.ts';

const baseUrl = inject('baseUrl');
const run = Date.now().toString(36).toUpperCase();
let browser: Awaited<ReturnType<typeof launchBrowser>>;
/** 赛罕区, Hohhot: where the phone says it is. */
const HERE = { latitude: 40.8075, longitude: 111.7166, accuracy: 18 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const noHorizontalScroll = async (page: Page) => expect(await hasHorizontalScroll(page)).toBe(false);
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));
/** Expected failures: the session check before signing in (401). */
const unexpectedErrors = (errors: string[]) => errors.filter((e) => !/status of 401.*\/api\/v1\/auth\/me\b/.test(e));

/** A real PNG (a 96×64 two-colour picture) made here, so the server's content check has something to check. */
function png(name: string) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const [w, h] = [96, 64];
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) rows.set(y < h / 2 ? [31, 95, 191] : [82, 196, 26], y * (w * 3 + 1) + 1 + x * 3);
  const bytes = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
  return { name, mimeType: 'image/png', buffer: bytes };
}

describe('a requester on a phone files a ticket and follows it', () => {
  const person = usePage(() => browser, baseUrl, 'appeals-public', 'phone', 'shimin', { geolocation: HERE, permissions: ['geolocation'] });
  const title = `幸福小区 3 号楼连续停水 ${run}`;
  let ticketUrl = '';
  let number = '';

  it('opens 我的诉求 from the menu', async () => {
    const { page } = person;
    await signIn(page, 'shimin');
    await goByMenu(page, 'phone', '我的诉求');
    await page.getByTestId('my-appeals-page').waitFor();
    // Before filing: the empty state (with its way to 我要反映), or the seeded tickets.
    await page.locator('[data-testid="appeals-empty"], [data-testid="appeal-cards"]').first().waitFor();
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-phone-mine-before');
  });

  it('is told what is missing, then fills 我要反映 with a photo and the phone’s location', async () => {
    const { page } = person;
    await goByMenu(page, 'phone', '我要反映');
    await page.getByTestId('appeal-form').waitFor();
    await page.getByTestId('appeal-submit').click();
    await expect.poll(() => page.locator('.ant-form-item-explain-error').count()).toBeGreaterThanOrEqual(4);
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-phone-form-errors');

    await pickDepartment(page, page.getByTestId('appeal-category'), '供水');
    // The category suggests its kind (供水 → 求助).
    await expect.poll(() => page.getByTestId('appeal-kind').locator('.ant-radio-button-wrapper-checked').textContent()).toBe('求助');
    await pickOption(page, page.getByTestId('appeal-district'), '赛罕区');
    await page.getByTestId('appeal-address').fill('赛罕区幸福小区 3 号楼');
    await page.getByTestId('appeal-locate').click();
    await expect.poll(() => page.getByTestId('appeal-point').textContent()).toContain('40.807500');
    await page.getByTestId('appeal-title').fill(title);
    await page.getByTestId('appeal-content').fill('从前天早上开始整栋楼没有自来水，物业说是管道维修，但一直没有通知恢复时间。希望尽快恢复供水。');
    await page.getByTestId('appeal-photo-input').setInputFiles(png(`停水-${run}.png`));
    await expect.poll(() => page.getByTestId('appeal-photo').count()).toBe(1);
    await page.getByTestId('appeal-phone').fill('13904711234');
    await page.getByTestId('appeal-name-hidden').click();
    await noHorizontalScroll(page);
    await top(page);
    await shot(page, 'appeals-public-phone-form');
  });

  it('submits and lands on the ticket’s page with its 工单编号', async () => {
    const { page } = person;
    await page.getByTestId('appeal-submit').click();
    await page.getByTestId('appeal-page').waitFor();
    await page.getByTestId('appeal-filed').waitFor();
    number = (await page.getByTestId('appeal-number').textContent())?.trim() ?? '';
    expect(number).not.toBe('');
    expect(await page.getByTestId('appeal-filed').textContent()).toContain(number);
    ticketUrl = new URL(page.url()).pathname;
    expect(ticketUrl).toMatch(/^\/my\/appeals\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('appeal-title').textContent()).toBe(title);
    // 受理 is done; the ticket waits for dispatch (or a rule already sent it on).
    await expect.poll(() => page.getByTestId('appeal-steps').locator('.ant-steps-item-finish').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('appeal-coordinates').textContent()).toContain('40.807500');
    expect(await page.getByTestId('appeal-name-state').textContent()).toBe('已对承办单位隐藏姓名');
    await expect.poll(() => page.getByTestId('appeal-media').locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    // The name was hidden when filing: no 隐藏姓名 card.
    expect(await page.getByTestId('appeal-hide-name').count()).toBe(0);
    expect(unexpectedErrors(person.errors)).toEqual([]);
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-phone-ticket');
  });

  it('finds it in 我的诉求 and opens it', async () => {
    const { page } = person;
    await goByMenu(page, 'phone', '我的诉求');
    const card = page.getByTestId('appeal-link').filter({ hasText: number });
    await card.waitFor();
    expect(await card.textContent()).toContain(title);
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-phone-mine');
    await card.click();
    await page.getByTestId('appeal-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(ticketUrl);
    expect(await page.getByTestId('appeal-filed').count()).toBe(0);
  });

  it('adds a follow-up, which the timeline shows', async () => {
    const { page } = person;
    await page.getByTestId('appeal-follow-up-send').click();
    await page.getByTestId('appeal-follow-up-error').waitFor();
    const words = `今天下午物业贴出通知说明天恢复供水 ${run}`;
    await page.getByTestId('appeal-follow-up-text').fill(words);
    await page.getByTestId('appeal-follow-up-send').click();
    await toast(page, '补充说明已发送').waitFor();
    const entry = page.getByTestId('appeal-timeline-entry').filter({ hasText: words });
    await entry.waitFor();
    expect(await entry.getAttribute('data-kind')).toBe('followUp');
    expect(await page.getByTestId('appeal-follow-up-text').inputValue()).toBe('');
    expect(unexpectedErrors(person.errors)).toEqual([]);
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-phone-follow-up');
  });

  it('answers an unknown ticket with a page that says so', async () => {
    const { page } = person;
    await page.goto('/my/appeals/0190f0f0-0000-7000-8000-000000000999');
    await page.getByTestId('appeal-not-found').waitFor();
    await shot(page, 'appeals-public-phone-not-found', { fullPage: false });
  });
});

describe('a requester on a desktop', () => {
  const person = usePage(() => browser, baseUrl, 'appeals-public', 'desktop', 'qiye');

  it('sees 我要反映 and 我的诉求 laid out wide, and hides their name after filing', async () => {
    const { page } = person;
    await signIn(page, 'qiye');
    await page.goto('/my/appeals/new');
    await page.getByTestId('appeal-form').waitFor();
    await shot(page, 'appeals-public-desktop-form');
    await pickDepartment(page, page.getByTestId('appeal-category'), '噪声');
    await pickOption(page, page.getByTestId('appeal-district'), '新城区');
    await page.getByTestId('appeal-title').fill(`夜间施工噪音扰民 ${run}`);
    await page.getByTestId('appeal-content').fill('工地每晚十一点后仍在施工，影响周边居民休息。');
    await page.getByTestId('appeal-submit').click();
    await page.getByTestId('appeal-filed').waitFor();
    await page.getByTestId('appeal-hide-name-button').click();
    await page.getByTestId('appeal-hide-name-ok').click();
    await toast(page, '已对承办单位隐藏姓名').waitFor();
    await expect.poll(() => page.getByTestId('appeal-name-state').textContent()).toBe('已对承办单位隐藏姓名');
    expect(await page.getByTestId('appeal-hide-name').count()).toBe(0);
    await top(page);
    await shot(page, 'appeals-public-desktop-ticket');
    await page.goto('/my/appeals');
    await page.getByTestId('appeal-cards').waitFor();
    await shot(page, 'appeals-public-desktop-mine');
    expect(unexpectedErrors(person.errors)).toEqual([]);
  });

  it('follows the ticket to 办结: the steps, the answer and the callback; a follow-up is still possible', async () => {
    const { page } = person;
    // The hotline and the unit do their part through the API (their screens have their own journey).
    const [agent, handler, qiye] = await Promise.all([apiSignIn('agent'), apiSignIn('handler'), apiSignIn('qiye')]);
    const mine = await apiCall<{ items: { id: string; title: string }[] }>(qiye, 'GET', '/api/v1/me/appeals?pageSize=100');
    const id = mine.body.items.find((i) => i.title === `夜间施工噪音扰民 ${run}`)!.id;
    const me = await apiCall<{ user: { department: { id: string; name: string } } }>(handler, 'GET', '/api/v1/auth/me');
    const step = async (who: typeof agent, path: string, body: Record<string, unknown>) => {
      const version = (await apiCall<{ version: number }>(agent, 'GET', `/api/v1/appeals/tickets/${id}`)).body.version;
      const res = await apiCall<{ state: string }>(who, 'POST', `/api/v1/appeals/tickets/${id}/${path}`, { version, ...body });
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
    };
    await step(agent, 'dispatch', { leadDepartmentId: me.body.user.department.id });
    await step(handler, 'sign', {});
    await step(handler, 'reply', { reply: `已联系施工单位，夜间 22 时后停止施工 ${run}`, solved: true });
    await step(agent, 'callback', { contacted: true, solved: true, satisfaction: 'satisfied' });

    await page.goto(`/my/appeals/${id}`);
    await page.getByTestId('appeal-page').waitFor();
    expect(await page.getByTestId('appeal-state').textContent()).toBe('已办结');
    expect(await page.getByTestId('appeal-steps').locator('.ant-steps-item-finish').count()).toBe(6);
    expect(await page.getByTestId('appeal-answer').textContent()).toContain(`夜间 22 时后停止施工 ${run}`);
    expect(await page.getByTestId('appeal-callback').textContent()).toContain('满意');
    expect(await page.getByTestId('appeal-follow-up').textContent()).toContain('仍会直接转给承办单位');
    expect(await page.getByTestId('appeal-unit').textContent()).toBe(me.body.user.department.name);
    await shot(page, 'appeals-public-desktop-closed');
    expect(unexpectedErrors(person.errors)).toEqual([]);
  });
});

describe('the office on a desktop', () => {
  const person = usePage(() => browser, baseUrl, 'appeals-public', 'desktop', 'office');

  it('opens 接诉即办分析: the city’s figures, the 三率 ranking and the hot spots', async () => {
    const { page } = person;
    await signIn(page, 'office');
    await goByMenu(page, 'desktop', '接诉即办分析');
    await page.getByTestId('appeals-overview-page').waitFor();
    await page.getByTestId('appeals-kpis').waitFor();
    // The tickets filed above are in the default period (the last 30 days).
    expect(Number(await page.getByTestId('appeals-kpi-tickets').locator('.ys-appeals-kpi-value').textContent())).toBeGreaterThanOrEqual(2);
    await page.getByTestId('appeals-ranking-table').waitFor();
    // Every unit either has its rank or is marked 样本不足 without one.
    for (const row of await page.getByTestId('appeals-ranking-table').locator('tbody tr.ant-table-row').all()) {
      const rank = (await row.getByTestId('appeals-rank').textContent())?.trim();
      if (rank === '—') expect(await row.getByTestId('appeals-insufficient').count()).toBe(1);
      else expect(rank).toMatch(/^\d+$/);
    }
    await page.getByTestId('appeals-chart-hotspots').locator('canvas').waitFor();
    await page.getByTestId('appeals-chart-trend').locator('canvas').waitFor();
    await page.getByTestId('appeals-hotspots-table').waitFor();
    expect(await page.getByTestId('load-error').count()).toBe(0);
    expect(unexpectedErrors(person.errors)).toEqual([]);
    await noHorizontalScroll(page);
    await shot(page, 'appeals-public-desktop-office');
  });
});
