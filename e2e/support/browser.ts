// Browser helpers for the journeys: Debian's chromium driven by playwright-core (no browser download).
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { apiLogger } from './api-log.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

/** Throws a message that says how to fix it; the suite must fail, not skip, without a browser. */
export function assertChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. The browser journeys need it: install Debian's chromium ` +
        `(apt-get install chromium fonts-wqy-zenhei) or set CHROMIUM_PATH to a Chromium/Chrome binary.`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Deprecated by Playwright for tracing, but the one sink that costs nothing to keep: see api-log.ts.
    logger: apiLogger,
  });
}

export type Device = 'desktop' | 'phone';

export const devices: Record<Device, BrowserContextOptions> = {
  desktop: {
    viewport: { width: 1366, height: 768 },
    screen: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  },
  phone: {
    viewport: { width: 390, height: 844 },
    screen: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
  },
};

/** A fresh context (own storage, so the language choice starts at the default) for the device. */
export async function newContext(
  browser: Browser,
  device: Device,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    ...devices[device],
    baseURL,
    // As a person who asked for less motion (the app then turns antd's animations off): a click no longer waits for
    // a dialog or a list to finish moving in, nor lands while one is still moving.
    reducedMotion: 'reduce',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...options,
  });
}

export const desktopContext = (browser: Browser, baseURL: string, options?: BrowserContextOptions) =>
  newContext(browser, 'desktop', baseURL, options);
export const phoneContext = (browser: Browser, baseURL: string, options?: BrowserContextOptions) =>
  newContext(browser, 'phone', baseURL, options);

/**
 * Saves a PNG to e2e/screenshots/<name>.png and returns its path: the full page, or just the
 * viewport (`fullPage: false`) for drawers and dialogs, which a full-page capture draws out of place.
 */
export async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true, animations: 'disabled' });
  return file;
}

/** Every list trackErrors made in this file's run: a failed attempt's entries are dropped before its retry (after-failure.ts). */
export const trackedErrorLists = new Set<string[]>();
/** The pages whose errors are tracked: support/after-failure.ts reloads them after a failed step. */
export const trackedPages = new Set<Page>();

/**
 * Collects uncaught page errors and console errors, so a journey can assert there were none; into `errors` when
 * given (a renewed page goes on with its person's list).
 */
export function trackErrors(page: Page, errors: string[] = []): string[] {
  trackedErrorLists.add(errors);
  trackedPages.add(page);
  page.once('close', () => trackedPages.delete(page));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The URL tells an expected failed request (e.g. a 401 from /api/v1/auth/me) from a real one.
    const url = message.location().url;
    if (message.type() !== 'error') return;
    const text = `console: ${message.text()}${url ? ` (${url})` : ''}`;
    const at = errors.push(text) - 1;
    // An object logged (rjsf's validation errors, say) prints as [Object]: its JSON replaces that when it can be read.
    if (!message.text().includes('[Object]')) return;
    void Promise.all(message.args().map((arg) => arg.jsonValue().then((value) => (typeof value === 'string' ? value : JSON.stringify(value)))))
      .then((parts) => {
        if (errors[at] === text) errors[at] = `console: ${parts.join(' ')}${url ? ` (${url})` : ''}`;
      })
      .catch(() => undefined);
  });
  return errors;
}

/** True when the page is wider than the viewport (a horizontal scrollbar, the classic phone bug). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Waits (up to 10 s) until no toast (antd message) is on screen. A toast at the top of a phone's screen covers the header's
 * language switch, and one under the pointer never times out (antd pauses it while hovered): the pointer is moved
 * away first.
 */
export async function noToasts(page: Page): Promise<void> {
  await page.mouse.move(1, page.viewportSize()!.height - 1);
  // Given its time; under a loaded machine a toast's closing animation may lag, and the caller goes on regardless.
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
}
