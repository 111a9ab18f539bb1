// A journey's person: a fresh browser context and page registered in the calling describe. Kept apart from
// browser.ts, which the global set-up imports outside a test worker (where vitest's hooks do not exist).
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { newContext, shot, trackErrors, type Device } from './browser.ts';

export interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Every person usePage made in this file's run, by their page: after-failure.ts gives them a new one. */
export const people = new Map<Page, Person>();

/**
 * A fresh context and page for one person of a journey (registered in the calling describe): its script errors
 * collected, and a picture `failed-<journey>-<label>-<device>-<test>` of the page when a step fails.
 */
export function usePage(browser: () => Browser, baseURL: string, journey: string, device: Device, label: string, options?: BrowserContextOptions) {
  const state = {} as Person;
  beforeAll(async () => {
    state.context = await newContext(browser(), device, baseURL, options);
    state.page = await state.context.newPage();
    state.errors = trackErrors(state.page);
    people.set(state.page, state);
  });
  afterAll(async () => {
    people.delete(state.page);
    await state.context?.close();
  });
  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    await shot(state.page, `failed-${journey}-${label}-${device}-${test.task.name}`, { fullPage: false }).catch(() => undefined);
  });
  return state;
}

/**
 * Gives the person a new page at the address the old one showed, in the same context (same session and stored
 * language), and closes the old one. A step that timed out is still running (vitest stops waiting for it, not the
 * step itself); with its page closed, its next browser call fails and it ends, instead of clicking on the page its
 * retry is using (a timed-out synonym step once saved its retry's half-filled row that way).
 */
export async function renewPage(person: Person): Promise<void> {
  const old = person.page;
  const address = old.url();
  people.delete(old);
  await old.close().catch(() => undefined);
  const page = await person.context.newPage();
  // The same error list goes on (what earlier steps collected still counts at the journey's end); what the new page
  // says while loading is not the retry's doing.
  const before = person.errors.length;
  trackErrors(page, person.errors);
  if (address.startsWith('http')) await page.goto(address, { waitUntil: 'load' }).catch(() => undefined);
  person.errors.splice(before);
  person.page = page;
  people.set(page, person);
}
