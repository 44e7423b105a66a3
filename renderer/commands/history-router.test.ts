// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CommandRegistry } from './command-registry';
import { HistoryRouter, type UndoableHistory } from './history-router';

function history(name: string, calls: string[], element?: Element, depth = 1): UndoableHistory {
  return {
    ...(element ? { element: () => element } : {}),
    undo: () => calls.push(`${name} undo`),
    redo: () => calls.push(`${name} redo`),
    canUndo: () => depth > 0,
    canRedo: () => false,
    undoLabel: () => (name === 'editor' ? 'typing' : 'add Risk'),
  };
}

describe('HistoryRouter', () => {
  it('sends Undo to the focused editor, and keeps it there when the Undo button takes the focus', () => {
    const commands = new CommandRegistry();
    const router = new HistoryRouter(commands);
    const calls: string[] = [];
    const editor = document.createElement('div');
    const button = document.createElement('button');
    button.setAttribute('data-keeps-history-focus', '');
    const note = document.createElement('textarea');
    document.body.append(editor, button, note);
    router.add(history('annotations', calls));
    router.add(history('editor', calls, editor));

    expect(commands.getStates().undo).toEqual({ enabled: true, label: 'Undo add Risk' });
    router.focusMoved(editor);
    expect(commands.getStates().undo).toEqual({ enabled: true, label: 'Undo typing' });
    router.focusMoved(button);
    commands.execute('undo');
    router.focusMoved(note);
    commands.execute('undo');
    expect(calls).toEqual(['editor undo', 'annotations undo']);
  });

  it('disables Undo and Redo when no history is there or nothing is left to undo', () => {
    const commands = new CommandRegistry();
    const router = new HistoryRouter(commands);
    expect(commands.isEnabled('undo')).toBe(false);
    const remove = router.add(history('annotations', [], undefined, 0));
    expect(commands.isEnabled('undo')).toBe(false);
    expect(commands.isEnabled('redo')).toBe(false);
    remove();
    expect(commands.execute('undo')).toBe(false);
  });
});
