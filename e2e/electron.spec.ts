// The desktop app end to end, through Playwright's Electron driver: the built main process
// (out/main/index.js, package.json's "main") starts, shows the sample article, exposes only
// the bridge to the page, and keeps the page from leaving the app. Needs `npm run build` and
// an Electron binary; where there is none (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1) the
// whole file is skipped with one line saying so.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronExecutable } from '../scripts/electron-binary.mjs';

const TITLE = 'What security guarantees is Ukraine likely to be granted?';
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

const executablePath = electronExecutable();
const SKIP_REASON = 'No Electron binary (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1): Electron e2e skipped; run `node node_modules/electron/install.js` where there is network to enable it.';

// Playwright's list reporter shows skipped tests without their reason, so say it once, from the
// runner's collection pass (workers have TEST_WORKER_INDEX set).
if (executablePath === undefined && process.env['TEST_WORKER_INDEX'] === undefined) console.log(SKIP_REASON);
test.skip(executablePath === undefined, SKIP_REASON);

// One app for the whole file, its tests in order in one worker (the config runs files fully parallel).
test.describe.configure({ mode: 'default' });

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  // Without ELECTRON_RENDERER_URL, main loads the built renderer from app://briefing-desk/.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name, value]) => name !== 'ELECTRON_RENDERER_URL' && value !== undefined)) as Record<string, string>;
  // Chromium's OS sandbox cannot start as root (CI containers); the page's own sandbox is unaffected.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', projectRoot] : [projectRoot];
  app = await electron.launch({ executablePath, args, cwd: projectRoot, env });
  page = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
});

test('shows the sample article from the app scheme', async () => {
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
  expect(page.url()).toMatch(/^app:\/\/briefing-desk\//);
});

test('gives the page the Electron bridge and nothing of Node', async () => {
  const globals = await page.evaluate(() => ({
    bridgeKind: (Reflect.get(globalThis, 'briefingDesk') as { kind?: unknown } | undefined)?.kind,
    require: typeof Reflect.get(globalThis, 'require'),
    process: typeof Reflect.get(globalThis, 'process'),
    ipcRenderer: typeof Reflect.get(globalThis, 'ipcRenderer'),
  }));
  expect(globals).toEqual({ bridgeKind: 'electron', require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
});

test('opens no new window', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/', '_blank'));
  expect(opened).toBeNull();
  expect(app.windows()).toHaveLength(1);
});

test('stays in the app when the page tries to navigate to another origin', async () => {
  // Main's own will-navigate listener was added first, so this one sees whether it cancelled.
  const cancelled = app.evaluate(
    ({ BrowserWindow }) =>
      new Promise<boolean>((resolve) => {
        const contents = BrowserWindow.getAllWindows()[0]?.webContents;
        contents?.once('will-navigate', (event) => resolve(event.defaultPrevented));
      }),
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  expect(await cancelled).toBe(true);
  expect(page.url()).toMatch(/^app:\/\/briefing-desk\//);
  await expect(page.getByRole('article', { name: TITLE })).toBeVisible();
});
