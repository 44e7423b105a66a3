/**
 * The desktop shell's Electron wiring: backups in userData/backups, links to the system browser,
 * `.brief` files from the OS (arguments, macOS open-file, a second launch), Open Recent, the
 * remembered window bounds and the backup on quit. Thin glue over the plain modules it imports,
 * each tested in Node; main/index.ts calls it.
 */
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, shell, type BrowserWindowConstructorOptions } from 'electron';
import { MAX_BACKUP_LENGTH, type OpenedFile } from '../../app/platform/desktop-contract';
import type { CommandStates } from '../../app/platform/app-commands';
import { IPC_CHANNELS } from '../../app/platform/ipc-contract';
import { writeFileAtomic } from '../../node/atomic-write';
import { accountName } from './account-name';
import { listBackups, readBackup, readLimitedText, saveBackup } from '../files/backup-store';
import { handleGuarded } from '../ipc/ipc-registry';
import { buildMenuTemplate } from './menu';
import { leadingArgs, OpenFileQueue, pathsFromArgv, readOpenedFile, routeOpenedPath } from './open-file-args';
import { createQuitBackup, type QuitBackup } from './quit-backup';
import { addRecentFile, loadRecentFiles } from './recent-files';
import { fitToDisplays, loadWindowState, serializeWindowState, type WindowState } from '../window/window-state';
import { errorMessage } from '../../app/model/error-message';

/** How long quitting waits for the renderer's last backup. */
const QUIT_BACKUP_TIMEOUT_MS = 10_000;

const backupsFolder = (): string => join(app.getPath('userData'), 'backups');
const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json');
const recentFilesPath = (): string => join(app.getPath('userData'), 'recent-files.json');

/** Files (or refusals) for the window, queued until its page has loaded. */
type Delivery = { readonly file: OpenedFile } | { readonly error: string };
const deliveries = new OpenFileQueue<Delivery>();

/** Reads a path the OS handed over and queues it for the window, remembering it as recent. */
async function openPath(path: string): Promise<void> {
  const route = routeOpenedPath(path);
  if (route.kind === 'unsupported') {
    deliveries.push({ error: route.reason });
    return;
  }
  try {
    deliveries.push({ file: await readOpenedFile(path) });
    await rememberRecent(path);
  } catch (error) {
    deliveries.push({ error: `The file could not be opened: ${errorMessage(error)}` });
  }
}

let recentFiles: string[] = [];
/** What the window's UI last reported of its commands, for the menu's enabled items and labels. */
let commandStates: CommandStates = {};
/** The backup-on-quit coordinator, once installed. */
let quitBackup: QuitBackup | undefined;
let rebuildMenu: () => void = () => {};

/** File › Open brief…: main's open dialog, then the same path as a file the OS opened. */
async function chooseBrief(window: BrowserWindow | undefined): Promise<void> {
  const options: Electron.OpenDialogOptions = {
    title: 'Open brief',
    filters: [{ name: 'Briefing Desk brief', extensions: ['brief'] }],
    properties: ['openFile'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [path] = result.filePaths;
  if (!result.canceled && path !== undefined) await openPath(path);
}

async function rememberRecent(path: string): Promise<void> {
  recentFiles = addRecentFile(recentFiles, path);
  app.addRecentDocument(path);
  await writeFileAtomic(recentFilesPath(), new TextEncoder().encode(JSON.stringify(recentFiles)));
  rebuildMenu();
}

/**
 * Makes this the only running instance: a second launch hands its arguments (a `.brief` the
 * user double-clicked) to the first and quits. Returns false in the second instance. Call
 * before `ready`; also starts listening for macOS's open-file, which can come before `ready`.
 */
export function claimSingleInstance(getWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, commandLine, workingDirectory) => {
    for (const path of pathsFromArgv(commandLine, leadingArgs(app.isPackaged), workingDirectory)) void openPath(path);
    const window = getWindow();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openPath(path);
  });
  for (const path of pathsFromArgv(process.argv, leadingArgs(app.isPackaged), process.cwd())) void openPath(path);
  return true;
}

/** The window's remembered bounds, fitted to the connected displays (defaults when none). */
export async function rememberedBounds(): Promise<Pick<BrowserWindowConstructorOptions, 'x' | 'y' | 'width' | 'height'> & { maximized: boolean }> {
  const saved = await loadWindowState(windowStatePath());
  if (saved === undefined) return { width: 1280, height: 860, maximized: false };
  const fitted = fitToDisplays(saved, screen.getAllDisplays().map((display) => display.workArea));
  return { x: fitted.x, y: fitted.y, width: fitted.width, height: fitted.height, maximized: fitted.maximized };
}

