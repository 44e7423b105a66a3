/**
 * Key chords written once, as `Mod+Shift+Z`, `F1`, `G` or `?`, and turned into each form a
 * platform needs: an Electron menu accelerator, an `aria-keyshortcuts` value, the text the
 * Keyboard shortcuts dialog shows, and a test of a key event. `Mod` is Cmd on macOS and Ctrl
 * elsewhere; `Ctrl` is Ctrl everywhere.
 */

/** A parsed chord. */
export interface KeyChord {
  /** The key as `KeyboardEvent.key` names it, lowercase for letters (`z`, `F1`, `?`, `Delete`). */
  readonly key: string;
  readonly mod: boolean;
  readonly ctrl: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

/** The fields of a key event a chord is tested against (`KeyboardEvent` has them). */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

const MODIFIERS = ['Mod', 'Ctrl', 'Shift', 'Alt'] as const;

/** Parses `Mod+Shift+Z`; a chord with no key or an unknown modifier is a `RangeError`. */
export function parseChord(text: string): KeyChord {
  const parts = text.split('+');
  const key = parts.pop();
  if (!key) throw new RangeError(`A key chord needs a key: "${text}"`);
  for (const part of parts) {
    if (!(MODIFIERS as readonly string[]).includes(part)) throw new RangeError(`Unknown modifier "${part}" in "${text}"`);
  }
  return {
    key: key.length === 1 ? key.toLowerCase() : key,
    mod: parts.includes('Mod'),
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
  };
}

/** Whether the key is a letter, whose Shift is part of the chord (for `?`, Shift only makes the character). */
function isLetter(key: string): boolean {
  return key.length === 1 && key.toLowerCase() !== key.toUpperCase();
}

/** Whether `event` is `chord` on a Mac (`mac`) or elsewhere. */
export function chordMatches(chord: KeyChord, event: KeyEventLike, mac: boolean): boolean {
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key !== chord.key) return false;
  const wantCtrl = chord.ctrl || (chord.mod && !mac);
  const wantMeta = chord.mod && mac;
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== chord.alt) return false;
  return isLetter(chord.key) || chord.key.length > 1 ? event.shiftKey === chord.shift : true;
}

/** The chord as an Electron accelerator (`CmdOrCtrl+Shift+Z`). */
export function electronAccelerator(chord: KeyChord): string {
  return [chord.mod && 'CmdOrCtrl', chord.ctrl && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', chord.key.length === 1 ? chord.key.toUpperCase() : chord.key]
    .filter(Boolean)
    .join('+');
}

/** The chord as an `aria-keyshortcuts` value (`Control+Shift+Z`, `Meta+Shift+Z` on a Mac). */
export function ariaKeyShortcut(chord: KeyChord, mac: boolean): string {
  return [(chord.ctrl || (chord.mod && !mac)) && 'Control', chord.mod && mac && 'Meta', chord.alt && 'Alt', chord.shift && 'Shift', chord.key.length === 1 ? chord.key.toUpperCase() : chord.key]
    .filter(Boolean)
    .join('+');
}

/** The chord as people read it (`Ctrl+Shift+Z`; `⌘⇧Z` on a Mac). */
export function displayChord(chord: KeyChord, mac: boolean): string {
  const key = chord.key.length === 1 ? chord.key.toUpperCase() : chord.key;
  if (mac) return [chord.ctrl && '⌃', chord.alt && '⌥', chord.shift && '⇧', chord.mod && '⌘', key].filter(Boolean).join('');
  return [(chord.mod || chord.ctrl) && 'Ctrl', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The chord as a `prosemirror-keymap` key name (`Shift-Mod-z`). */
export function prosemirrorKey(chord: KeyChord): string {
  return [chord.alt && 'Alt-', chord.ctrl && 'Ctrl-', chord.mod && 'Mod-', chord.shift && 'Shift-', chord.key].filter(Boolean).join('');
}
