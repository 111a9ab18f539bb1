// Signing in and finding one's way around the shell, on a desktop (side menu) or a phone (drawer).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Device } from './browser.ts';
import { settledOverlay } from './dialog.ts';

/** Every demo account has this password (server/seed); none must change it on first sign-in. */
export const demoPassword = 'Demo@2026';

export async function fillSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('username').fill(username);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('sign-in-submit').click();
}

/**
 * Opens /sign-in (unless already there), signs in and waits for the shell. A page still signed in (a step tried
 * again after failing half-way) drops its session cookie first, so the sign-in form shows.
 */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  if (new URL(page.url()).pathname !== '/sign-in') {
    await page.context().clearCookies();
    await page.goto('/sign-in');
  }
  await page.getByTestId('sign-in').waitFor();
  await fillSignIn(page, username, password);
  await page.getByTestId('user-menu').waitFor();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** The menu's links as the user sees them (opening the drawer on a phone). */
export async function menuLabels(page: Page, device: Device): Promise<string[]> {
  const menu = await openMenu(page, device);
  const labels = (await menu.locator('.ant-menu-item').allTextContents()).map((text) => text.trim());
  await closeMenu(page, device);
  return labels;
}

export async function openMenu(page: Page, device: Device) {
  if (device === 'phone') {
    await page.getByTestId('menu-button').click();
    const drawer = page.locator('.ys-menu-drawer');
    await drawer.getByTestId('side-menu').waitFor();
    return drawer.getByTestId('side-menu');
  }
  const menu = page.locator('.ys-sider').getByTestId('side-menu');
  await menu.waitFor();
  return menu;
}

export async function closeMenu(page: Page, device: Device): Promise<void> {
  if (device !== 'phone') return;
  await page.keyboard.press('Escape');
  await page.locator('.ys-menu-drawer .ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
}

/** Clicks a menu entry by its label (through the drawer on a phone). */
export async function goByMenu(page: Page, device: Device, label: string): Promise<void> {
  const menu = await openMenu(page, device);
  await menu.locator('.ant-menu-item', { hasText: label }).click();
  if (device === 'phone') {
    await page.locator('.ys-menu-drawer .ant-drawer-content-wrapper').waitFor({ state: 'hidden' });
  }
}

/** Picks an item from the user menu in the header. */
export async function userMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('user-menu').click();
  await settledOverlay(page, 'dropdown').locator('.ant-dropdown-menu-item', { hasText: item }).click();
}

export const pathOf = (page: Page) => new URL(page.url()).pathname;

/** Chooses a department in an antd TreeSelect (`select`: its .ant-select root), searching first: the tree is long. */
export async function pickDepartment(
  page: Page,
  select: ReturnType<Page['locator']>,
  name: string,
): Promise<void> {
  const chosen = select.locator('.ant-select-selection-item').filter({ hasText: name });
  // A click during a list's opening or closing animation can miss (and the typing then goes nowhere): each try gives
  // the option a few seconds to show, and a failed one shuts whatever list is open before the next.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await middle(select);
      await select.click({ timeout: 10_000 });
      await page.keyboard.type(name);
      await page
        .locator(
          `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-tree-node-content-wrapper[title="${name}"]`,
        )
        .click({ timeout: 8_000 });
      await chosen.waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (await chosen.count()) return; // it arrived late
      if (attempt >= 3) throw error;
      await shutList(select);
    }
  }
}

/**
 * Closes a select's list by leaving the select. Not Escape: with the list already shut, Escape reaches the drawer the
 * select sits in and closes it (a CI run's retry then spent two 30-s clicks on a select no longer there).
 */
async function shutList(select: ReturnType<Page['locator']>): Promise<void> {
  await select.locator('input').first().blur().catch(() => undefined);
}

/**
 * Brings a select to the middle of the screen before it opens. Playwright scrolls a field only just into view; at the
 * foot of a phone's drawer its list then opened below the screen, where no scrolling reaches (a CI run's option click
 * waited 30 s on "element is outside of the viewport").
 */
async function middle(select: ReturnType<Page['locator']>): Promise<void> {
  await select.evaluate((el) => el.scrollIntoView({ block: 'center' }), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/**
 * Chooses an option in an antd Select by its label. The list is virtual: only the options in its window are in the
 * page, and it opens where it was last left — a CI run's second call found 玉泉区 at the top of the area list and no
 * 新城区 to click, three times over. An option not there at once is brought into the window: typed into the search
 * (selects with one), else the list scrolled through from the top.
 */
export async function pickOption(
  page: Page,
  select: ReturnType<Page['locator']>,
  label: string,
): Promise<void> {
  const chosen = select.locator('.ant-select-selection-item').filter({ hasText: label });
  const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const option = list.locator(`.ant-select-item-option[title="${label}"]`);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await middle(select);
      await select.click({ timeout: 10_000 });
      await list.first().waitFor({ timeout: 5_000 });
      if (!(await option.count())) await bringIntoList(page, select, list, option, label);
      await option.click({ timeout: 8_000 });
      await chosen.first().waitFor({ timeout: 3_000 });
      return;
    } catch (error) {
      if (await chosen.count()) return; // it arrived late
      if (attempt >= 3) throw error;
      await shutList(select);
    }
  }
}

/** Puts an option that the virtual list has not rendered into its window. */
async function bringIntoList(
  page: Page,
  select: ReturnType<Page['locator']>,
  list: ReturnType<Page['locator']>,
  option: ReturnType<Page['locator']>,
  label: string,
): Promise<void> {
  const searchable = await select.evaluate((el) => el.classList.contains('ant-select-show-search') || el.querySelector('.ant-select-show-search') !== null);
  if (searchable) {
    await page.keyboard.type(label);
    return;
  }
  const holder = list.locator('.rc-virtual-list-holder').first();
  for (let top = 0; top < 20_000 && !(await option.count()); top += 160) {
    const end = await holder.evaluate((el, y) => {
      el.scrollTop = y;
      return el.scrollTop + el.clientHeight >= el.scrollHeight;
    }, top);
    // The virtual list renders its new window on the scroll event: two frames later it is in the page.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (end && !(await option.count())) return;
  }
}

/** The visible antd message toast with this text. */
export const toast = (page: Page, text: string) => page.locator('.ant-message-notice', { hasText: text });

/**
 * Picks today in an antd date picker (again if a click landed while its panel was still opening). A date cell under the
 * pointer shows in the input as a preview while the panel is open, though nothing is chosen: only the value left once
 * the panel has closed counts (a journey once went on with a previewed date and its form refused the empty field).
 */
export async function pickToday(page: Page, input: ReturnType<Page['locator']>): Promise<void> {
  // The panel opened last is this input's: an earlier picker's may still be closing (two were once open at once).
  const open = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
  const today = open.last().getByText('今天', { exact: true });
  await expect
    .poll(async () => {
      if (!(await today.isVisible())) await input.click();
      const panel = await open.last().elementHandle({ timeout: 2_000 }).catch(() => null);
      if (!panel) return 'no panel';
      await today.click({ timeout: 2_000 }).catch(() => undefined);
      await panel.waitForElementState('hidden', { timeout: 2_000 }).catch(() => undefined);
      return (await panel.isVisible()) ? 'panel still open' : input.inputValue();
    })
    .toMatch(/^\d{4}-\d{2}-\d{2}$/);
}
