// A brief of several sources end to end: built from the library and a new import, a risk in one
// source linked to a guarantee in another, the briefing PDF citing its sources, and the brief
// file carrying both sources and the link to a fresh profile.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, expandCard, openApp, SAMPLE_TITLE, tagButton } from './support/app';
import { dragSelect } from './support/select-text';
import { pdfText } from './support/pdf-text';
import { violations } from './support/axe';
import { exportToPrintView } from './support/print-view';

const NOTES_TITLE = 'Interview notes on the guarantees';
const NOTES = `${NOTES_TITLE}\n\nThe official said no country had yet committed troops in numbers.\n\nEach government would still decide at the time.\n`;
const GUARANTEE = 'a legally binding commitment, subject to national procedures';
const RISK = 'no country had yet committed troops in numbers';

/** The card quoting `quote` (other cards may name it in their link lists). */
function cardOf(page: Page, quote: string) {
  return cards(page).filter({ has: page.locator('.card-quote', { hasText: quote }) });
}

function sources(page: Page) {
  return page.getByRole('list', { name: 'Sources' });
}

/** Builds the two-source brief: New brief, the sample from the library, a guarantee in it, the notes imported into the brief, a risk there linked to the guarantee. */
async function buildBrief(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New brief' }).click();
  const made = page.getByRole('dialog', { name: 'New brief' });
  await made.getByRole('textbox', { name: 'Title' }).fill('Guarantees across sources');
  await made.getByRole('button', { name: 'Make brief' }).click();
  await buildBriefOn(page);
}

/** Fills the open, empty brief with its two sources, the guarantee, the risk and the link. */
async function buildBriefOn(page: Page): Promise<void> {
  await expect(page.getByText('This brief has no sources yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('dialog', { name: 'Add source' }).getByRole('list', { name: 'Articles in the library' }).getByRole('button', { name: new RegExp(SAMPLE_TITLE.replace('?', '\\?')) }).click();
  await expect(page.getByRole('status')).toHaveText(`Added “${SAMPLE_TITLE}” to the brief.`);
  await expect(article(page)).toBeVisible();
  await dragSelect(page, GUARANTEE);
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('dialog', { name: 'Add source' }).getByRole('button', { name: 'Import a new article…' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Choose an article' }).getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTES) });
  await page.getByRole('dialog', { name: 'Import article' }).getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText(`Imported “${NOTES_TITLE}” into the brief as a source.`);
  await expect(article(page, NOTES_TITLE)).toBeVisible();
  await expect(sources(page).getByRole('listitem')).toHaveCount(2);
  await expect(sources(page).getByRole('button', { name: /^S2 / })).toHaveAttribute('aria-current', 'true');

  await dragSelect(page, RISK);
  await tagButton(page, 'Risk').click();
  const risk = cardOf(page, RISK);
  await expandCard(risk);
  const picker = risk.getByRole('combobox', { name: 'Link to guarantee' });
  await picker.focus();
  await picker.selectOption({ label: `S1 · G: ${GUARANTEE}` });
  await expect(risk.getByRole('list', { name: 'Linked guarantees' })).toContainText(`S1 · G: ${GUARANTEE}`);
}

test('a brief of two sources: built from the library and an import, linked across, printed with its sources, and carried whole to another profile', async ({ page, browser, context }) => {
  await openApp(page);
  await buildBrief(page);

  // The panel shows every source's annotations, or one source's.
  await expect(cards(page)).toHaveCount(2);
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: `S2: ${NOTES_TITLE}` });
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'All sources' });
  // Choosing the guarantee's card shows its source.
  await cards(page).locator('.card-quote', { hasText: GUARANTEE }).click();
  await expect(article(page)).toBeVisible();
  await expect(article(page).locator('mark[data-tag="guarantee"]')).toHaveText(GUARANTEE);

  const view = await exportToPrintView(page, context);
  const text = pdfText(await view.pdf({ format: 'A4' })).replace(/[ \t]+/g, ' ');
  await view.close();
  expect(text).toContain('On: 2 sources');
  expect(text).toMatch(/Sources\s+S1 What security guarantees is Ukraine likely to be granted\? — DW, Danilo Bilek, 2025-12-18\s+1 guarantee · 0 risks · 0 precedents\s+S2 Interview notes on the guarantees\s+0 guarantees · 1 risk · 0 precedents/);
  expect(text).toMatch(/G1 Guarantee · S1 ¶ \d+/);
  expect(text).toMatch(/R2 Risk · S2 ¶ 2/);
  expect(text).toMatch(/Bears on: G1 \(S1\)/);
  expect(text).toMatch(/G1 \(S1\) a legally binding commitment[^\n]* R2 \(S2\)/);
  expect(text).toContain('Appendix S2: Interview notes on the guarantees, highlighted');

  // The brief file carries both sources and the link; a fresh profile gets the brief whole.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export brief' }).click()]);
  expect(download.suggestedFilename()).toBe('Guarantees-across-sources.brief');
  const file = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ version: 2, brief: { title: 'Guarantees across sources' }, articles: [{ title: SAMPLE_TITLE }, { title: NOTES_TITLE }] });

  // Review mode walks the items of both sources; comparing with the file compares per source and overall.
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.getByText('0 of 2 reviewed')).toBeVisible();
  await review.getByLabel('Brief to compare').setInputFiles({ name: 'mine.brief', mimeType: 'application/json', buffer: Buffer.from(file) });
  const bySource = review.getByRole('region', { name: 'Comparison' }).getByRole('list', { name: 'By source' });
  await expect(bySource).toContainText('Overall: 2 both tagged, 0 tag disagreements, 0 only here, 0 only there');
  await expect(bySource).toContainText(`S1 ${SAMPLE_TITLE}: 1 both tagged`);
  await expect(bySource).toContainText(`S2 ${NOTES_TITLE}: 1 both tagged`);
  await page.getByRole('button', { name: 'Review', exact: true }).click();

  const other = await (await browser.newContext()).newPage();
  await openApp(other, 'Bob Analyst');
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByRole('button', { name: 'Import brief' }).click()]);
  await chooser.setFiles({ name: 'ada.brief', mimeType: 'application/json', buffer: Buffer.from(file) });
  await other.getByRole('dialog', { name: 'Merge summary' }).getByRole('button', { name: 'Close' }).click();
  await expect(sources(other).getByRole('listitem')).toHaveCount(2);
  await expect(sources(other)).toContainText(NOTES_TITLE);
  const carried = cardOf(other, RISK);
  await expect(carried).toContainText(`Linked to S1 · G: ${GUARANTEE}`);
  await other.getByRole('button', { name: 'Library' }).click();
  await expect(other.getByRole('list', { name: 'Briefs' }).getByRole('listitem', { name: 'Guarantees across sources' })).toContainText('2 sources');
});

