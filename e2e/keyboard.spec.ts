// The keyboard alone: a focus ring wherever the keyboard is, a card reached by Tab brings its
// passage into view, and after a deletion the keyboard goes on to the next card.
import { expect, test, type Page } from '@playwright/test';
import { article, cards, openApp } from './support/app';
import { dragSelect } from './support/select-text';

/** Tags three passages of the first paragraphs by key: a guarantee, a risk, a precedent. */
async function tagThreePassages(page: Page): Promise<void> {
  for (const [quote, key] of [
    ['European leaders\' commitment', 'g'],
    ['security guarantees for Ukraine is important', 'r'],
    ['but not crucial, say experts', 'p'],
  ] as const) {
    await dragSelect(page, quote);
    await page.keyboard.press(key);
  }
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the article and the controls show a focus ring when the keyboard reaches them', async ({ page }) => {
  const outline = () => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  await page.getByRole('button', { name: 'Library' }).focus();
  await page.keyboard.press('Tab');
  expect(await outline()).toBe('solid');
  await article(page).locator('.article-text').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('article-text'))).toBe(true);
  expect(await outline()).toBe('solid');
});

test('tabbing into a card brings its passage into view', async ({ page }) => {
  await dragSelect(page, 'European leaders\' commitment to security guarantees');
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia had not said it was prepared to sign anything');
  await page.keyboard.press('r');
  await expect(cards(page)).toHaveCount(2);
  const far = article(page).locator('mark[data-tag="risk"]');
  await article(page).evaluate((el) => el.scrollTo(0, 0));
  await expect(far).not.toBeInViewport();
  await cards(page).first().getByRole('textbox', { name: 'Note' }).focus();
  for (let i = 0; i < 12 && !(await cards(page).nth(1).evaluate((card) => card.contains(document.activeElement))); i++) await page.keyboard.press('Tab');
  await expect(far).toBeInViewport();
});

test('after Delete annotation the keyboard goes on to the next card, or the one before', async ({ page }) => {
  await tagThreePassages(page);
  await expect(cards(page)).toHaveCount(3);
  await cards(page).first().getByRole('button', { name: 'Delete annotation' }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect.poll(() => cards(page).first().evaluate((card) => card.contains(document.activeElement))).toBe(true);
  await cards(page).last().getByRole('button', { name: 'Delete annotation' }).click();
  await expect(cards(page)).toHaveCount(1);
  await expect.poll(() => cards(page).first().evaluate((card) => card.contains(document.activeElement))).toBe(true);
});

test('a folded card is three Tab stops; Details unfolds all its fields', async ({ page }) => {
  await tagThreePassages(page);
  const risk = cards(page).nth(1);
  const details = risk.getByRole('button', { name: 'Details' });
  await expect(details).toHaveAttribute('aria-expanded', 'false');
  await cards(page).first().getByRole('button', { name: 'Delete annotation' }).focus();
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (!(await risk.evaluate((card) => card.contains(document.activeElement)))) break;
    stops.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? ''));
  }
  expect(stops).toEqual(['Details', 'Note', 'Delete annotation']);

  await details.focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('aria-expanded', 'true');
  for (const name of ['Tag', 'Speaker', 'Confidence', 'Link to guarantee']) await expect(risk.getByRole('combobox', { name })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(risk.getByRole('combobox', { name: 'Speaker' })).toHaveCount(0);
});
