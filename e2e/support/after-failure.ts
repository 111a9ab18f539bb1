// After a failed step. A step that fails is tried once more (vitest.config.ts), and the steps after it go on with
// the same pages; both should start from the page the failure left, not from what was open on it: a dialog left
// open by the failed attempt covers the page, and every later click then fails on it (one failed click in the
// administrator's phone journey once failed the five steps after it). So each tracked page is reloaded (same
// address, same session): open dialogs, drawers and menus are gone. The page's error list (trackErrors) outlives the
// attempt too: the entries the failed attempt added, and any the reload adds, are dropped, so the retry is judged on
// its own errors; the failure itself is still reported.
import { beforeEach } from 'vitest';
import { trackedErrorLists, trackedPages } from './browser.ts';

beforeEach((context) => {
  const marks = [...trackedErrorLists].map((list) => ({ list, length: list.length }));
  context.onTestFailed(async () => {
    await Promise.all([...trackedPages].map((page) => page.reload({ waitUntil: 'load' }).catch(() => undefined)));
    for (const { list, length } of marks) list.splice(length);
  });
});
