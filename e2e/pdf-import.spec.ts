// PDF sources end to end: a two-column paper chosen in the file chooser, previewed with its
// pages, imported, tagged, and cited as `p. n` in the briefing PDF; the PDFs that are refused
// (a scan, a cut-off download) and the one that asks for its password.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, chooseArticleFile, openApp, tagButton } from './support/app';
import { dragSelect } from './support/select-text';
import { pdfText } from './support/pdf-text';
import { exportToPrintView } from './support/print-view';
import { violations } from './support/axe';
import { installFakeDesktopBridge } from './support/fake-desktop-bridge';

const fixture = (name: string) => readFileSync(new URL(`../app/testing/pdf/${name}`, import.meta.url));
const TITLE = 'Guarantees Without Treaties: A Fixture Study';

function importDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Import article' });
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
});

test('a two-column PDF is imported in reading order, tagged, and cited by page in the briefing PDF', async ({ page, context }) => {
  await chooseArticleFile(page, { name: 'two-column.pdf', mimeType: 'application/pdf', buffer: fixture('two-column.pdf') });
  const preview = importDialog(page);
  await expect(preview.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
  await expect(preview.getByRole('region', { name: 'Preview' })).toContainText('Page 2');
  await expect(preview.getByRole('region', { name: 'Preview' })).not.toContainText('Journal of Fixture Studies');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status')).toHaveText(`Imported “${TITLE}”.`);

  const paper = article(page, TITLE);
  await expect(paper.getByRole('heading', { name: '3. Monitoring' })).toBeVisible();
  await expect(paper).toContainText('meant to compile the national offers');
  await expect(paper.locator('.footnote')).toHaveCount(3);

  await dragSelect(page, 'a standing facility, replenished each year');
  await tagButton(page, 'Guarantee').click();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('p. 1');

  const view = await exportToPrintView(page, context);
  const text = pdfText(await view.pdf({ format: 'A4' })).replace(/[ \t]+/g, ' ');
  await view.close();
  expect(text).toMatch(/G1 Guarantee · p\. 1 ¶ \d+/);
});

test('a PDF the OS opens (Open with, a double-click) goes to the same preview as a chosen one', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await page.reload();
  await expect(article(page)).toBeVisible();
  const bytes = [...fixture('three-column.pdf')];
  await page.evaluate((file) => (Reflect.get(window, 'fakeDesktop') as { openFile(f: object): void }).openFile(file), { name: 'newsletter.pdf', bytes });
  await expect(importDialog(page).getByRole('textbox', { name: 'Title' })).toHaveValue('Briefing Notes: Three Columns');
});

test('a scan, a cut-off file and a wrong password are refused with their reason, and nothing is imported', async ({ page }) => {
  await chooseArticleFile(page, { name: 'scan.pdf', mimeType: 'application/pdf', buffer: fixture('scan.pdf') });
  await expect(page.getByRole('alert')).toHaveText('“scan.pdf” cannot be imported: This PDF has no text layer (it is a scan); OCR is not supported.');
  const whole = fixture('two-column.pdf');
  await chooseArticleFile(page, { name: 'download.pdf', mimeType: 'application/pdf', buffer: whole.subarray(0, whole.length / 2) });
  await expect(page.getByRole('alert')).toHaveText('“download.pdf” cannot be imported: the PDF is damaged or incomplete: it stops before its end. Download or copy it again.');
  await expect(importDialog(page)).toBeHidden();

  await chooseArticleFile(page, { name: 'password.pdf', mimeType: 'application/pdf', buffer: fixture('password.pdf') });
  const ask = page.getByRole('dialog', { name: 'Password needed' });
  await expect(ask).toContainText('“password.pdf” is protected by a password.');
  await ask.getByLabel('Password').fill('wrong');
  await ask.getByRole('button', { name: 'Open PDF' }).click();
  await expect(ask).toContainText('That password does not open “password.pdf”.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('reading a PDF shows its progress and can be cancelled, leaving nothing imported', async ({ page }) => {
  // pdf.js's worker held back, so the reading is still under way when Cancel is pressed.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pdf.worker.min-*.mjs', async (route) => {
    await held;
    await route.continue();
  });
  await chooseArticleFile(page, { name: 'two-column.pdf', mimeType: 'application/pdf', buffer: fixture('two-column.pdf') });
  const reading = page.getByRole('dialog', { name: 'Reading “two-column.pdf”' });
  await expect(reading.getByRole('progressbar', { name: 'Reading pages' })).toBeVisible();
  await reading.getByRole('button', { name: 'Cancel' }).click();
  await expect(reading).toBeHidden();
  release();
  await expect(page.getByRole('status')).toHaveText('Stopped reading “two-column.pdf”: nothing was imported.');
  await expect(importDialog(page)).toBeHidden();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('the right password opens a protected PDF; its preview and the password question have no axe violations', async ({ page }) => {
  await chooseArticleFile(page, { name: 'password.pdf', mimeType: 'application/pdf', buffer: fixture('password.pdf') });
  const ask = page.getByRole('dialog', { name: 'Password needed' });
  await expect(ask.getByLabel('Password')).toBeFocused();
  expect(await violations(page)).toEqual([]);
  await ask.getByLabel('Password').fill('secret');
  await ask.getByRole('button', { name: 'Open PDF' }).click();
  const preview = importDialog(page);
  await expect(preview.getByRole('textbox', { name: 'Title' })).toHaveValue('Joint Statement on Security Guarantees');
  await expect(preview.getByRole('region', { name: 'Preview' })).toContainText('Гарантії безпеки для України');
  expect(await violations(page)).toEqual([]);
});
