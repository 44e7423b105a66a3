// The brief in the app: the Brief tab beside the article, every field kept across a reload,
// and Export PDF printing what it says — rich key judgments, the marking and page numbers on
// the page, the chosen tags, appendix and paper — through the browser's print view.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp, panel } from './support/app';
import { pdfText } from './support/pdf-text';
import { seedAnnotations } from './support/seed';
import { storedBrief } from './support/stored-brief';
import { exportToPrintView } from './support/print-view';

/** The Brief tab's panel. */
const briefRegion = (page: Page) => page.getByRole('region', { name: 'Brief' });
const keyJudgments = (page: Page) => briefRegion(page).getByRole('textbox', { name: 'Key judgments' });

/** The page size of a PDF as pdfinfo states it, e.g. `612 x 792 pts (letter)`. */
function pageSize(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'brief-e2e-')), 'brief.pdf');
  writeFileSync(file, pdf);
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

test.beforeEach(async ({ page }) => {
  await openApp(page);
  await seedAnnotations(page, 12);
});

test('the Brief tab: every field kept across a reload, and printed as set', async ({ page, context }) => {
  const tabs = page.getByRole('tablist');
  await expect(tabs.getByRole('tab', { name: 'Annotations' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel(page)).toBeVisible();
  await tabs.getByRole('tab', { name: 'Brief' }).click();
  await expect(briefRegion(page)).toBeVisible();
  await expect(panel(page)).toBeHidden();

  const brief = briefRegion(page);
  await brief.getByRole('textbox', { name: 'Brief title' }).fill('Guarantees on paper');
  await expect(brief.getByRole('textbox', { name: 'Marking' })).toHaveValue('UNCLASSIFIED');
  await brief.getByRole('textbox', { name: 'Marking' }).fill('SECRET // TEST');

  const editor = keyJudgments(page);
  await editor.click();
  await page.keyboard.type('Europe offers ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('a force');
  await expect(brief.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(' but no ');
  await brief.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.type('treaty');
  await brief.getByRole('button', { name: 'Italic' }).click();
  await page.keyboard.press('Enter');
  await brief.getByRole('button', { name: 'Bullet list' }).click();
  await expect(brief.getByRole('button', { name: 'Bullet list' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('No US troops');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Moscow has signed nothing');
  await expect(editor.locator('strong')).toHaveText('a force');
  await expect(editor.locator('em')).toHaveText('treaty');
  await expect(editor.locator('li')).toHaveText(['No US troops', 'Moscow has signed nothing']);

  // Its own undo: typing away from the last change is a step of its own, and the article's
  // annotations are not touched.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.type('Oops ');
  await expect(editor).toContainText('Oops Europe');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.locator('p').first()).toHaveText('Europe offers a force but no treaty');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(editor).toContainText('Oops Europe');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.locator('p').first()).toHaveText('Europe offers a force but no treaty');

  await brief.getByRole('checkbox', { name: 'Include risks' }).uncheck();
  await brief.getByRole('radio', { name: 'Text order', exact: true }).check();
  await brief.getByRole('checkbox', { name: 'Every paragraph, however long' }).check();
  await brief.getByRole('checkbox', { name: 'Appendix with the sources, highlighted' }).uncheck();
  await expect(brief.getByRole('checkbox', { name: 'Every paragraph, however long' })).toBeDisabled();
  await brief.getByRole('radio', { name: 'US Letter' }).check();
  await brief.getByRole('textbox', { name: 'Brief title' }).focus(); // leaves the editor: saves at once

  await expect.poll(async () => JSON.stringify(await storedBrief(page))).toContain('Moscow has signed nothing');
  await page.reload();
  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(brief.getByRole('textbox', { name: 'Brief title' })).toHaveValue('Guarantees on paper');
  await expect(brief.getByRole('textbox', { name: 'Marking' })).toHaveValue('SECRET // TEST');
  await expect(editor.locator('strong')).toHaveText('a force');
  await expect(editor.locator('li')).toHaveText(['No US troops', 'Moscow has signed nothing']);
  await expect(brief.getByRole('checkbox', { name: 'Include guarantees' })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Include risks' })).not.toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Include precedents' })).toBeChecked();
  await expect(brief.getByRole('radio', { name: 'Text order', exact: true })).toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Appendix with the sources, highlighted' })).not.toBeChecked();
  await expect(brief.getByRole('checkbox', { name: 'Every paragraph, however long' })).toBeChecked();
  await expect(brief.getByRole('radio', { name: 'US Letter' })).toBeChecked();

  const view = await exportToPrintView(page, context);
  await expect(view.locator('h1')).toHaveText('Guarantees on paper');
  await expect(view.locator('.key-judgments strong')).toHaveText('a force');
  await expect(view.locator('.key-judgments em')).toHaveText('treaty');
  await expect(view.locator('.key-judgments li')).toHaveText(['No US troops', 'Moscow has signed nothing']);
  await expect(view.locator('script')).toHaveCount(0);
  const pdf = await view.pdf({ preferCSSPageSize: true });
  const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
  expect(text).toContain('SECRET // TEST');
  expect(text).toContain('Page 1 of');
  expect(text).toContain('Items in text order');
  expect(text).not.toMatch(/\bRisk\b · ¶/);
  expect(text).not.toContain('Appendix');
  expect(pageSize(pdf)).toBe('612 x 792 pts (letter)');
});

test('by default the brief prints every tag, the appendix, UNCLASSIFIED on A4', async ({ page, context }) => {
  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(briefRegion(page).getByRole('radio', { name: 'A4' })).toBeChecked();
  const view = await exportToPrintView(page, context);
  const pdf = await view.pdf({ preferCSSPageSize: true });
  const text = pdfText(pdf).replace(/[ \t]+/g, ' ');
  for (const heading of ['Guarantees', 'Risks', 'Precedents', 'Appendix: the article, highlighted']) expect(text).toContain(heading);
  expect(text).toContain('UNCLASSIFIED');
  expect(text).toContain('Page 1 of');
  expect(pageSize(pdf)).toMatch(/\(A4\)$/);
});

test('the print view shows the brief as a sheet of the paper size with its print margins', async ({ page, context }) => {
  const view = await exportToPrintView(page, context);
  await view.setViewportSize({ width: 1280, height: 900 });
  const box = await view.evaluate(() => {
    const sheet = document.body.getBoundingClientRect();
    const title = document.querySelector('h1')!.getBoundingClientRect();
    const mm = 96 / 25.4;
    return { width: sheet.width / mm, left: (title.left - sheet.left) / mm, top: (title.top - sheet.top) / mm, centred: Math.abs(sheet.left - (innerWidth - sheet.right)) < 20 };
  });
  expect(box.width).toBeCloseTo(210, 0);
  expect(box.left).toBeCloseTo(18, 0);
  expect(box.top).toBeGreaterThanOrEqual(19);
  expect(box.centred).toBe(true);
});

test('Export PDF shows its stages, can be cancelled before printing, and says why it failed', async ({ page, context }) => {
  // The bundled fonts load while composing: holding them back keeps the export at that stage.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/brief-fonts-*.js', async (route) => {
    await held;
    await route.continue();
  });
  const opened: Page[] = [];
  context.on('page', (p) => opened.push(p));

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const progress = page.getByRole('dialog', { name: 'Exporting PDF' });
  await expect(progress).toBeVisible();
  await expect(progress.getByRole('listitem').filter({ hasText: 'Composing the brief' })).toHaveAttribute('aria-current', 'step');
  await progress.getByRole('button', { name: 'Cancel export' }).click();
  release();
  await expect(progress).toBeHidden();
  await expect(page.getByText('Export cancelled.')).toBeVisible();
  expect(opened).toEqual([]);

  // A refused pop-up (the bridge takes window.open when the app starts): the alert says what
  // to do, and nothing opens.
  await context.addInitScript(() => {
    window.open = () => null;
  });
  await page.reload();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByRole('alert')).toHaveText('The PDF was not exported: The print view could not open: allow pop-up windows for this page and export again.');
  expect(opened).toEqual([]);
});
