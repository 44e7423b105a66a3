/**
 * Every command a user can give, named once: its label, where the native menu shows it and
 * the keys that run it. Main builds the menu from this list, the renderer its keyboard
 * handling, its buttons' `aria-keyshortcuts` and the Keyboard shortcuts dialog, so a command's
 * name and keys cannot differ between them. What a command does is the renderer's command
 * registry's business (`renderer/commands/`); a command nothing handles is disabled.
 */
import { z } from 'zod';
import { tagStyle, type Tag } from '../model/tags';

/** Where a command's keys apply: anywhere in the window, only in the article, only in the key judgments. */
export type CommandScope = 'window' | 'article' | 'key-judgments';

/** One command's description. */
export interface CommandSpec {
  /** What the command is called: its button's accessible name and its line in the shortcuts dialog. */
  readonly label: string;
  /** The native menu that lists it and the item's title there (with `…` when it asks for more). */
  readonly menu?: { readonly in: 'file' | 'edit' | 'view' | 'help'; readonly title: string };
  /** Its key chords (see `key-chord.ts`); the first is the one menus show. */
  readonly keys?: readonly string[];
  /** Windows' own chords where they differ (Ctrl+Y redoes there). */
  readonly windowsKeys?: readonly string[];
  /** Where the keys apply; `window` when absent. */
  readonly scope?: CommandScope;
  /** In a text field the key keeps its editing meaning (Ctrl+Z undoes typing there). */
  readonly textFieldsKeepKey?: boolean;
  /** The menu shows the chord but leaves the key to the page (which handles it in text fields too). */
  readonly pageHandlesKey?: boolean;
  /** Never listed in the shortcuts dialog or offered as a button (main's own signals). */
  readonly internal?: boolean;
}

/** The command ids, in the order the shortcuts dialog lists them. */
export const APP_COMMANDS = [
  'tag-guarantee', 'tag-risk', 'tag-precedent', 'delete-annotation',
  'undo', 'redo', 'toggle-highlights', 'bold', 'italic',
  'new-brief', 'add-source', 'import-article', 'import-brief', 'export-brief', 'export-pdf', 'export-word', 'review',
  'back-up-database', 'restore-backup', 'keyboard-shortcuts', 'back-up-before-quit',
] as const;

/** A command id. */
export type AppCommand = (typeof APP_COMMANDS)[number];

/** A tag command: the tag's name, its key, in the article only. */
function tagCommand(tag: Tag): CommandSpec {
  const style = tagStyle(tag);
  return { label: style.label, keys: [style.key.toUpperCase()], scope: 'article' };
}

/** What each command is called, where the menu has it and which keys run it. */
export const COMMAND_SPECS: Readonly<Record<AppCommand, CommandSpec>> = {
  'tag-guarantee': tagCommand('guarantee'),
  'tag-risk': tagCommand('risk'),
  'tag-precedent': tagCommand('precedent'),
  'delete-annotation': { label: 'Delete annotation', keys: ['Delete', 'Backspace'], scope: 'article' },
  undo: { label: 'Undo', menu: { in: 'edit', title: 'Undo' }, keys: ['Mod+Z'], textFieldsKeepKey: true },
  redo: { label: 'Redo', menu: { in: 'edit', title: 'Redo' }, keys: ['Mod+Shift+Z', 'Mod+Y'], windowsKeys: ['Ctrl+Y', 'Mod+Shift+Z'], textFieldsKeepKey: true },
  'toggle-highlights': { label: 'Hide highlights', menu: { in: 'view', title: 'Toggle highlights' }, keys: ['Mod+Shift+H'], pageHandlesKey: true },
  bold: { label: 'Bold', keys: ['Mod+B'], scope: 'key-judgments' },
  italic: { label: 'Italic', keys: ['Mod+I'], scope: 'key-judgments' },
  'new-brief': { label: 'New brief', menu: { in: 'file', title: 'New brief…' }, keys: ['Mod+Shift+N'] },
  'add-source': { label: 'Add source', menu: { in: 'file', title: 'Add source…' } },
  'import-article': { label: 'Import article', menu: { in: 'file', title: 'Import article…' }, keys: ['Mod+O'] },
  'import-brief': { label: 'Import brief', menu: { in: 'file', title: 'Open brief…' }, keys: ['Mod+Shift+O'] },
  'export-brief': { label: 'Export brief', menu: { in: 'file', title: 'Export brief…' }, keys: ['Mod+Shift+S'] },
  'export-pdf': { label: 'Export PDF', menu: { in: 'file', title: 'Export PDF…' }, keys: ['Mod+P'] },
  'export-word': { label: 'Export Word', menu: { in: 'file', title: 'Export Word…' } },
  review: { label: 'Review', menu: { in: 'view', title: 'Review mode' } },
  'back-up-database': { label: 'Back up database', menu: { in: 'file', title: 'Back up database…' } },
  'restore-backup': { label: 'Restore from backup', menu: { in: 'file', title: 'Restore from backup…' } },
  'keyboard-shortcuts': { label: 'Keyboard shortcuts', menu: { in: 'help', title: 'Keyboard shortcuts' }, keys: ['F1', '?'], textFieldsKeepKey: true },
  'back-up-before-quit': { label: 'Back up before quitting', internal: true },
};

/** The command that tags the selection with `tag`. */
export function tagCommandId(tag: Tag): AppCommand {
  return `tag-${tag}`;
}

/** Whether `value` is a command id. */
export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && Object.hasOwn(COMMAND_SPECS, value);
}

/** The chords of `command` on `platform` (`process.platform` or its browser guess). */
export function commandKeys(command: AppCommand, platform: string): readonly string[] {
  const spec = COMMAND_SPECS[command];
  return (platform === 'win32' ? spec.windowsKeys : undefined) ?? spec.keys ?? [];
}

/** Whether a command can run now, and its label when that changes (`Undo add Risk`). */
export interface CommandState {
  readonly enabled: boolean;
  readonly label?: string;
}

/** The state of every command the renderer knows, as it tells main for the native menu. */
export type CommandStates = Readonly<Partial<Record<AppCommand, CommandState>>>;

/** The renderer's report of its commands' states: ids of the list, short labels, nothing else. */
export const commandStatesSchema = z.partialRecord(
  z.enum(APP_COMMANDS),
  z.object({ enabled: z.boolean(), label: z.string().min(1).max(120).optional() }).strict(),
);
