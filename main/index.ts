// The Electron main process: app lifecycle and wiring only. What it does with requests, files
// and PDFs lives in the plain modules beside it, each tested in Node.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { IPC_CHANNELS } from '../app/platform/ipc-contract';
import { APP_ENTRY_URL, APP_SCHEME, isSameAppOrigin } from './protocol/app-origin';
import { createAppProtocolHandler } from './protocol/app-protocol';
import { claimSingleInstance, installDesktopShell, rememberedBounds, trackWindow } from './shell/desktop-shell';
import { writeFileAtomic } from '../node/atomic-write';
import { createElectronPrinter } from './pdf/electron-printer';
import { exportPdf } from './pdf/export-pdf';
import { handleGuarded } from './ipc/ipc-registry';
import { lockDownSession, lockDownWebContents } from './security/lockdown';
import { paperSizeForRegion } from './pdf/paper-size';
import { grantsPermission } from './security/permissions';
import { saveFile } from './files/save-file';

/** The renderer's persistent session: its IndexedDB lives under userData, owned by main. */
const APP_PARTITION = 'persist:briefing-desk';

// electron-vite's dev server, only when running from sources: a packaged app never loads a
// page named by its environment.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const appUrl = devServerUrl ?? APP_ENTRY_URL;

// Must happen before `ready`: a standard, secure scheme gets an origin, storage and fetch.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

// One running app: a second launch (a .brief double-clicked while it runs) hands its file over and quits.
if (!claimSingleInstance(() => mainWindow)) app.quit();

app.on('web-contents-created', (_event, contents) => {
  lockDownWebContents(contents, (url) => isSameAppOrigin(url, appUrl));
});

let mainWindow: BrowserWindow | undefined;

/** Where the window opens: where it was last time, on a display still connected. */
type WindowBounds = Awaited<ReturnType<typeof rememberedBounds>>;

function createMainWindow({ maximized, ...bounds }: WindowBounds): BrowserWindow {
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Briefing Desk',
    show: false,
    webPreferences: {
      partition: APP_PARTITION,
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  trackWindow(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void window.loadURL(appUrl);
  return window;
}

/** Save-dialog filters by the suggested name's extension. */
const SAVE_FILTERS: Record<string, Electron.FileFilter> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  brief: { name: 'Briefing Desk brief', extensions: ['brief'] },
  jsonld: { name: 'Web Annotation JSON-LD', extensions: ['jsonld'] },
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
};

async function chooseSavePath(suggestedName: string): Promise<string | undefined> {
  const filter = SAVE_FILTERS[suggestedName.split('.').pop() ?? ''];
  const options: Electron.SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: filter ? [filter] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = mainWindow === undefined ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(mainWindow, options);
  return result.canceled ? undefined : result.filePath;
}

void app.whenReady().then(async () => {
  const appSession = session.fromPartition(APP_PARTITION);
  lockDownSession(appSession, (permission, requestingUrl) => grantsPermission(permission, requestingUrl, appUrl));
  appSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));

  const printer = createElectronPrinter();
  /** The PDF export in progress, which `cancelExport` aborts. */
  let pdfExport: AbortController | undefined;
  // Every handler goes through the registry's guard (sender and argument schema; main/ipc/ipc-registry.ts).
  handleGuarded(ipcMain, IPC_CHANNELS.exportPdf, appUrl, async (request) => {
    // One export at a time per app: a new one replaces (cancels) one left running.
    pdfExport?.abort();
    const controller = new AbortController();
    pdfExport = controller;
    try {
      const paper = paperSizeForRegion(app.getLocaleCountryCode());
      return await exportPdf(request, { chooseSavePath, printer, writeFile: writeFileAtomic, paper, signal: controller.signal });
    } finally {
      if (pdfExport === controller) pdfExport = undefined;
    }
  });
  handleGuarded(ipcMain, IPC_CHANNELS.cancelExport, appUrl, async () => {
    pdfExport?.abort();
  });
  handleGuarded(ipcMain, IPC_CHANNELS.saveFile, appUrl, (request) => saveFile(request, { chooseSavePath, writeFile: writeFileAtomic }));

  // Backups, links, files from the OS, Open Recent and the rest of the menu.
  await installDesktopShell(appUrl, () => mainWindow);

  const bounds = await rememberedBounds();
  mainWindow = createMainWindow(bounds);
  app.on('activate', () => {
    // macOS keeps the app running with no window; clicking the dock icon opens one again.
    mainWindow ??= createMainWindow(bounds);
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
