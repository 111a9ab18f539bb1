// After a failed step. A step that fails is tried once more (vitest.config.ts), and the steps after it go on with
// the same people; both should start from the page the failure left, not from what was open on it: a dialog left
// open by the failed attempt covers the page, and every later click then fails on it (one failed click in the
// administrator's phone journey once failed the five steps after it). A step that timed out is worse: it is still
// running, and went on clicking on the page its retry used. So a person made by usePage gets a new page at the same
// address and the old one is closed, which ends the old attempt at its next call (page.ts renewPage); any other
// tracked page is reloaded (same address, same session). The page's error list (trackErrors) outlives the attempt
// too: the entries the failed attempt added, and any the reload adds, are dropped, so the retry is judged on its own
// errors; the failure itself is still reported. Before that, the output says what the browser was last asked to do
// and what each page showed, since a timeout by itself says neither — with the error, which vitest does not print for
// a step that passes on its retry.
import type { Page } from 'playwright-core';
import { beforeEach } from 'vitest';
import { apiCallsSince } from './api-log.ts';
import { trackedErrorLists, trackedPages } from './browser.ts';
import { people, renewPage } from './page.ts';

/** The address, and what a person would notice on it: dialogs, warnings, field complaints, toasts, spinners. */
async function describePage(page: Page): Promise<string> {
  const texts = async (selector: string) =>
    (await page.locator(selector).allTextContents().catch(() => [] as string[]))
      .map((text) => text.trim().slice(0, 80))
      .filter(Boolean);
  const seen = {
    dialogs: await texts('.ant-modal-wrap:not([style*="display: none"]) .ant-modal-title'),
    alerts: await texts('.ant-alert'),
    complaints: await texts('.ant-form-item-explain-error'),
    toasts: await texts('.ant-message-notice'),
    spinners: (await page.locator('.ant-spin-spinning').count().catch(() => 0)) || undefined,
  };
  const shown = Object.entries(seen)
    .filter(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== undefined))
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(' | ') : String(value)}`);
  return `  page ${page.url()}${shown.length ? `\n    ${shown.join('\n    ')}` : ''}`;
}

beforeEach((context) => {
  const started = Date.now();
  const marks = [...trackedErrorLists].map((list) => ({ list, length: list.length }));
  context.onTestFailed(async () => {
    const pages = [...trackedPages].filter((page) => !page.isClosed());
    // What failed, in its first lines: a step that passes on its retry is not reported by vitest at all.
    const error = (context.task.result?.errors?.[0]?.message ?? '').split('\n').slice(0, 12).join('\n  ');
    const report = [
      `[journey] "${context.task.name}" failed after ${Math.round((Date.now() - started) / 1000)} s: ${error || 'no error recorded'}`,
      "the browser's calls since it began:",
      ...apiCallsSince(started),
      ...(await Promise.all(pages.map(describePage))),
    ];
    console.warn(report.join('\n'));
    await Promise.all(
      pages.map((page) => {
        const person = people.get(page);
        return person ? renewPage(person) : page.reload({ waitUntil: 'load' }).catch(() => undefined);
      }),
    );
    for (const { list, length } of marks) list.splice(length);
  });
});
