// The desktop shell end to end in the built app: start-up, the menus of the issue, a backup and
// a restore through the File menu, the restore offered when the database was wiped, a .brief
// and a PDF opened from the command line, and a brief of several sources begun from the menu. Needs `npm run build` and an Electron binary; skipped
// with one line saying so where there is none.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronExecutable, freshUserData, launchDesktop, NO_ELECTRON, projectRoot } from './support/electron-app';
import { setAnalystName } from './support/app';

test.skip(electronExecutable() === undefined, NO_ELECTRON);
test.describe.configure({ mode: 'serial' });

const TITLE = 'What security guarantees is Ukraine likely to be granted?';

/** The first window, signing as `analyst`. */
async function openWindow(app: ElectronApplication, analyst: string): Promise<Page> {
  const page = await app.firstWindow();
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  await setAnalystName(page, analyst);
  return page;
}

/** Clicks the application menu item `label` under the top-level menu whose label contains `menu`. */
async function clickMenu(app: ElectronApplication, menu: string, label: string): Promise<void> {
  await app.evaluate(
    ({ Menu }, { menu, label }) => {
      const top = Menu.getApplicationMenu()?.items.find((item) => item.label.replace('&', '') === menu);
      const item = top?.submenu?.items.find((candidate) => candidate.label === label);
      if (!item) throw new Error(`No menu item ${menu} › ${label}`);
      item.click();
    },
    { menu, label },
  );
}

/** The backups in the user-data folder. */
function backupsIn(userData: string): string[] {
  const folder = join(userData, 'backups');
  return existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.bdbackup')) : [];
}

test('starts with the sample article and the menus of the issue', async () => {
  const app = await launchDesktop(freshUserData());
  try {
    const page = await openWindow(app, 'Ada');
    // Main grants the app's pages persistent storage, so Chromium never evicts the database.
    expect(await page.evaluate(() => navigator.storage.persisted())).toBe(true);
    const menus = await app.evaluate(({ Menu }) =>
      (Menu.getApplicationMenu()?.items ?? []).map((item) => ({ label: item.label.replace('&', ''), items: (item.submenu?.items ?? []).map((sub) => sub.label) })),
    );
    const labelsOf = (name: string) => menus.find((menu) => menu.label === name)?.items ?? [];
    expect(labelsOf('File')).toEqual(
      expect.arrayContaining(['Import article…', 'Open brief…', 'Export brief…', 'Export PDF…', 'Back up database…', 'Restore from backup…']),
    );
    expect(labelsOf('Edit')).toEqual(expect.arrayContaining(['Undo', 'Redo', 'Copy', 'Select All']));
    expect(labelsOf('View')).toEqual(expect.arrayContaining(['Review mode', 'Toggle highlights', 'Zoom In']));
    expect(labelsOf('Help')).toContain('Keyboard shortcuts');
  } finally {
    await app.close();
  }
});

test('Help › Keyboard shortcuts lists the shortcuts; View › Toggle highlights hides them', async () => {
  const app = await launchDesktop(freshUserData());
  try {
    const page = await openWindow(app, 'Ada');
    await clickMenu(app, 'Help', 'Keyboard shortcuts');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog.getByRole('rowheader', { name: 'Ctrl+Shift+H' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await clickMenu(app, 'View', 'Toggle highlights');
    await expect(page.getByRole('button', { name: 'Show highlights' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('backs up through the File menu and restores that backup, all of it', async () => {
  const userData = freshUserData();
  const app = await launchDesktop(userData);
  try {
    const page = await openWindow(app, 'Ada');
    await clickMenu(app, 'File', 'Back up database…');
    await expect(page.getByRole('status')).toContainText('Database backed up:');
    const [backup] = backupsIn(userData);
    expect(backup).toMatch(/^briefing-desk-\d{8}T\d{9}Z-manual\.bdbackup$/);

    // Work done after the backup: a new analyst name.
    await page.getByRole('button', { name: 'Analyst: Ada' }).click();
    const nameDialog = page.getByRole('dialog', { name: 'Your name' });
    await nameDialog.getByRole('textbox', { name: 'Your name' }).fill('Grace');
    await nameDialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('button', { name: 'Analyst: Grace' })).toBeVisible();

    // The open dialog answers with the backup, as the analyst picking it would.
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [path] })) as typeof dialog.showOpenDialog;
    }, join(userData, 'backups', backup!));
    await clickMenu(app, 'File', 'Restore from backup…');
    await expect(page.getByRole('button', { name: 'Analyst: Ada' })).toBeVisible();
    // The work replaced by the restore was itself backed up first.
    expect(backupsIn(userData).length).toBe(2);
  } finally {
    await app.close();
  }
});

test('offers the newest backup at start when the database was wiped, and restores it', async () => {
  const userData = freshUserData();
  const first = await launchDesktop(userData);
  const page = await openWindow(first, 'Ada');
  await clickMenu(first, 'File', 'Back up database…');
  await expect(page.getByRole('status')).toContainText('Database backed up:');
  await first.close();

  // Chromium losing the IndexedDB folder (the disk-full crash the issue names).
  rmSync(join(userData, 'Partitions', 'briefing-desk', 'IndexedDB'), { recursive: true, force: true });

  const second = await launchDesktop(userData);
  try {
    const window = await second.firstWindow();
    const offer = window.getByRole('alertdialog', { name: 'The database is empty' });
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Restore newest backup' }).click();
    await expect(window.getByRole('button', { name: 'Analyst: Ada' })).toBeVisible();
  } finally {
    await second.close();
  }
});

test('opens a .brief given on the command line with the exchange importer', async () => {
  const app = await launchDesktop(freshUserData(), [join(projectRoot, 'assets', 'samples', 'sample.brief')]);
  try {
    // The first-start name dialog may be open too: the import does not wait for it.
    const page = await app.firstWindow();
    await expect(page.getByRole('dialog', { name: 'Merge summary' })).toBeVisible();
  } finally {
    await app.close();
  }
});

test('opens a PDF given on the command line in the import preview, read by pdf.js from the app itself', async () => {
  const app = await launchDesktop(freshUserData(), [join(projectRoot, 'app', 'testing', 'pdf', 'two-column.pdf')]);
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('dialog', { name: 'Import article' }).getByRole('textbox', { name: 'Title' })).toHaveValue('Guarantees Without Treaties: A Fixture Study');
  } finally {
    await app.close();
  }
});

test('File › New brief and the Add source button build a brief of two sources', async () => {
  const app = await launchDesktop(freshUserData());
  try {
    const page = await openWindow(app, 'Ada Analyst');
    await clickMenu(app, 'File', 'New brief…');
    const made = page.getByRole('dialog', { name: 'New brief' });
    await made.getByRole('textbox', { name: 'Title' }).fill('Across sources');
    await made.getByRole('button', { name: 'Make brief' }).click();
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('dialog', { name: 'Add source' }).getByRole('list', { name: 'Articles in the library' }).getByRole('button').first().click();
    await expect(page.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(1);
  } finally {
    await app.close();
  }
});
