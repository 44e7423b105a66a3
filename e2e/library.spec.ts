// The library: counts per tag, opening, deleting with confirmation and undo, and adding the
// sample article back.
import { expect, test } from '@playwright/test';
import { article, cards, openApp, SAMPLE_TITLE } from './support/app';
import { dragSelect } from './support/select-text';

test('lists articles with counts, deletes with confirmation and undo, re-adds the sample', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await dragSelect(page, 'Russia rejects Christmas ceasefire');
  await page.keyboard.press('r');

  await page.getByRole('button', { name: 'Library' }).click();
  const entry = page.getByRole('list', { name: 'Articles' }).getByRole('listitem', { name: SAMPLE_TITLE });
  await expect(entry).toContainText('1 guarantee');
  await expect(entry).toContainText('1 risk');
  await expect(entry).toContainText('0 precedents');
  await expect(entry).toContainText('DW');

  await entry.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete “${SAMPLE_TITLE}”?` });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await expect(entry).toBeHidden();

  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(entry).toContainText('1 risk');
  await entry.getByRole('button', { name: 'Open' }).click();
  await expect(cards(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Library' }).click();
  await entry.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await expect(page.getByText('The library is empty')).toBeVisible();
  await page.getByRole('button', { name: 'Add sample article' }).click();
  await expect(article(page)).toBeVisible();
  await expect(cards(page)).toHaveCount(0);
});

test('the analyst name is kept across a reload and can be changed; it signs new annotations', async ({ page }) => {
  await openApp(page, 'Ada Analyst');
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Your name' })).toBeHidden();
  await page.getByRole('button', { name: 'Analyst: Ada Analyst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Bo Reviewer');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('g');
  await expect(cards(page).first()).toContainText('Bo Reviewer');
});
