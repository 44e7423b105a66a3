// The status line: every action says what happened, in a row of its own that never covers the
// article at any width or in dark mode, and clears itself after a few seconds.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, openApp } from './support/app';
import { dragSelect } from './support/select-text';
import { violations } from './support/axe';

const SAMPLE_BRIEF = join(import.meta.dirname, '..', 'assets', 'samples', 'sample.brief');

/** Whether the status line's box and the article's box share any pixel. */
async function statusCoversArticle(page: Page): Promise<boolean> {
  const status = await page.getByRole('status').boundingBox();
  const text = await article(page).boundingBox();
  if (!status || !text) throw new Error('no status line or article on the page');
  return status.x < text.x + text.width && text.x < status.x + status.width && status.y < text.y + text.height && text.y < status.y + status.height;
}

for (const { width, height, colorScheme } of [
  { width: 1440, height: 900, colorScheme: 'light' },
  { width: 1024, height: 700, colorScheme: 'light' },
  { width: 1024, height: 700, colorScheme: 'dark' },
] as const) {
  test(`at ${width}×${height} in ${colorScheme}, each action says what happened without covering the article`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await openApp(page);
    const status = page.getByRole('status');
    await dragSelect(page, 'Citing its own sources');
    await page.keyboard.press('r');
    await expect(status).toHaveText('Risk added.');
    expect(await statusCoversArticle(page)).toBe(false);
    await page.screenshot({ path: `test-results/status-${width}-${colorScheme}.png` });

    await cards(page).first().getByRole('button', { name: 'Delete annotation' }).click();
    await expect(status).toHaveText('Risk deleted.');
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect(status).toHaveText('Undone: delete Risk.');
    await expect(cards(page)).toHaveCount(1);
  });
}

test('a status message clears itself after a few seconds; an error stays', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  const status = page.getByRole('status');
  await expect(status).toHaveText('Guarantee added.');
  await expect(status).toHaveText('', { timeout: 12_000 });
});

test('a merge that takes more than half a second shows a progress bar, named for it, until it is done', async ({ page }) => {
  await openApp(page, 'Rita Reviewer');
  // Another connection holds the tables for three seconds, so the merge waits its turn.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('briefing-desk');
        open.onsuccess = () => {
          const tx = open.result.transaction(['annotations', 'dossiers', 'articles', 'tombstones'], 'readwrite');
          const until = Date.now() + 3000;
          const spin = () => {
            if (Date.now() < until) tx.objectStore('annotations').get('none').onsuccess = spin;
          };
          spin();
          resolve();
        };
      }),
  );
  await page.getByLabel('Brief file').setInputFiles(SAMPLE_BRIEF);
  const bar = page.getByRole('progressbar', { name: 'Merging sample.brief' });
  await expect(bar).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await expect(page.getByRole('dialog', { name: 'Merge summary' })).toBeVisible({ timeout: 15_000 });
  await expect(bar).toHaveCount(0);
});
