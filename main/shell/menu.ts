/**
 * The native application menu, as a template built by a plain function so its shape is
 * tested without Electron. App actions (including Undo and Redo, whose history is the app's,
 * not the text field's) are the command list's (`app/platform/app-commands.ts`): their titles
 * and keys come from there, a click sends the command to the UI, and the UI's report of what
 * can run disables the rest. Clipboard, zoom and window items use Electron's roles so they
 * behave natively on each platform.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_SPECS, commandKeys, type AppCommand, type CommandStates } from '../../app/platform/app-commands';
import { electronAccelerator, parseChord } from '../../app/platform/key-chord';

/** What the menu depends on. */
export interface MenuOptions {
  /** `process.platform`: macOS gets the app menu and the Window menu; others a Quit in File. */
  readonly platform: NodeJS.Platform;
  /** The app's name, the title of the macOS app menu. */
  readonly appName: string;
  /** Whether to offer Reload and the developer tools (development builds only). */
  readonly developerTools: boolean;
  /** Delivers a command to the UI of the focused window. */
  readonly sendCommand: (command: AppCommand) => void;
  /**
   * What the UI last reported of its commands: one it reported disabled is greyed out, and
   * Undo and Redo say what they would do. A command not reported yet is enabled.
   */
  readonly commandStates?: CommandStates;
  /** The `.brief` files opened lately, newest first (Windows and Linux show them under Open Recent). */
  readonly recentFiles?: readonly string[];
  /** Opens one of `recentFiles` again. */
  readonly openRecent?: (path: string) => void;
  /**
   * Shows main's own open dialog for a `.brief`, so the file's path is known and joins Open
   * Recent; without it, Open brief… asks the UI's file chooser, which never sees a path.
   */
  readonly openBrief?: () => void;
}

/** The Open Recent submenu: the OS's own list on macOS, else the app's list of `.brief` files. */
function openRecentMenu(options: MenuOptions, mac: boolean): MenuItemConstructorOptions {
  if (mac) return { label: 'Open Recent', role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] };
  const recent = options.recentFiles ?? [];
  return {
    label: 'Open &Recent',
    submenu:
      recent.length === 0
        ? [{ label: 'No recent briefs', enabled: false }]
        : recent.map((path) => ({ label: path.replaceAll('&', '&&'), click: () => options.openRecent?.(path) })),
  };
}

/** The menu template for `Menu.buildFromTemplate`. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  // Windows and Linux reach menus with Alt and the underlined letter; macOS has no mnemonics.
  const title = (text: string): string => (mac ? text : `&${text}`);
  const command = (id: AppCommand): MenuItemConstructorOptions => {
    const spec = COMMAND_SPECS[id];
    const [chord] = commandKeys(id, options.platform);
    const state = options.commandStates?.[id];
    return {
      label: state?.label ?? spec.menu?.title ?? spec.label,
      ...(chord === undefined ? {} : { accelerator: electronAccelerator(parseChord(chord)) }),
      ...(spec.pageHandlesKey ? { registerAccelerator: false } : {}),
      enabled: state?.enabled ?? true,
      click: () => options.sendCommand(id),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: title('File'),
    submenu: [
      command('new-brief'),
      command('add-source'),
      command('import-article'),
      options.openBrief ? { ...command('import-brief'), click: () => options.openBrief?.() } : command('import-brief'),
      openRecentMenu(options, mac),
      separator,
      command('export-brief'),
      command('export-pdf'),
      command('export-word'),
      separator,
      command('back-up-database'),
      command('restore-backup'),
      // macOS quits from the app menu; elsewhere File ends with Quit (Exit on Windows, by role).
      ...(mac ? [] : [separator, { role: 'quit' } as const]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: title('Edit'),
    submenu: [
      command('undo'),
      command('redo'),
      separator,
      // Cut and Paste serve the note fields; on macOS their shortcuts only work through the menu.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: title('View'),
    submenu: [
      command('review'),
      command('toggle-highlights'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(options.developerTools ? [separator, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: title('Help'),
    submenu: [command('keyboard-shortcuts'), ...(mac ? [] : [{ role: 'about' } as const])],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
