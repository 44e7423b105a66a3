/**
 * Undo and Redo go to the history of what the analyst is working in: the key judgments'
 * own editing history while that editor has (or last had) the focus, the annotations'
 * history otherwise. The Undo and Redo buttons and menu items keep the history of what was
 * focused before them, so clicking Undo while typing undoes the typing; their labels say
 * what they will undo (`Undo add Risk`, `Undo typing`) and they are disabled with nothing to undo.
 */
import type { CommandRegistry } from './command-registry';

/** A history Undo and Redo can go to. */
export interface UndoableHistory {
  /** The element whose focus makes this the history (none for the default history). */
  readonly element?: () => Element | null;
  readonly undo: () => unknown;
  readonly redo: () => unknown;
  readonly canUndo: () => boolean;
  readonly canRedo: () => boolean;
  /** What Undo would undo, in a few lowercase words (`add Risk`, `typing`). */
  readonly undoLabel?: () => string | undefined;
  /** What Redo would redo. */
  readonly redoLabel?: () => string | undefined;
}

/** Marks controls that leave the history where it was when they take the focus. */
export const KEEPS_HISTORY_FOCUS = '[data-keeps-history-focus]';

/** The router: one per window, registering the `undo` and `redo` commands. */
export class HistoryRouter {
  private readonly histories: UndoableHistory[] = [];
  private focused: UndoableHistory | undefined;

  constructor(private readonly commands: CommandRegistry) {
    commands.register('undo', {
      run: () => this.current()?.undo(),
      isEnabled: () => this.current()?.canUndo() ?? false,
      label: () => withStep('Undo', this.current()?.undoLabel?.()),
    });
    commands.register('redo', {
      run: () => this.current()?.redo(),
      isEnabled: () => this.current()?.canRedo() ?? false,
      label: () => withStep('Redo', this.current()?.redoLabel?.()),
    });
  }

  /**
   * Adds a history until the returned disposer is called. One without an element is the
   * default; the newest default wins.
   */
  add(history: UndoableHistory): () => void {
    this.histories.push(history);
    this.changed();
    return () => {
      const index = this.histories.indexOf(history);
      if (index >= 0) this.histories.splice(index, 1);
      if (this.focused === history) this.focused = undefined;
      this.changed();
    };
  }

  /** Says that a history's state changed (something was done, undone or redone). */
  changed(): void {
    this.commands.invalidate();
  }

  /** Follows the focus: call with each `focusin` target. */
  focusMoved(target: EventTarget | null): void {
    if (target instanceof Element && target.closest(KEEPS_HISTORY_FOCUS)) return;
    const next = target instanceof Node ? this.histories.find((h) => h.element?.()?.contains(target)) : undefined;
    if (next === this.focused) return;
    this.focused = next;
    this.changed();
  }

  /** Listens to the focus in `target` (the window); returns the disposer. */
  install(target: Window = window): () => void {
    const onFocusIn = (event: FocusEvent): void => this.focusMoved(event.target);
    target.addEventListener('focusin', onFocusIn);
    return () => target.removeEventListener('focusin', onFocusIn);
  }

  /** The history Undo and Redo go to now. */
  current(): UndoableHistory | undefined {
    return this.focused ?? this.histories.findLast((h) => !h.element);
  }
}

function withStep(verb: string, step: string | undefined): string | undefined {
  return step ? `${verb} ${step}` : undefined;
}