/** Saves the window's bounds when it closes; files wait while its page (re)loads. */
export function trackWindow(window: BrowserWindow): void {
  window.on('close', (event) => {
    // Closing the last window quits on Windows and Linux, by which time the page is gone: the
    // backup is asked for here, while it can still answer. (macOS keeps running; its Quit
    // goes through before-quit with the window still open.)
    if (process.platform !== 'darwin' && quitBackup?.beforeQuit()) {
      event.preventDefault();
      return;
    }
    const bounds = window.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: window.isMaximized() };
    // Synchronous-looking but awaited by nobody: losing the size on a crash is harmless.
    void writeFileAtomic(windowStatePath(), new TextEncoder().encode(serializeWindowState(state))).catch(() => {});
  });
  // A page that is loading has no listener yet: files wait for its openFileReady.
  window.webContents.on('did-start-loading', () => deliveries.detach());
  window.on('closed', () => deliveries.detach());
}

/** Registers the backup and link handlers, the menu with Open Recent, and the backup on quit. */
export async function installDesktopShell(appUrl: string, getWindow: () => BrowserWindow | undefined): Promise<void> {
  const coordinator = createQuitBackup({
    requestBackup: () => {
      const window = getWindow();
      if (window === undefined || window.webContents.isLoading()) return false;
      window.webContents.send(IPC_CHANNELS.command, 'back-up-before-quit');
      return true;
    },
    quit: () => app.quit(),
    timeoutMs: QUIT_BACKUP_TIMEOUT_MS,
  });
  quitBackup = coordinator;
  app.on('before-quit', (event) => {
    if (coordinator.beforeQuit()) event.preventDefault();
  });

  handleGuarded(ipcMain, IPC_CHANNELS.saveBackup, appUrl, async (request) => {
    try {
      return await saveBackup(request, { folder: backupsFolder(), writeFile: writeFileAtomic });
    } finally {
      if (request.reason === 'quit') coordinator.quitBackupFinished();
    }
  });
  handleGuarded(ipcMain, IPC_CHANNELS.skipQuitBackup, appUrl, async () => coordinator.quitBackupFinished());
  handleGuarded(ipcMain, IPC_CHANNELS.listBackups, appUrl, () => listBackups(backupsFolder()));
  handleGuarded(ipcMain, IPC_CHANNELS.readBackup, appUrl, (request) => readBackup(backupsFolder(), request.name));
  handleGuarded(ipcMain, IPC_CHANNELS.chooseBackup, appUrl, async () => {
    const window = getWindow();
    const options: Electron.OpenDialogOptions = {
      title: 'Restore from backup',
      defaultPath: backupsFolder(),
      filters: [{ name: 'Briefing Desk backup', extensions: ['bdbackup'] }],
      properties: ['openFile'],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const [path] = result.filePaths;
    if (result.canceled || path === undefined) return null;
    const name = path.slice(dirname(path).length + 1);
    return { name, text: await readLimitedText(path, MAX_BACKUP_LENGTH, `The backup ${name}`) };
  });
  handleGuarded(ipcMain, IPC_CHANNELS.openFileReady, appUrl, async () => {
    const window = getWindow();
    if (window === undefined) return;
    deliveries.attach((delivery) => {
      if ('file' in delivery) window.webContents.send(IPC_CHANNELS.openFile, delivery.file);
      else void dialog.showMessageBox(window, { type: 'warning', message: delivery.error });
    });
  });
  handleGuarded(ipcMain, IPC_CHANNELS.commandStates, appUrl, async (states) => {
    commandStates = states;
    rebuildMenu();
  });
  handleGuarded(ipcMain, IPC_CHANNELS.osAccountName, appUrl, async () => accountName(userInfo));
  handleGuarded(ipcMain, IPC_CHANNELS.openExternal, appUrl, async (request) => {
    // The schema let only an http(s) URL through; the renderer calls this from a click on a source link.
    await shell.openExternal(request.url);
  });

  recentFiles = await loadRecentFiles(recentFilesPath());
  rebuildMenu = () => {
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: app.name,
      developerTools: !app.isPackaged,
      sendCommand: (command) => (BrowserWindow.getFocusedWindow() ?? getWindow())?.webContents.send(IPC_CHANNELS.command, command),
      recentFiles,
      commandStates,
      openRecent: (path) => void openPath(path),
      openBrief: () => void chooseBrief(getWindow()),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  rebuildMenu();
}
