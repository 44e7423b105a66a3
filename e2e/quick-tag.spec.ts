// The floating Quick tag toolbar: it sits beside the selection, never on its words, flips
// below when there is no room above, and goes away on Escape, a click elsewhere, or when the
// focus leaves the article.
import { expect, test, type Page } from '@playwright/test';
import { article, openApp, panel } from './support/app';
import { dragSelect } from './support/select-text';

/** Whether the quick-tag toolbar's box overlaps any line box of the selection. */
async function coversSelection(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Quick tag"]')!.getBoundingClientRect();
    const rects = [...getSelection()!.getRangeAt(0).getClientRects()].filter((r) => r.width > 0);
    return rects.some((r) => r.left < toolbar.right && toolbar.left < r.right && r.top < toolbar.bottom && toolbar.top < r.bottom);
  });
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

const quick = (page: Page) => page.getByRole('toolbar', { name: 'Quick tag' });

test('sits above the selection, not on it, and below it when the selection is at the top of the view', async ({ page }) => {
  await dragSelect(page, 'a legally binding commitment, subject to national procedures');
  await expect(quick(page)).toBeVisible();
  expect(await coversSelection(page)).toBe(false);
  const above = await page.evaluate(() => document.querySelector('[aria-label="Quick tag"]')!.getBoundingClientRect().bottom <= getSelection()!.getRangeAt(0).getBoundingClientRect().top);
  expect(above).toBe(true);

  // A paragraph's first words at the very top of the article's view: no room above, so below.
  await page.keyboard.press('Escape');
  // Scrolled first, then selected, as a reader does: the scroll's event, which can arrive a
  // frame later on a loaded machine, must not be taken for a scroll after the selection.
  await page.evaluate(async () => {
    const paragraph = [...document.querySelectorAll('article .article-text p')].find((p) => p.textContent?.startsWith('At a joint press conference'))!;
    paragraph.scrollIntoView({ block: 'start' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('article .article-text p')].find((p) => p.textContent?.startsWith('At a joint press conference'))!;
    const first = paragraph.firstChild!;
    const range = document.createRange();
    range.setStart(first, 0);
    range.setEnd(first, 4);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await expect(quick(page)).toBeVisible();
  expect(await coversSelection(page)).toBe(false);
  const below = await page.evaluate(() => document.querySelector('[aria-label="Quick tag"]')!.getBoundingClientRect().top >= getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  expect(below).toBe(true);
});

test('goes away on Escape, on a click elsewhere, and when the focus leaves the article', async ({ page }) => {
  const passage = 'a legally binding commitment, subject to national procedures';
  await dragSelect(page, passage);
  await expect(quick(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(quick(page)).toBeHidden();

  // A click in the text ends the selection (a press inside it would drag the words instead).
  await article(page).getByText('Legally binding commitments in wake of ceasefire').click();
  await dragSelect(page, passage);
  await expect(quick(page)).toBeVisible();
  await panel(page).getByRole('heading', { name: 'Annotations' }).click();
  await expect(quick(page)).toBeHidden();

  await dragSelect(page, passage);
  await expect(quick(page)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search annotations' }).focus();
  await expect(quick(page)).toBeHidden();
});
