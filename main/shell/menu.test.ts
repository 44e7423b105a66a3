import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../app/platform/app-commands';
import { buildMenuTemplate, type MenuOptions } from './menu';

/** The template for `platform`, and the commands its items sent. */
function menuFor(platform: NodeJS.Platform, developerTools = false, recentFiles: readonly string[] = []) {
  const sent: AppCommand[] = [];
  const opened: string[] = [];
  const options: MenuOptions = {
    platform,
    appName: 'Briefing Desk',
    developerTools,
    sendCommand: (command) => sent.push(command),
    recentFiles,
    openRecent: (path) => opened.push(path),
  };
  return { template: buildMenuTemplate(options), sent, opened };
}

/** The submenu items of `menu`. */
function itemsOf(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = menu?.submenu;
  if (!Array.isArray(submenu)) throw new Error(`menu ${menu?.label ?? menu?.role} has no submenu`);
  return submenu as MenuItemConstructorOptions[];
}

/** Every item of every menu in `template` (role-built menus such as macOS's Window have none). */
function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => (menu.submenu === undefined ? [] : itemsOf(menu)));
}

/** The item labelled `label` anywhere in `template`. */
function findItem(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = allItems(template).find((candidate) => candidate.label === label);
  if (item === undefined) throw new Error(`no menu item ${label}`);
  return item;
}

/** Runs an item's click handler as Electron would. */
function click(item: MenuItemConstructorOptions): void {
  const handler = item.click as (() => void) | undefined;
  if (handler === undefined) throw new Error(`${item.label} has no click handler`);
  handler();
}

describe('buildMenuTemplate', () => {
  it('gives Windows and Linux File, Edit, View and Help, with mnemonics and Quit in File', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template } = menuFor(platform);
      expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
      expect(itemsOf(template[0]).at(-1)).toEqual({ role: 'quit' });
      expect(itemsOf(template[3]).map((item) => item.label ?? item.role)).toEqual(['Keyboard shortcuts', 'about']);
    }
  });

  it('gives macOS the app menu (About, Quit) and the Window menu, and no Quit in File', () => {
    const { template } = menuFor('darwin');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['Briefing Desk', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    const appItems = itemsOf(template[0]).map((item) => item.role);
    expect(appItems).toContain('about');
    expect(appItems.at(-1)).toBe('quit');
    expect(itemsOf(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('sends each File and View item\'s app command to the UI, with its accelerator', () => {
    const { template, sent } = menuFor('linux');
    const expected: [string, AppCommand, string | undefined][] = [
      ['New brief…', 'new-brief', 'CmdOrCtrl+Shift+N'],
      ['Add source…', 'add-source', undefined],
      ['Import article…', 'import-article', 'CmdOrCtrl+O'],
      ['Open brief…', 'import-brief', 'CmdOrCtrl+Shift+O'],
      ['Export brief…', 'export-brief', 'CmdOrCtrl+Shift+S'],
      ['Export PDF…', 'export-pdf', 'CmdOrCtrl+P'],
      ['Export Word…', 'export-word', undefined],
      ['Back up database…', 'back-up-database', undefined],
      ['Restore from backup…', 'restore-backup', undefined],
      ['Review mode', 'review', undefined],
      ['Toggle highlights', 'toggle-highlights', 'CmdOrCtrl+Shift+H'],
      ['Keyboard shortcuts', 'keyboard-shortcuts', 'F1'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = findItem(template, label);
      expect(item.accelerator, label).toBe(accelerator);
      click(item);
      expect(sent.at(-1), label).toBe(command);
    }
  });

  it('makes Undo and Redo app commands, not the text-field roles', () => {
    const { template, sent } = menuFor('darwin');
    const undo = findItem(template, 'Undo');
    const redo = findItem(template, 'Redo');
    expect([undo.role, redo.role]).toEqual([undefined, undefined]);
    expect([undo.accelerator, redo.accelerator]).toEqual(['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z']);
    click(undo);
    click(redo);
    expect(sent).toEqual(['undo', 'redo']);
    const roles = allItems(template).map((item) => item.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
    expect(roles).toEqual(expect.arrayContaining(['copy', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('offers Reload and the developer tools only when asked', () => {
    const roles = (developerTools: boolean) => allItems(menuFor('linux', developerTools).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('lists File in the order of the issues: new brief, add source, import, open, recent, export, backups, quit', () => {
    const labels = itemsOf(menuFor('linux').template[0]).map((item) => item.label ?? item.role ?? item.type);
    expect(labels).toEqual(['New brief…', 'Add source…', 'Import article…', 'Open brief…', 'Open &Recent', 'separator', 'Export brief…', 'Export PDF…', 'Export Word…', 'separator', 'Back up database…', 'Restore from backup…', 'separator', 'quit']);
  });

  it('follows each platform\'s Redo shortcut: Ctrl+Y on Windows, Shift+Z elsewhere', () => {
    expect(findItem(menuFor('win32').template, 'Redo').accelerator).toBe('Ctrl+Y');
    expect(findItem(menuFor('linux').template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(findItem(menuFor('darwin').template, 'Redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('shows the shortcut of Toggle highlights without registering it (the page handles the key)', () => {
    expect(findItem(menuFor('linux').template, 'Toggle highlights').registerAccelerator).toBe(false);
  });

  it('lists recent briefs on Windows and Linux, reopening the one clicked, and the OS list on macOS', () => {
    const { template, opened } = menuFor('linux', false, ['/home/ada/Team & co.brief', '/home/ada/b.brief']);
    const recent = itemsOf(findItem(template, 'Open &Recent'));
    expect(recent.map((item) => item.label)).toEqual(['/home/ada/Team && co.brief', '/home/ada/b.brief']);
    click(recent[1]!);
    expect(opened).toEqual(['/home/ada/b.brief']);
    expect(itemsOf(findItem(menuFor('linux').template, 'Open &Recent'))).toEqual([{ label: 'No recent briefs', enabled: false }]);
    expect(findItem(menuFor('darwin').template, 'Open Recent').role).toBe('recentDocuments');
  });

  it('opens a brief through main\'s own dialog when given one, so the file can join Open Recent', () => {
    let asked = 0;
    const sent: AppCommand[] = [];
    const template = buildMenuTemplate({ platform: 'linux', appName: 'Briefing Desk', developerTools: false, sendCommand: (c) => sent.push(c), openBrief: () => asked++ });
    const item = findItem(template, 'Open brief…');
    click(item);
    expect(asked).toBe(1);
    expect(sent).toEqual([]);
    expect(item.accelerator).toBe('CmdOrCtrl+Shift+O');
  });

  it('greys out what the UI reports it cannot run, and names the step Undo would take', () => {
    const template = buildMenuTemplate({
      platform: 'linux',
      appName: 'Briefing Desk',
      developerTools: false,
      sendCommand: () => {},
      commandStates: { undo: { enabled: true, label: 'Undo add Risk' }, redo: { enabled: false }, 'export-pdf': { enabled: false } },
    });
    const undo = findItem(template, 'Undo add Risk');
    expect(undo.enabled).toBe(true);
    expect(undo.accelerator).toBe('CmdOrCtrl+Z');
    expect(findItem(template, 'Redo').enabled).toBe(false);
    expect(findItem(template, 'Export PDF…').enabled).toBe(false);
    expect(findItem(template, 'Export brief…').enabled).toBe(true);
  });
});
