// The desktop shell's behaviour in the page, driven as the native menu and the OS drive it,
// through a stand-in for the Electron bridge (e2e/support/fake-desktop-bridge.ts): back up,
// restore all-or-nothing, the restore offer for a wiped database, the shortcuts list, Toggle
// highlights, and a .brief handed over by the OS going to the importer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { installFakeDesktopBridge, sendCommand } from './support/fake-desktop-bridge';

test.beforeEach(async ({ page }) => {
  await installFakeDesktopBridge(page);
});

test('File › Back up database… then Restore from backup… brings the backed-up state back', async ({ page }) => {
  await openApp(page, 'Ada');
  await sendCommand(page, 'back-up-database');
  await expect(page.getByRole('status')).toContainText('Database backed up: briefing-desk-');

  await page.getByRole('button', { name: 'Analyst: Ada' }).click();
  const nameDialog = page.getByRole('dialog', { name: 'Your name' });
  await nameDialog.getByRole('textbox', { name: 'Your name' }).fill('Grace');
  await nameDialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Analyst: Grace' })).toBeVisible();

  await sendCommand(page, 'restore-backup');
  await expect(page.getByRole('button', { name: 'Analyst: Ada' })).toBeVisible();
  // Grace's state was kept as a backup before the restore replaced it.
  const backups = await page.evaluate(() => (Reflect.get(window, 'fakeDesktop') as { backups(): string[] }).backups());
  expect(backups).toHaveLength(2);
  await page.screenshot({ path: 'test-results/desktop-restored.png' });
});

test('a damaged backup is refused with a message and changes nothing', async ({ page }) => {
  await openApp(page, 'Ada');
  await sendCommand(page, 'back-up-database');
  await expect(page.getByRole('status')).toContainText('Database backed up');
  await page.evaluate(() => {
    const backups = JSON.parse(sessionStorage.getItem('fake-backups') ?? '[]') as { text: string }[];
    backups[0]!.text = backups[0]!.text.slice(0, -50);
    sessionStorage.setItem('fake-backups', JSON.stringify(backups));
  });
  await sendCommand(page, 'restore-backup');
  await expect(page.getByRole('alert')).toContainText('was not restored; nothing was changed: This backup is damaged or incomplete');
  await expect(page.getByRole('button', { name: 'Analyst: Ada' })).toBeVisible();
});

test('offers the newest backup when the database was wiped, and restores it', async ({ page }) => {
  await openApp(page, 'Ada');
  await sendCommand(page, 'back-up-database');
  await expect(page.getByRole('status')).toContainText('Database backed up');
  // The database lost, as after Chromium wipes it: deleted, then the app started again.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase('briefing-desk');
        request.onsuccess = () => resolve();
        request.onblocked = () => resolve();
      }),
  );
  await page.reload();
  const offer = page.getByRole('alertdialog', { name: 'The database is empty' });
  await expect(offer).toBeVisible();
  await page.screenshot({ path: 'test-results/desktop-offer.png' });
  await offer.getByRole('button', { name: 'Restore newest backup' }).click();
  await expect(page.getByRole('button', { name: 'Analyst: Ada' })).toBeVisible();
});

test('Help › Keyboard shortcuts lists them; View › Toggle highlights hides and shows highlights', async ({ page }) => {
  await openApp(page);
  await sendCommand(page, 'keyboard-shortcuts');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('rowheader', { name: 'Ctrl+Shift+H' })).toBeVisible();
  await page.screenshot({ path: 'test-results/desktop-shortcuts.png' });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hide highlights' })).toBeVisible();
  await sendCommand(page, 'toggle-highlights');
  await expect(page.getByRole('button', { name: 'Show highlights' })).toBeVisible();
  await sendCommand(page, 'toggle-highlights');
  await expect(page.getByRole('button', { name: 'Hide highlights' })).toBeVisible();
});

test('a .brief the OS opens goes to the .brief importer', async ({ page }) => {
  await openApp(page);
  const text = readFileSync(join(import.meta.dirname, '..', 'assets', 'samples', 'sample.brief'), 'utf8');
  await page.evaluate((brief) => (Reflect.get(window, 'fakeDesktop') as { openFile(f: object): void }).openFile({ name: 'sample.brief', text: brief }), text);
  await expect(page.getByRole('dialog', { name: 'Merge summary' })).toBeVisible();
});
