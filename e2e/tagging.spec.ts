// Tagging as an analyst does it: the floating toolbar, word snapping, overlaps, clicking
// highlights and cards, changing a tag, deleting, hiding highlights, and the keyboard alone.
import { expect, test } from '@playwright/test';
import { article, cards, openApp, panel, tagButton } from './support/app';
import { dragSelect } from './support/select-text';

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('the quick-tag toolbar at the selection tags it, snapped to whole words', async ({ page }) => {
  await dragSelect(page, 'gally binding commitment, subject to national proced');
  const quick = page.getByRole('toolbar', { name: 'Quick tag' });
  await expect(quick).toBeVisible();
  await quick.getByRole('button', { name: 'Risk' }).click();
  await expect(article(page).locator('mark[data-tag="risk"]')).toHaveText('legally binding commitment, subject to national procedures');
  await expect(quick).toBeHidden();
  await expect(article(page).locator('mark[data-tag="risk"]')).toHaveAttribute('aria-description', /^Risk highlight: legally binding/);
  await expect(page.getByRole('status')).toHaveText('Risk added.');
  await expect(panel(page).locator('[aria-current="true"] blockquote')).toHaveText('legally binding commitment, subject to national procedures');
});

test('overlapping highlights both stay, and a click on the overlap offers the choice', async ({ page }) => {
  await dragSelect(page, 'a legally binding commitment, subject to national procedures');
  await tagButton(page, 'Guarantee').click();
  await dragSelect(page, 'subject to national procedures, to take measures');
  await tagButton(page, 'Risk').click();
  await dragSelect(page, 'subject to national procedures');
  await tagButton(page, 'Precedent').click();

  const text = article(page);
  await expect(text.locator('mark[data-tag="guarantee"]').first()).toBeVisible();
  await expect(text.locator('mark[data-tag="risk"]').first()).toBeVisible();
  // The nested passage lies inside both others: three highlights over the same words.
  const nested = text.locator('mark[data-tag="precedent"]');
  await expect(nested).toHaveText('subject to national procedures');
  expect(await nested.evaluate((el) => !!el.closest('mark[data-tag="guarantee"]') || !!el.querySelector('mark[data-tag="guarantee"]'))).toBe(true);

  await nested.click();
  const chooser = page.getByRole('menu', { name: 'Choose annotation' });
  await expect(chooser.getByRole('menuitem')).toHaveCount(4);
  await chooser.getByRole('menuitem', { name: /^R: subject to national procedures, to take/ }).click();
  await expect(panel(page).locator('[aria-current="true"] blockquote')).toHaveText('subject to national procedures, to take measures');
});

test('clicking a highlight selects its card; clicking a card shows its passage', async ({ page }) => {
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');
  await page.keyboard.press('Escape');

  await article(page).locator('mark[data-tag="guarantee"]').click();
  await expect(panel(page).locator('[aria-current="true"] blockquote')).toHaveText('Citing its own sources');

  await cards(page).nth(1).locator('blockquote').click();
  await expect(panel(page).locator('[aria-current="true"] blockquote')).toHaveText('Russia rejects Christmas ceasefire');
  const active = article(page).locator('[data-active-annotation]');
  await expect(active).toHaveText('Russia rejects Christmas ceasefire');
  await expect(active).toBeInViewport();
});

test('a tag can be changed and an annotation deleted from its card or with the Delete key', async ({ page }) => {
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await cards(page).first().getByRole('combobox', { name: 'Tag' }).selectOption('precedent');
  await expect(article(page).locator('mark[data-tag="precedent"]')).toHaveText('Citing its own sources');
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Filter' }).getByRole('button', { name: /^Precedent 1$/ })).toBeVisible();

  await cards(page).first().getByRole('button', { name: 'Delete annotation' }).click();
  await expect(cards(page)).toHaveCount(0);
  await expect(article(page).locator('mark')).toHaveCount(0);

  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');
  await expect(cards(page)).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(cards(page)).toHaveCount(0);
  await expect(article(page).locator('mark')).toHaveCount(0);
});

test('Ctrl+Shift+H hides and shows the highlights', async ({ page }) => {
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  const mark = article(page).locator('mark[data-tag="guarantee"]');
  const fill = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
  const shown = await fill();
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('button', { name: 'Show highlights' })).toBeVisible();
  expect(await fill()).toBe('rgba(0, 0, 0, 0)');
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('button', { name: 'Hide highlights' })).toBeVisible();
  expect(await fill()).toBe(shown);
});

test('keyboard only: select, tag, write a note, link, and delete', async ({ page }) => {
  // Tab from the top of the page into the article text.
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.classList.contains('article-text'))); i++) {
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.classList.contains('article-text'))).toBe(true);

  // The caret starts in the title: select its first two words with the keyboard.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('g');
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveText('What security');

  // Down past the wrapped title into the first paragraph.
  const caretInParagraph = () => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('p') !== null);
  for (let i = 0; i < 6 && !(await caretInParagraph()); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('r');
  await expect(article(page).locator('mark[data-tag="risk"]')).toHaveText(/^European leaders' commitment/);

  // Enter opens the active annotation's note; typing there is saved.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Note' }).and(page.locator(':focus'))).toBeVisible();
  await page.keyboard.type('Experts doubt it.');
  await page.keyboard.press('Tab'); // Speaker
  await page.keyboard.press('Tab'); // Confidence
  await page.keyboard.press('Tab'); // Link to guarantee
  await expect(page.getByRole('combobox', { name: 'Link to guarantee' }).and(page.locator(':focus'))).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const risk = cards(page).nth(1);
  await expect(risk.getByRole('list', { name: 'Linked guarantees' })).toContainText('G: What security');
  await expect(cards(page).nth(0).getByRole('list', { name: 'Linked risks and precedents' })).toContainText("R: European leaders' commitment");
  await expect(risk.getByRole('textbox', { name: 'Note' })).toHaveValue('Experts doubt it.');

  // Delete the guarantee: the link goes with it, nothing else.
  await cards(page).nth(0).getByRole('button', { name: 'Delete annotation' }).focus();
  await page.keyboard.press('Enter');
  await expect(cards(page)).toHaveCount(1);
  await expect(risk.getByRole('list', { name: 'Linked guarantees' })).toHaveCount(0);
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toHaveValue('Experts doubt it.');
});
