// The window as a whole: one command list behind buttons, keys and the menu (a command that
// cannot run is disabled, Undo goes to what the analyst is typing in), views that show what
// an import changed at once, and one way in for files however they arrive.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { article, cards, openApp } from './support/app';
import { installFakeDesktopBridge, sendCommand } from './support/fake-desktop-bridge';
import { dragSelect } from './support/select-text';
import { storedBrief } from './support/stored-brief';

const SAMPLE_BRIEF = join(import.meta.dirname, '..', 'assets', 'samples', 'sample.brief');
const SAMPLE_BRIEF_TEXT = readFileSync(SAMPLE_BRIEF, 'utf8');

const briefRegion = (page: Page) => page.getByRole('region', { name: 'Brief' });

/** Drops a file with `name` and `text` on the window, as a drag from the desktop does. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ([fileName, content]) => {
      const data = new DataTransfer();
      data.items.add(new File([content!], fileName!));
      document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    [name, text],
  );
}

/** What the page last told the (fake) main process about its commands. */
async function commandStates(page: Page): Promise<Record<string, { enabled: boolean; label?: string }>> {
  return page.evaluate(() => Reflect.get(window, 'fakeCommandStates') as Record<string, { enabled: boolean; label?: string }>);
}

test('after Import brief the Brief tab shows the imported title, key judgments and marking, and typing goes on from them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Brief' }).click();
  const title = briefRegion(page).getByRole('textbox', { name: 'Brief title' });
  await expect(title).toHaveValue('');
  await expect(briefRegion(page).getByRole('textbox', { name: 'Marking' })).toHaveValue('UNCLASSIFIED');

  await page.getByLabel('Brief file').setInputFiles(SAMPLE_BRIEF);
  await page.getByRole('dialog', { name: 'Merge summary' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(title).toHaveValue('Security guarantees for Ukraine: what is on the table');
  const marking = briefRegion(page).getByRole('textbox', { name: 'Marking' });
  await expect(marking).toHaveValue('UNCLASSIFIED // SAMPLE');
  await expect(briefRegion(page).getByRole('textbox', { name: 'Key judgments' })).toContainText('European leaders have put concrete guarantees');

  await marking.fill('UNCLASSIFIED // SAMPLE // TEAM');
  await title.focus();
  // Leaving the field saves it; the reload comes once the write is in.
  await expect.poll(async () => (await storedBrief(page))?.marking).toBe('UNCLASSIFIED // SAMPLE // TEAM');
  await page.reload();
  await page.getByRole('tab', { name: 'Brief' }).click();
  await expect(title).toHaveValue('Security guarantees for Ukraine: what is on the table');
  await expect(marking).toHaveValue('UNCLASSIFIED // SAMPLE // TEAM');
  await expect(briefRegion(page).getByRole('textbox', { name: 'Key judgments' })).toContainText('European leaders have put concrete guarantees');
});

test('Undo says what it will undo, and while typing key judgments undoes the typing, not the last annotation', async ({ page }) => {
  await openApp(page);
  await dragSelect(page, 'Citing its own sources');
  await page.keyboard.press('r');
  await expect(cards(page)).toHaveCount(1);
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect(undo).toHaveText('Undo add Risk');

  await page.getByRole('tab', { name: 'Brief' }).click();
  const judgments = briefRegion(page).getByRole('textbox', { name: 'Key judgments' });
  await judgments.click();
  await page.keyboard.type('Moscow will not sign');
  await expect(undo).toHaveText('Undo typing');
  await undo.click();
  await expect(judgments).not.toContainText('Moscow will not sign');
  await expect(article(page).locator('mark[data-tag="risk"]')).toHaveText('Citing its own sources');

  await page.getByRole('tab', { name: 'Annotations' }).click();
  await article(page).getByText('Citing its own sources').click();
  await expect(undo).toHaveText('Undo add Risk');
  await undo.click();
  await expect(cards(page)).toHaveCount(0);
  await expect(undo).toBeDisabled();
});

test('in the Library view every menu command either works or is disabled', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await openApp(page);
  await expect.poll(async () => (await commandStates(page))?.['export-pdf']?.enabled).toBe(true);
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();

  await expect.poll(async () => (await commandStates(page))['export-pdf']?.enabled).toBe(false);
  const states = await commandStates(page);
  for (const command of ['undo', 'redo', 'export-pdf', 'export-brief', 'review', 'toggle-highlights', 'tag-guarantee', 'delete-annotation']) {
    expect(states[command], command).toEqual({ enabled: false });
  }
  for (const command of ['import-article', 'import-brief', 'back-up-database', 'restore-backup', 'keyboard-shortcuts']) {
    expect(states[command]?.enabled, command).toBe(true);
  }

  // A disabled command sent anyway does nothing and reports nothing.
  await sendCommand(page, 'export-pdf');
  await sendCommand(page, 'undo');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('[role="alert"]')).toHaveText('');
  // The enabled ones work from the Library.
  await sendCommand(page, 'keyboard-shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();
  await sendCommand(page, 'back-up-database');
  await expect(page.getByRole('status')).toContainText('Database backed up');
});

test('a brief file dropped, opened by the OS or chosen goes through one intake; so does an article; an unknown type gets one message', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await openApp(page);
  const merge = page.getByRole('dialog', { name: 'Merge summary' });
  const preview = page.getByRole('dialog', { name: 'Import article' });

  await dropFile(page, 'team.brief', SAMPLE_BRIEF_TEXT);
  await expect(merge).toBeVisible();
  await merge.getByRole('button', { name: 'Close' }).click();
  await page.evaluate((text) => (Reflect.get(window, 'fakeDesktop') as { openFile(f: object): void }).openFile({ name: 'opened.brief', text }), SAMPLE_BRIEF_TEXT);
  await expect(merge).toBeVisible();
  await merge.getByRole('button', { name: 'Close' }).click();

  // An article chosen in Import brief's chooser still reaches the article import.
  await page.getByLabel('Brief file').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Notes on the talks\n\nA paragraph of notes.\n') });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await dropFile(page, 'dropped.txt', 'Dropped notes\n\nA dropped article.\n');
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();

  const arrivals: [string, () => Promise<void>][] = [
    ['photo.jpg', () => dropFile(page, 'photo.jpg', 'not an article')],
    ['scan.bmp', () => page.evaluate(() => (Reflect.get(window, 'fakeDesktop') as { openFile(f: object): void }).openFile({ name: 'scan.bmp', text: 'x' }))],
  ];
  for (const [name, arrive] of arrivals) {
    await arrive();
    await expect(page.getByRole('alert')).toHaveText(`“${name}” cannot be imported: only .txt, .md, .markdown, .html, .htm and .pdf files are read as articles, .brief files as briefs and .qdpx files as REFI-QDA projects. Nothing was changed.`);
    await expect(merge).toBeHidden();
    await expect(preview).toBeHidden();
  }
});
