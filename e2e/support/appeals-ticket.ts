// A 接诉即办 ticket in the staff pages, as the appeals journeys read and reach it.
import type { Page } from 'playwright-core';
import { goByMenu } from './auth.ts';
import type { Device } from './browser.ts';

/** The ticket page's state tag. */
export const stateOf = (page: Page) => page.getByTestId('ticket-head').getByTestId('ticket-state');

/** The ticket page's timeline as text. */
export const timelineText = async (page: Page) => (await page.getByTestId('ticket-timeline').textContent()) ?? '';

/** 工单办理 (我的待办, or 全部工单 for one held elsewhere) searched by a ticket's number, and the ticket opened. */
export async function openFromQueue(page: Page, device: Device, number: string, tab: '我的待办' | '全部工单' = '我的待办') {
  await goByMenu(page, device, '工单办理');
  await page.getByTestId('appeals-queue-page').waitFor();
  if (tab === '全部工单') {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'all');
    // The address changes before the page shows the tab: searching sooner would search 我的待办 (its counts go).
    await page.getByTestId('appeals-counts').waitFor({ state: 'detached' });
  }
  await page.getByTestId('appeals-search').fill(number);
  await page.getByTestId('appeals-search').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === number);
  const list = page.getByTestId(device === 'phone' ? 'ticket-card' : 'appeals-table');
  const entry = (device === 'phone' ? list : list.locator('tr')).filter({ hasText: number }).first();
  await entry.getByTestId('ticket-link').click();
  await page.getByTestId('ticket-page').waitFor();
  await page.getByTestId('ticket-number').filter({ hasText: number }).waitFor();
}
