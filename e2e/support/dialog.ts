// Dialogs in a journey: the one open modal, and submitting one so that a dialog which stays open fails the step
// with what it says (a field's complaint, the server's refusal) instead of a bare timeout.
import type { Locator, Page } from 'playwright-core';

/** The modal on top (antd keeps closed ones in the page, hidden). */
export const visibleModal = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');

/**
 * An antd overlay (a dropdown menu, a popover or popconfirm) that is open and has finished moving in. rc-motion marks
 * the moving one with -appear/-enter/-leave classes, and `-hidden` only once it has left: a click while it moves can
 * land on nothing (a menu's 退出登录 or a popconfirm's 确定 that did nothing, then a 30-s wait for what it should do).
 */
export const settledOverlay = (page: Page, kind: 'dropdown' | 'popover') =>
  page.locator(`.ant-${kind}:not(.ant-${kind}-hidden):not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])`);

const COMPLAINTS = '.ant-form-item-explain-error, .ant-alert-error';

/** How long a click may show nothing before it is made once more (see clickTaken). */
const UNTAKEN_MS = 5_000;

/** Said in the run's output, so how often it happens stays visible. */
const untaken = (what: string | null, ms = UNTAKEN_MS) => console.warn(`[journey] a click on "${(what ?? '').trim()}" showed nothing for ${ms} ms: clicked once more`);

/**
 * Quick looks at a button that may be gone by the time they run: each waits at most a moment. (Without a timeout a
 * locator's evaluate waits for its element to come back — 30 s — and a row editor closed by a 保存 that worked once
 * spent two of them and timed the step out; its retry then found the row already saved.)
 */
const GLANCE = { timeout: 500 };
const isLoading = (button: Locator) => button.evaluate((el) => el.classList.contains('ant-btn-loading'), undefined, GLANCE).catch(() => false);
const isEnabled = (button: Locator) => button.isEnabled(GLANCE).catch(() => false);

/**
 * Clicks a button that starts a request and waits until the page took the click: the button turns to loading, or is
 * gone (its dialog or row editor closed). In full CI runs, two files at a time on two cores, such a click was seen to
 * do nothing now and then (a dialog's OK just after it opened, a row's 保存 just after a select's list) — three
 * journeys, about one run in two; cause not found. If nothing shows for 5 s and the button is still there, enabled
 * and not loading, it is clicked once more. Only for buttons that show their loading state while the request runs
 * (antd ignores clicks then): the administration's dialogs do not show it long enough, and a second click there raced
 * the first, so they keep plain clicks.
 */
export async function clickTaken(button: Locator, timeout = 30_000): Promise<void> {
  await button.click();
  const started = Date.now();
  let again = true;
  for (;;) {
    if (!(await button.isVisible().catch(() => false)) || (await isLoading(button))) return;
    if (again && Date.now() - started > UNTAKEN_MS) {
      again = false;
      if (await isEnabled(button)) {
        untaken(await button.textContent(GLANCE).catch(() => ''));
        await button.click({ timeout: UNTAKEN_MS }).catch(() => undefined);
      }
    }
    if (Date.now() - started > timeout) throw new Error(`the click on the button was not taken within ${timeout} ms`);
    await button.page().waitForTimeout(100);
  }
}

/**
 * Follows a link in a list and waits for the page it opens (`arrived`). A list that refreshes (a search just sent,
 * its spinner's mask over the rows for a moment) can take the click on its mask and open nothing, as a CI run's
 * 12345 queue did; if the page has not come in 5 s and the link is still there, it is clicked once more.
 */
export async function followLink(link: Locator, arrived: Locator, timeout = 30_000): Promise<void> {
  await link.click();
  try {
    await arrived.waitFor({ timeout: UNTAKEN_MS });
    return;
  } catch {
    if (await link.isVisible().catch(() => false)) {
      untaken(await link.textContent(GLANCE).catch(() => ''));
      await link.click({ timeout: UNTAKEN_MS }).catch(() => undefined);
    }
  }
  await arrived.waitFor({ timeout: timeout - UNTAKEN_MS });
}

/** How long a chosen radio may stay unchecked before it is clicked once more (see choose). */
const UNCHECKED_MS = 2_000;

/**
 * Picks a radio (or radio button) by its label's text and waits until it shows checked. A click while its dialog is
 * still moving in can land on nothing: a CI run's 答复 went without its 已解决 and the form refused it; an earlier
 * run's calendar override stayed 放假 after 上班 was clicked. An option not checked a moment later is clicked again.
 */
export async function choose(label: Locator): Promise<void> {
  const wrapper = label.locator('xpath=ancestor-or-self::label[1]');
  const checked = () => wrapper.evaluate((el) => /-wrapper-checked(\s|$)/.test(el.className), undefined, GLANCE).catch(() => false);
  for (let attempt = 1; ; attempt += 1) {
    await label.click();
    const until = Date.now() + UNCHECKED_MS;
    while (Date.now() < until) {
      if (await checked()) return;
      await label.page().waitForTimeout(100);
    }
    if (attempt >= 3) throw new Error(`"${(await label.textContent(GLANCE).catch(() => '')) ?? ''}" did not show chosen after ${attempt} clicks`);
    untaken(await label.textContent(GLANCE).catch(() => ''), UNCHECKED_MS);
  }
}

/** Clicks the dialog's submit button and waits for the dialog to go; fails with its complaint if one shows. */
export async function submitAndClose(dialog: Locator, submitTestId: string, timeout = 30_000): Promise<void> {
  const submit = dialog.getByTestId(submitTestId);
  await submit.click();
  const deadline = Date.now() + timeout;
  let again = Date.now() + UNTAKEN_MS;
  for (;;) {
    if ((await dialog.count()) === 0) return;
    const complaints = dialog.locator(COMPLAINTS);
    if (await complaints.first().isVisible().catch(() => false)) {
      const words = (await complaints.allTextContents()).join(' / ');
      throw new Error(`the dialog stayed open saying: ${words}`);
    }
    // A click not taken (see clickTaken): made once more while the dialog shows nothing and is not busy.
    if (again && Date.now() > again) {
      again = 0;
      if ((await isEnabled(submit)) && !(await isLoading(submit))) {
        untaken(submitTestId);
        await submit.click({ timeout: UNTAKEN_MS }).catch(() => undefined);
      }
    }
    if (Date.now() > deadline) throw new Error(`the dialog did not close within ${timeout} ms`);
    await dialog.page().waitForTimeout(200);
  }
}
