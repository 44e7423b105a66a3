// Opening the app as an analyst does, and the parts of it the specs look at, found by the
// accessible names of the UI contract.
import { expect, type FileChooser, type Locator, type Page } from '@playwright/test';

/** The sample article's title. */
export const SAMPLE_TITLE = 'What security guarantees is Ukraine likely to be granted?';

/** Opens the app and, unless it signs as `analyst` already, gives that name through `Analyst: …`. */
export async function openApp(page: Page, analyst = 'Ada Analyst'): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('article')).toBeVisible();
  await setAnalystName(page, analyst);
}

/** Gives `analyst` as the name, through the header's `Analyst: …` button, unless it is the name already. */
export async function setAnalystName(page: Page, analyst: string): Promise<void> {
  const button = page.getByRole('button', { name: /^Analyst: / });
  if ((await button.textContent()) === `Analyst: ${analyst}`) return;
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Your name' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(analyst);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: `Analyst: ${analyst}` })).toBeVisible();
}

/** The article, named by its title. */
export function article(page: Page, title = SAMPLE_TITLE) {
  return page.getByRole('article', { name: title });
}

/** The annotations panel. */
export function panel(page: Page) {
  return page.getByRole('region', { name: 'Annotations' });
}

/** The annotation cards in text order (not the orphaned ones). */
export function cards(page: Page) {
  return panel(page).getByRole('list', { name: 'Annotations in text order' }).locator(':scope > li');
}

/** Imports `file` as `Import article` → `Choose file…` does, up to the preview. */
export async function chooseArticleFile(page: Page, file: Parameters<FileChooser['setFiles']>[0]): Promise<void> {
  await page.getByRole('button', { name: 'Import article' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Choose an article' }).getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(file);
}

/** Unfolds `card` (a list item of {@link cards}) to show all its fields, if it is folded. */
export async function expandCard(card: Locator): Promise<void> {
  const details = card.getByRole('button', { name: 'Details' });
  if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
  await expect(details).toHaveAttribute('aria-expanded', 'true');
}

/** The tag a card shows in its header, as its value (`guarantee`, `risk`, `precedent`). */
export async function cardTag(card: Locator): Promise<string> {
  return (await card.locator('.card-tag').innerText()).trim().replace(/^[GRP]\s*/, '').replace(/\s*·\s*S\d+$/, '').toLowerCase();
}

/** The fixed toolbar's button for a tag. */
export function tagButton(page: Page, label: 'Guarantee' | 'Risk' | 'Precedent') {
  return page.getByRole('toolbar', { name: 'Tag selection' }).getByRole('button', { name: label });
}