test('removing a source asks first, takes its annotations out of the brief, and Undo brings both back', async ({ page }) => {
  await openApp(page);
  await buildBrief(page);
  // Each brief reopens on the source it showed: after a reload, and after another brief was open.
  await page.reload();
  await expect(sources(page).getByRole('button', { name: /^S2 / })).toHaveAttribute('aria-current', 'true');
  await sources(page).getByRole('button', { name: /^S1 / }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('list', { name: 'Briefs' }).getByRole('button', { name: `Open brief ${SAMPLE_TITLE}` }).click();
  await expect(sources(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('list', { name: 'Briefs' }).getByRole('button', { name: 'Open brief Guarantees across sources' }).click();
  await expect(sources(page).getByRole('button', { name: /^S1 / })).toHaveAttribute('aria-current', 'true');

  await sources(page).getByRole('button', { name: `Remove “${NOTES_TITLE}” from the brief` }).click();
  const ask = page.getByRole('alertdialog', { name: `Remove “${NOTES_TITLE}” from the brief?` });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(sources(page).getByRole('listitem')).toHaveCount(2);
  await sources(page).getByRole('button', { name: `Remove “${NOTES_TITLE}” from the brief` }).click();
  await ask.getByRole('button', { name: 'Remove source' }).click();
  await expect(sources(page).getByRole('listitem')).toHaveCount(1);
  await expect(cards(page)).toHaveCount(1);
  await expect(article(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo remove source' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo remove source' }).click();
  await expect(sources(page).getByRole('listitem')).toHaveCount(2);
  await expect(cardOf(page, RISK)).toContainText(`S1 · G: ${GUARANTEE}`);
  await page.reload();
  await expect(sources(page).getByRole('listitem')).toHaveCount(2);

  // Deleting the brief in the library asks, keeps its sources as articles, and can be undone.
  await page.getByRole('button', { name: 'Library' }).click();
  const briefs = page.getByRole('list', { name: 'Briefs' });
  await briefs.getByRole('button', { name: 'Delete brief Guarantees across sources' }).click();
  await page.getByRole('alertdialog', { name: 'Delete the brief “Guarantees across sources”?' }).getByRole('button', { name: 'Delete brief' }).click();
  await expect(briefs.getByRole('listitem', { name: 'Guarantees across sources' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem', { name: NOTES_TITLE })).toBeVisible();
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(briefs.getByRole('listitem', { name: 'Guarantees across sources' })).toContainText('2 sources');

  // The sample serves in two briefs now: its entry lets the analyst choose which to open it in.
  const usedIn = page.getByRole('list', { name: 'Articles' }).getByRole('group', { name: `Briefs using “${SAMPLE_TITLE}”` });
  await expect(usedIn.getByRole('button')).toHaveCount(2);
  await usedIn.getByRole('button', { name: 'Open in brief Guarantees across sources' }).click();
  await expect(sources(page).getByRole('listitem')).toHaveCount(2);
  await expect(sources(page).getByRole('button', { name: /^S1 / })).toHaveAttribute('aria-current', 'true');
  await expect(article(page)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dossier's screens have no axe violations (${colorScheme})`, async ({ browser }) => {
    const page = await (await browser.newContext({ colorScheme })).newPage();
    await openApp(page);
    await page.getByRole('button', { name: 'New brief' }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'New brief' }).getByRole('button', { name: 'Make brief' }).click();
    await expect(page.getByText('This brief has no sources yet.')).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add source' }).click();
    await expect(page.getByRole('dialog', { name: 'Add source' }).getByRole('list', { name: 'Articles in the library' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('dialog', { name: 'Add source' }).getByRole('button', { name: 'Cancel' }).click();
    await buildBriefOn(page);
    expect(await violations(page)).toEqual([]);
    await sources(page).getByRole('button', { name: `Remove “${NOTES_TITLE}” from the brief` }).click();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Library' }).click();
    await expect(page.getByRole('list', { name: 'Briefs' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}
