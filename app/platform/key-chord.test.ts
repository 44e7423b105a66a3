import { describe, expect, it } from 'vitest';
import { ariaKeyShortcut, chordMatches, displayChord, electronAccelerator, parseChord, prosemirrorKey } from './key-chord';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('key chords', () => {
  it('turn Mod into Cmd on a Mac and Ctrl elsewhere, in every form', () => {
    const redo = parseChord('Mod+Shift+Z');
    expect(electronAccelerator(redo)).toBe('CmdOrCtrl+Shift+Z');
    expect(ariaKeyShortcut(redo, false)).toBe('Control+Shift+Z');
    expect(ariaKeyShortcut(redo, true)).toBe('Meta+Shift+Z');
    expect(displayChord(redo, false)).toBe('Ctrl+Shift+Z');
    expect(displayChord(redo, true)).toBe('⇧⌘Z');
    expect(prosemirrorKey(redo)).toBe('Mod-Shift-z');
  });

  it('match key events with exactly their modifiers', () => {
    const undo = parseChord('Mod+Z');
    expect(chordMatches(undo, key('z', { ctrlKey: true }), false)).toBe(true);
    expect(chordMatches(undo, key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(chordMatches(undo, key('z', { metaKey: true }), true)).toBe(true);
    expect(chordMatches(undo, key('z', { ctrlKey: true }), true)).toBe(false);
    expect(chordMatches(undo, key('z'), false)).toBe(false);
    expect(chordMatches(parseChord('G'), key('g'), false)).toBe(true);
    expect(chordMatches(parseChord('G'), key('G', { shiftKey: true }), false)).toBe(false);
  });

  it('leave Shift to the character for keys like ?', () => {
    expect(chordMatches(parseChord('?'), key('?', { shiftKey: true }), false)).toBe(true);
    expect(chordMatches(parseChord('F1'), key('F1'), false)).toBe(true);
    expect(chordMatches(parseChord('F1'), key('F1', { shiftKey: true }), false)).toBe(false);
  });

  it('refuse a chord without a key or with an unknown modifier', () => {
    expect(() => parseChord('Mod+')).toThrow(RangeError);
    expect(() => parseChord('Hyper+Z')).toThrow(RangeError);
  });
});
