import { expect, type Page } from '@playwright/test';

/**
 * Opens a dataset's table as a reader does: it arrives closed (DataTable), with its summary saying how
 * many rows it holds. `keyboard`: focus the summary and press Enter instead of clicking.
 */
export async function openTable(page: Page, { keyboard = false } = {}) {
  const details = page.getByTestId('data-table-details');
  if ((await details.getAttribute('open')) === null) {
    const summary = details.locator('summary');
    if (keyboard) {
      await summary.focus();
      await page.keyboard.press('Enter');
    } else await summary.click();
  }
  await expect(details).toHaveAttribute('open', '');
  await expect(page.getByTestId('data-table')).toBeVisible();
}
