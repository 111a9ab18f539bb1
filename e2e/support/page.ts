// A journey's person: a fresh browser context and page registered in the calling describe. Kept apart from
// browser.ts, which the global set-up imports outside a test worker (where vitest's hooks do not exist).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { newContext, shot, trackErrors, type Device } from './browser.ts';

/**
 * A fresh context and page for one person of a journey (registered in the calling describe): its script errors
 * collected, and a picture `failed-<journey>-<label>-<device>-<test>` of the page when a step fails.
 */
export function usePage(browser: () => Browser, baseURL: string, journey: string, device: Device, label: string, options?: BrowserContextOptions) {
  const state = {} as { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    state.context = await newContext(browser(), device, baseURL, options);
    state.page = await state.context.newPage();
    state.errors = trackErrors(state.page);
  });
  afterAll(async () => {
    await state.context?.close();
  });
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await shot(state.page, `failed-${journey}-${label}-${device}-${test.task.name}`, { fullPage: false }).catch(() => undefined);
  });
  return state;
}
