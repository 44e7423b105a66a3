// Undo and redo of every annotation action, stored at once so a reload shows the result,
// and notes that survive the window closing mid-typing.
import { expect, test } from '@playwright/test';
import { article, cards, expandCard, openApp } from './support/app';
import { dragSelect } from './support/select-text';

test('undo and redo of create, tag change, note, delete — each stored across a reload', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');
  const first = cards(page).first();
  await expandCard(first);
  await first.getByRole('combobox', { name: 'Tag' }).selectOption('precedent');
  await first.getByRole('textbox', { name: 'Note' }).fill('Reuters only');
  await first.getByRole('textbox', { name: 'Note' }).blur();
  await cards(page).nth(1).getByRole('button', { name: 'Delete annotation' }).click();
  await expect(cards(page)).toHaveCount(1);

  const marks = article(page).locator('mark');
  await page.keyboard.press('Control+z'); // the delete
  await expect(cards(page)).toHaveCount(2);
  await page.keyboard.press('Control+z'); // the note
  await expect(first.getByRole('textbox', { name: 'Note' })).toHaveValue('');
  await page.keyboard.press('Control+z'); // the tag change
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveText('Citing its own sources');

  await page.reload();
  await expect(cards(page)).toHaveCount(2);
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveText('Citing its own sources');
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toHaveValue('');

  // The history starts empty after a reload; within a session redo goes forward again.
  await page.keyboard.press('Control+z');
  await expect(marks).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).isDisabled();
  await dragSelect(page, 'Signed in the past');
  await page.keyboard.press('p');
  await expect(marks).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(marks).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(article(page).locator('mark[data-tag="precedent"]')).toHaveText('Signed in the past');
  await page.reload();
  await expect(article(page).locator('mark[data-tag="precedent"]')).toHaveText('Signed in the past');
});

test('typing in a note does not undo the annotation: Ctrl+Z there is the text field’s own', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  const note = cards(page).first().getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.type('abc');
  await page.keyboard.press('Control+z');
  await expect(cards(page)).toHaveCount(1);
});

test('a note survives the window closing mid-typing', async ({ page, context }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  const note = cards(page).first().getByRole('textbox', { name: 'Note' });
  await note.click();
  await page.keyboard.type('Sourced to Reuters alone');
  // More than half a second passes, then a last burst of typing and the window closes.
  await page.waitForTimeout(600);
  await page.keyboard.type(', unconfirmed');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await openApp(again);
  await expect(cards(again).first().getByRole('textbox', { name: 'Note' })).toHaveValue(/^Sourced to Reuters alone/);
});

test('a write that fails says so in the alert and shows nothing it did not store', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  // Another tab deleting the database closes this window's connection, as a crash or a full disk would.
  await page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('briefing-desk');
    request.onsuccess = request.onerror = request.onblocked = () => resolve(null);
  }));
  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');
  await expect(page.getByRole('alert')).toContainText('The annotation was not saved: the database was closed by another window');
  await expect(page.getByRole('status')).not.toHaveText('Risk added.');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole('article').locator('mark[data-tag="risk"]')).toHaveCount(0);
});
