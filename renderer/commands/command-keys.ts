/**
 * The keys of the command list, answered from the registry: which command a key event in a
 * scope gives, the window's key handler, and each command's `aria-keyshortcuts`.
 */
import { APP_COMMANDS, COMMAND_SPECS, commandKeys, type AppCommand, type CommandScope } from '../../app/platform/app-commands';
import { ariaKeyShortcut, chordMatches, parseChord, type KeyChord, type KeyEventLike } from '../../app/platform/key-chord';
import { osPlatform } from '../platform/os';
import { inTextField } from '../ui/text-field';
import type { CommandRegistry } from './command-registry';

/** The chords of every command on this platform, parsed once. */
const chordsByCommand = (platform: string): ReadonlyMap<AppCommand, readonly KeyChord[]> =>
  new Map(APP_COMMANDS.map((command) => [command, commandKeys(command, platform).map(parseChord)]));

const PLATFORM = osPlatform();
const MAC = PLATFORM === 'darwin';
const CHORDS = chordsByCommand(PLATFORM);

/**
 * The command `event` gives in `scope`, if any. A command whose key keeps its editing meaning
 * in text fields is not given from one.
 */
export function commandForKey(event: KeyEventLike & { readonly target: EventTarget | null }, scope: CommandScope): AppCommand | undefined {
  for (const command of APP_COMMANDS) {
    const spec = COMMAND_SPECS[command];
    if ((spec.scope ?? 'window') !== scope) continue;
    if (!CHORDS.get(command)?.some((chord) => chordMatches(chord, event, MAC))) continue;
    if (spec.textFieldsKeepKey && inTextField(event.target)) continue;
    return command;
  }
  return undefined;
}

/** The `aria-keyshortcuts` value of a command's keys on this platform, or undefined for none. */
export function ariaKeysOf(command: AppCommand): string | undefined {
  const chords = CHORDS.get(command) ?? [];
  return chords.length > 0 ? chords.map((chord) => ariaKeyShortcut(chord, MAC)).join(' ') : undefined;
}

/**
 * Runs the window-scope command of each key pressed in `target` (the window); returns the
 * disposer. A key already handled below is not a reason to skip it: ProseMirror cancels Mod-Z
 * in the article to keep the browser's own undo out, and the app's Undo must still run. Text
 * fields keep their editing keys through `textFieldsKeepKey` instead.
 */
export function installCommandKeys(registry: CommandRegistry, target: Window = window): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    const command = commandForKey(event, 'window');
    if (command && registry.execute(command)) event.preventDefault();
  };
  target.addEventListener('keydown', onKeyDown);
  return () => target.removeEventListener('keydown', onKeyDown);
}
