// The small things a first hour trips over: files named after the brief, the whole quote of
// a guarantee offered for linking, and a quote across paragraphs that keeps its break.
import { expect, test } from '@playwright/test';
import { cards, openApp } from './support/app';
import { dragSelect } from './support/select-text';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('exported files are named after the brief title', async ({ page }) => {
  await page.getByRole('tab', { name: 'Brief' }).click();
  const title = page.getByRole('region', { name: 'Brief' }).getByRole('textbox', { name: 'Brief title' });
  await title.fill('Guarantees on paper');
  await title.blur();
  const [brief] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export brief' }).click()]);
  expect(brief.suggestedFilename()).toBe('Guarantees-on-paper.brief');
  const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('combobox', { name: 'Export as' }).selectOption({ label: 'Export Markdown' })]);
  expect(markdown.suggestedFilename()).toBe('Guarantees-on-paper.md');
});

test('a guarantee offered for linking shows its whole quote, and a quote across paragraphs keeps its break', async ({ page }) => {
  const long = 'a legally binding commitment, subject to national procedures, to take measures to restore peace and security in the case of a future armed attack';
  await dragSelect(page, long);
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia had not said it was prepared to sign anything');
  await page.keyboard.press('r');
  const risk = cards(page).filter({ hasText: 'Russia had not said' });
  const link = risk.getByRole('combobox', { name: 'Link to guarantee' });
  await link.focus();
  await expect(link.locator('option').nth(1)).toHaveAttribute('title', long);

  await page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll('article .article-text p')];
    const first = paragraphs.find((p) => p.textContent?.startsWith('European leaders'))!;
    const second = paragraphs[paragraphs.indexOf(first) + 2]!;
    const range = document.createRange();
    range.setStart(first.firstChild!, first.textContent!.length - 12);
    range.setEnd(second.firstChild!, 12);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.keyboard.press('p');
  const quote = cards(page).first().locator('blockquote');
  await expect(quote).toContainText('and Russia?');
  expect(await quote.innerText()).toMatch(/Russia\?\n/);
});
