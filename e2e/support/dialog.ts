// Dialogs in a journey: the one open modal, and submitting one so that a dialog which stays open fails the step
// with what it says (a field's complaint, the server's refusal) instead of a bare timeout.
import type { Locator, Page } from 'playwright-core';

/** The modal on top (antd keeps closed ones in the page, hidden). */
export const visibleModal = (page: Page) => page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');

const COMPLAINTS = '.ant-form-item-explain-error, .ant-alert-error';

/** Clicks the dialog's submit button and waits for the dialog to go; fails with its complaint if one shows. */
export async function submitAndClose(dialog: Locator, submitTestId: string, timeout = 30_000): Promise<void> {
  await dialog.getByTestId(submitTestId).click();
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await dialog.count()) === 0) return;
    const complaints = dialog.locator(COMPLAINTS);
    if (await complaints.first().isVisible().catch(() => false)) {
      const words = (await complaints.allTextContents()).join(' / ');
      throw new Error(`the dialog stayed open saying: ${words}`);
    }
    if (Date.now() > deadline) throw new Error(`the dialog did not close within ${timeout} ms`);
    await dialog.page().waitForTimeout(200);
  }
}
