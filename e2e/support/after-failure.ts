// A step that fails is tried once more (vitest.config.ts), but the page's error list (trackErrors) outlives the attempt:
// a console error of the failed attempt would fail the retry's "no errors" check whatever the retry did. The entries
// an attempt added are dropped when it fails, so its retry is judged on its own; the failure itself is still reported.
import { beforeEach } from 'vitest';
import { trackedErrorLists } from './browser.ts';

beforeEach((context) => {
  const marks = [...trackedErrorLists].map((list) => ({ list, length: list.length }));
  context.onTestFailed(() => {
    for (const { list, length } of marks) list.splice(length);
  });
});
