// Export PDF in the browser build: the brief opens in a print view, whose print() is stubbed
// because headless Chromium cannot show a print dialog (a pending one would block page.pdf(),
// which prints with the same engine).
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Clicks `Export PDF` and returns the print view it opened, once it has asked to print. */
export async function exportToPrintView(page: Page, context: BrowserContext): Promise<Page> {
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-print-requested', 'yes');
  });
  const opened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const view = await opened;
  await view.waitForLoadState();
  await expect(view.locator('html')).toHaveAttribute('data-print-requested', 'yes');
  return view;
}
