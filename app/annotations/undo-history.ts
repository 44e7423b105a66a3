/**
 * The undo history of annotation actions: a stack of change sets and a redo stack. Pure:
 * every operation returns a new history. Consecutive edits of one field of one annotation
 * (typing a note) coalesce into one step, as a text editor groups typing.
 */
import { invertChanges, type ChangeSet } from './annotation-changes';

/** One undoable step: its changes, and a key that lets later steps with the same key merge in. */
export interface HistoryStep {
  readonly changes: ChangeSet;
  readonly coalesceKey?: string;
  /** What the step did, when its changes alone cannot say it (`merge bob.brief`). */
  readonly label?: string;
}

/** Undo and redo stacks, newest last. */
export interface UndoHistory {
  readonly done: readonly HistoryStep[];
  readonly undone: readonly HistoryStep[];
}

/** How many steps are kept; older ones fall off. */
export const HISTORY_DEPTH = 500;

/** An empty history. */
export const EMPTY_HISTORY: UndoHistory = { done: [], undone: [] };

/**
 * The history after a new action. A step whose coalesceKey equals the last step's merges
 * into it: the merged step goes from the first step's before to this step's after.
 */
export function recordStep(history: UndoHistory, step: HistoryStep): UndoHistory {
  if (step.changes.length === 0) return history;
  const last = history.done.at(-1);
  if (step.coalesceKey !== undefined && last?.coalesceKey === step.coalesceKey) {
    const merged: HistoryStep = {
      coalesceKey: step.coalesceKey,
      changes: last.changes.map((change, i) => ({ before: change.before, after: step.changes[i]?.after ?? change.after })),
    };
    return { done: [...history.done.slice(0, -1), merged], undone: [] };
  }
  return { done: [...history.done, step].slice(-HISTORY_DEPTH), undone: [] };
}

/** The changes to apply for an undo and the history after it, or undefined with nothing to undo. */
export function undoStep(history: UndoHistory): { changes: ChangeSet; history: UndoHistory } | undefined {
  const last = history.done.at(-1);
  if (!last) return undefined;
  return {
    changes: invertChanges(last.changes),
    history: { done: history.done.slice(0, -1), undone: [...history.undone, { changes: last.changes, ...(last.label ? { label: last.label } : {}) }] },
  };
}

/** The changes to apply for a redo and the history after it, or undefined with nothing to redo. */
export function redoStep(history: UndoHistory): { changes: ChangeSet; history: UndoHistory } | undefined {
  const next = history.undone.at(-1);
  if (!next) return undefined;
  return {
    changes: next.changes,
    history: { done: [...history.done, { changes: next.changes, ...(next.label ? { label: next.label } : {}) }], undone: history.undone.slice(0, -1) },
  };
}
