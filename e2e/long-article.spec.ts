// A long article draws its highlights near the text in view (see renderer/features/article-view/drawn-window.ts):
// they are there wherever the reader is, follow the scrolling, and a card whose passage is far
// off brings the passage and its highlight into view.
import { expect, test } from '@playwright/test';
import { article, cards, chooseArticleFile, openApp } from './support/app';
import { dragSelect } from './support/select-text';

const TITLE = 'Long report on monitors';
const FILLER = 'Monitors counted the vehicles at each crossing and wrote down what they saw, day after day, without drawing conclusions. ';

/** About 105,000 characters: several times the stretch whose highlights are drawn at once. */
function longReport(): string {
  const paragraphs = Array.from({ length: 160 }, (_, i) => `Paragraph ${i + 1} opens here. ${FILLER.repeat(5)}`);
  return [TITLE, ...paragraphs].join('\n\n');
}

test('in a long article, highlights are drawn where the reader is and follow the scrolling', async ({ page }) => {
  await openApp(page);
  await chooseArticleFile(page, { name: 'long-report.txt', mimeType: 'text/plain', buffer: Buffer.from(longReport()) });
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await dialog.getByRole('button', { name: 'Import' }).click();
  const text = article(page, TITLE);
  await expect(text).toContainText('Paragraph 160 opens here.');

  await dragSelect(page, 'Paragraph 2 opens here');
  await page.keyboard.press('g');
  await expect(text.locator('mark[data-tag="guarantee"]')).toHaveText('Paragraph 2 opens here');
  await dragSelect(page, 'Paragraph 159 opens here');
  await page.keyboard.press('r');
  await expect(text.locator('mark[data-tag="risk"]')).toBeInViewport();
  // A hundred thousand characters away, the first highlight is not drawn; its card is listed.
  await expect(text.locator('mark[data-tag="guarantee"]')).toHaveCount(0);
  await expect(cards(page)).toHaveCount(2);

  await cards(page).filter({ hasText: 'Paragraph 2 opens here' }).locator('blockquote').click();
  await expect(text.locator('mark[data-tag="guarantee"]')).toBeInViewport();
  await expect(text.locator('mark[data-tag="risk"]')).toHaveCount(0);

  // Scrolling by hand to the end (the last paragraph but one in view) draws the highlight there again.
  await text.evaluate((element) => element.scrollTo(0, element.scrollHeight - element.clientHeight - 300));
  await expect(text.locator('mark[data-tag="risk"]')).toBeInViewport();
  await expect(text.locator('mark[data-tag="risk"]')).toHaveAttribute('aria-description', /^Risk highlight: Paragraph 159/);
});
