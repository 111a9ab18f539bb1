// The landing page, on a desktop and on a phone: name, server health, language switch, 404, API docs.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  hasHorizontalScroll,
  launchBrowser,
  newContext,
  shot,
  trackErrors,
  type Device,
} from './support/browser.ts';

const baseUrl = inject('baseUrl');
const engineLabels: Record<string, { zh: string; en: string }> = {
  pglite: { zh: '嵌入式 PGlite', en: 'Embedded PGlite' },
  postgres: { zh: 'PostgreSQL', en: 'PostgreSQL' },
};

let browser: Browser;
let health: { status: string; db: string; version: string };

beforeAll(async () => {
  browser = await launchBrowser();
  const response = await fetch(`${baseUrl}/api/health`);
  expect(response.status).toBe(200);
  health = (await response.json()) as typeof health;
});

afterAll(async () => {
  await browser?.close();
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const storedLang = (page: Page) => page.evaluate(() => window.localStorage.getItem('yingshang.lang'));
const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? '').trim();

describe.each<Device>(['desktop', 'phone'])('landing page on %s', (device) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await newContext(browser, device, baseUrl);
    page = await context.newPage();
    errors = trackErrors(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('shows the platform and the health of the server', async () => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: '营商通' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await page.title()).toBe('营商通');
    await page.getByText('Yingshang', { exact: false }).first().waitFor();

    await page.getByTestId('health-engine').waitFor();
    expect(await text(page, 'health-engine')).toBe(engineLabels[health.db]?.zh ?? `未知（${health.db}）`);
    expect(await text(page, 'health-version')).toBe(health.version);
    expect(await text(page, 'health-status')).toBe('运行正常');

    const docs = page.getByRole('link', { name: /接口文档/ });
    expect(await docs.getAttribute('href')).toBe('/api/docs');
    expect(await page.getByRole('link', { name: /OpenAPI/ }).getAttribute('href')).toBe(
      '/api/v1/openapi.json',
    );

    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `landing-${device}-zh`);
  });

  it('switches to English, remembers it, and switches back', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Yingshang' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.title()).toBe('Yingshang 营商通');
    expect(await storedLang(page)).toBe('en');
    expect(await text(page, 'health-engine')).toBe(engineLabels[health.db]?.en ?? `Unknown (${health.db})`);
    expect(await text(page, 'health-status')).toBe('Running');
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Yingshang' }).waitFor();
    await page.getByTestId('health-engine').waitFor();
    await shot(page, `landing-${device}-en`);

    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '营商通' }).waitFor();
    expect(await htmlLang(page)).toBe('zh-CN');
    expect(await storedLang(page)).toBe('zh-CN');
  });

  it('says so clearly when the health check fails, and recovers on retry', async () => {
    await page.route('**/api/health', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: '服务不可用',
          status: 503,
          detail: '数据库暂时不可用',
          code: 'SERVICE_UNAVAILABLE',
        }),
      }),
    );
    await page.goto('/');
    await page.getByTestId('health-error').waitFor();
    const message = await text(page, 'health-error');
    expect(message).toContain('暂时无法连接服务');
    expect(message).toContain('数据库暂时不可用');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `landing-${device}-health-error`);

    await page.unroute('**/api/health');
    await page.getByRole('button', { name: /重\s*试/ }).click();
    await page.getByTestId('health-engine').waitFor();
  });

  it('shows a 404 page for an unknown client route, with a way home', async () => {
    await page.goto('/no-such-page');
    await page.getByTestId('not-found').waitFor();
    expect(await text(page, 'not-found')).toContain('页面不存在');
    expect(await text(page, 'not-found')).toContain('/no-such-page');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await shot(page, `landing-${device}-404`);

    await page.getByRole('link', { name: /返回首页/ }).click();
    await page.getByRole('heading', { level: 1, name: '营商通' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('links to API documentation that is served', async () => {
    // Its own tab: the docs page is Swagger UI's, and its console is not the web app's to answer for.
    const docsPage = await context.newPage();
    try {
      const response = await docsPage.goto('/api/docs');
      expect(response?.ok()).toBe(true);
      expect(response?.headers()['content-type']).toMatch(/text\/html/);
      await docsPage.locator('.swagger-ui .info .title').first().waitFor();
      expect(await docsPage.locator('.swagger-ui .info .title').first().textContent()).toContain('营商通');
      await shot(docsPage, `landing-${device}-api-docs`);

      const spec = await docsPage.request.get('/api/v1/openapi.json');
      expect(spec.ok()).toBe(true);
      const document = (await spec.json()) as { openapi?: unknown; paths?: unknown };
      expect(String(document.openapi)).toMatch(/^3\./);
      expect(typeof document.paths).toBe('object');
    } finally {
      await docsPage.close();
    }
  });

  it('raised no script errors', () => {
    // The 503 in the health-error journey is deliberate; Chromium logs every failed resource. A
    // visitor is not signed in, so the app's session check (/api/v1/auth/me) answers 401.
    const unexpected = errors.filter(
      (e) =>
        !/Failed to load resource: .*status of 503/.test(e) &&
        !/Failed to load resource: .*status of 401.*\/api\/v1\/auth\/me\b/.test(e),
    );
    expect(unexpected).toEqual([]);
  });
});
