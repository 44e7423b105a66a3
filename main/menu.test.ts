import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../app/ipc-contract';
import { buildMenuTemplate, type MenuOptions } from './menu';

/** The template for `platform`, and the commands its items sent. */
function menuFor(platform: NodeJS.Platform, developerTools = false) {
  const sent: AppCommand[] = [];
  const options: MenuOptions = { platform, appName: 'Briefing Desk', developerTools, sendCommand: (command) => sent.push(command) };
  return { template: buildMenuTemplate(options), sent };
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
      expect(itemsOf(template[3])).toEqual([{ role: 'about' }]);
    }
  });

  it('gives macOS the app menu (About, Quit) and the Window menu, and no Quit in File', () => {
    const { template } = menuFor('darwin');
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual(['Briefing Desk', 'File', 'Edit', 'View', 'windowMenu']);
    const appItems = itemsOf(template[0]).map((item) => item.role);
    expect(appItems).toContain('about');
    expect(appItems.at(-1)).toBe('quit');
    expect(itemsOf(template[1]).some((item) => item.role === 'quit')).toBe(false);
  });

  it('sends each File and View item\'s app command to the UI, with its accelerator', () => {
    const { template, sent } = menuFor('linux');
    const expected: [string, AppCommand, string | undefined][] = [
      ['Import article…', 'import-article', 'CmdOrCtrl+O'],
      ['Import brief…', 'import-brief', 'CmdOrCtrl+Shift+O'],
      ['Export brief…', 'export-brief', 'CmdOrCtrl+Shift+S'],
      ['Export PDF…', 'export-pdf', 'CmdOrCtrl+P'],
      ['Review', 'review', undefined],
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
});
