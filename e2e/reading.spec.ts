// The reading view shows what is known of the article: byline, publisher and date under the
// title, and a caption's photo credit as a credit line of its own — without touching the text
// that annotations anchor to.
import { expect, test } from '@playwright/test';
import { article, cards, openApp } from './support/app';
import { dragSelect } from './support/select-text';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('byline, publisher and date stand under the title', async ({ page }) => {
  const title = article(page).getByRole('heading', { level: 1 });
  const meta = article(page).locator('.article-meta');
  await expect(meta).toHaveText('Danilo Bilek · DW · December 18, 2025');
  const [titleBox, metaBox] = [await title.boundingBox(), await meta.boundingBox()];
  expect(metaBox!.y).toBeGreaterThanOrEqual(titleBox!.y + titleBox!.height);
});

test('a caption keeps its credit on a line apart, and a passage across both tags the text as it is', async ({ page }) => {
  const caption = article(page).locator('.caption').filter({ hasText: 'Ukraine might drop its bid' });
  const credit = caption.locator('.caption-credit');
  await expect(credit).toHaveText('Image: Andreas Stroh/Zumapress/picture alliance');
  const lineOf = (locator: typeof credit) => locator.evaluate((el) => el.getClientRects()[0]!.top);
  const captionTop = await caption.evaluate((el) => el.getBoundingClientRect().top);
  expect(await lineOf(credit)).toBeGreaterThan(captionTop + 5);

  await dragSelect(page, 'member of NATO Image: Andreas');
  await page.keyboard.press('p');
  await expect(cards(page).first().locator('blockquote')).toHaveText('member of NATO Image: Andreas');
});
