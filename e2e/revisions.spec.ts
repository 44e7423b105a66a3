// An article's revisions as an analyst lives with them: a reviewed passage whose words a
// revision changed is flagged (card, review view, briefing PDF) until confirmed; the library
// keeps one entry per article with its history, earlier revisions open read-only, and
// `Compare revisions` shows the words and annotations that changed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, chooseArticleFile, openApp, panel, SAMPLE_TITLE, tagButton } from './support/app';
import { dragSelect } from './support/select-text';
import { violations } from './support/axe';
import { pdfText } from './support/pdf-text';
import { exportToPrintView } from './support/print-view';

const SAMPLE_PATH = resolve(import.meta.dirname, '../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt');
const QUOTE = 'akin to those offered by Article 5 of the North Atlantic Treaty';
const REVISED_QUOTE = 'similar to those offered by Article 5 of the North Atlantic Treaty';

/** Imports the sample with `akin` made `similar`, as a revision of the open article. */
async function importRevision(page: Page): Promise<void> {
  const revised = readFileSync(SAMPLE_PATH, 'utf8').replace(QUOTE, REVISED_QUOTE);
  await chooseArticleFile(page, { name: 'security-guarantees-revised.txt', mimeType: 'text/plain', buffer: Buffer.from(revised) });
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await expect(dialog.getByRole('combobox', { name: 'New revision of…' }).locator('option:checked')).toHaveText(SAMPLE_TITLE);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toContainText('1 annotation placed, 0 in Needs review, 0 orphaned.');
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await dragSelect(page, QUOTE);
  await tagButton(page, 'Guarantee').click();
  await cards(page).first().getByRole('textbox', { name: 'Note' }).fill('The core offer');
  await cards(page).first().getByRole('textbox', { name: 'Note' }).blur();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await page.getByRole('region', { name: 'Review' }).getByRole('group', { name: 'Verdict' }).getByRole('button', { name: 'Agree' }).click();
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await importRevision(page);
});

test('a verdict on words a revision changed is flagged on the card, in review and in the PDF, until the wording is confirmed', async ({ page, context }) => {
  const card = cards(page).first();
  await expect(card).toContainText(REVISED_QUOTE);
  const change = card.locator('.card-text-change');
  await expect(change).toContainText('Text changed');
  await expect(change.locator('del')).toHaveText('deleted akin');
  await expect(change.locator('ins')).toHaveText('inserted similar');
  await expect(card.locator('.card-verdict')).toContainText('Agreed');
  await expect(card.locator('.card-verdict')).toContainText('given on earlier wording');

  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const item = page.getByRole('region', { name: 'Review' }).locator('li.review-item').first();
  await expect(item).toContainText('given on earlier wording');
  await expect(item.locator('del')).toHaveText('deleted akin');
  await page.getByRole('button', { name: 'Review', exact: true }).click();

  const view = await exportToPrintView(page, context);
  const text = pdfText(await view.pdf({ format: 'A4' })).replace(/\s+/g, ' ');
  expect(text).toContain(`Text changed in a revision; earlier wording: “${QUOTE}”`);
  expect(text).toMatch(/Review: Agreed \(Ada Analyst, [^)]+\) — given on earlier wording/);
  await view.close();

  await card.getByRole('button', { name: 'Confirm wording' }).click();
  await expect(page.getByRole('status')).toHaveText('New wording confirmed.');
  await expect(card.locator('.card-text-change')).toHaveCount(0);
  await expect(card.locator('.card-verdict')).not.toContainText('earlier wording');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status')).toHaveText('Undone: confirm wording.');
  await expect(card.locator('.card-verdict')).toContainText('given on earlier wording');
});

test('the library keeps one entry per article with its history; an earlier revision opens read-only', async ({ page }) => {
  await page.getByRole('button', { name: 'Library' }).click();
  const entries = page.getByRole('list', { name: 'Articles' }).locator(':scope > li');
  await expect(entries).toHaveCount(1);
  const entry = entries.first();
  await expect(entry).toContainText('Revision 2 of 2 (latest)');
  await entry.getByRole('button', { name: 'History' }).click();
  const history = entry.getByRole('list', { name: `Revisions of ${SAMPLE_TITLE}` });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('first import');
  await expect(history.getByRole('listitem').nth(1)).toContainText('1 paragraph edited · 1 placed, 0 to review, 0 orphaned');

  await history.getByRole('button', { name: 'Open revision 1 (read-only)' }).click();
  await expect(page.getByText('Revision 1 of 2: an earlier revision, read-only.')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toHaveCount(0);
  await expect(cards(page).first()).toContainText(QUOTE);
  await expect(cards(page).first().getByRole('textbox', { name: 'Note' })).toHaveAttribute('readonly', '');
  await expect(cards(page).first().getByRole('button', { name: 'Delete annotation' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toBeDisabled();
  // The keys that tag do nothing here.
  await dragSelect(page, 'German Chancellor Friedrich Merz');
  await page.keyboard.press('g');
  await expect(cards(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Open latest revision' }).click();
  await expect(article(page)).toBeVisible();
  await expect(cards(page).first()).toContainText(REVISED_QUOTE);
  await expect(page.getByRole('toolbar', { name: 'Tag selection' })).toBeVisible();
});

test('Compare revisions shows the words deleted and inserted and where each annotation went', async ({ page }) => {
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('button', { name: 'Compare revisions' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare revisions' });
  await expect(dialog.locator('.compare-summary')).toHaveText('1 paragraph edited; 1 word deleted, 1 inserted.');
  await expect(dialog.getByRole('list', { name: 'Text changed' }).getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('list', { name: 'Text changed' })).toContainText('Guarantee');
  const text = dialog.getByRole('region', { name: 'Changes in the text' });
  await expect(text.locator('del')).toHaveText('deleted akin');
  await expect(text.locator('ins')).toHaveText('inserted similar');
  await expect(text).toContainText('paragraphs unchanged');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(panel(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the changed card, the history, Compare revisions and an earlier revision have no axe violations', async ({ page }) => {
      const found: Record<string, string[]> = {};
      found['changed card'] = await violations(page);
      await page.getByRole('button', { name: 'Library' }).click();
      await page.getByRole('button', { name: 'History' }).click();
      found['history'] = await violations(page);
      await page.getByRole('button', { name: 'Compare revisions' }).click();
      await expect(page.getByRole('dialog', { name: 'Compare revisions' })).toBeVisible();
      found['compare revisions'] = await violations(page);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Open revision 1 (read-only)' }).click();
      await expect(page.getByText('Revision 1 of 2: an earlier revision, read-only.')).toBeVisible();
      found['earlier revision'] = await violations(page);
      expect(found).toEqual({ 'changed card': [], history: [], 'compare revisions': [], 'earlier revision': [] });
    });
  });
}
