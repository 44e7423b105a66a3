/**
 * The undo history of annotation actions: a stack of change sets and a redo stack. Pure:
 * every operation returns a new history. Consecutive edits of one field of one annotation
 * (typing a note) coalesce into one step, as a text editor groups typing.
 */
import { invertChanges, type ChangeSet } from './annotation-changes';

/** A brief's sources (article ids, in order) before and after a step that changed them. */
export interface SourcesChange {
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** One undoable step: its changes, and a key that lets later steps with the same key merge in. */
export interface HistoryStep {
  readonly changes: ChangeSet;
  readonly coalesceKey?: string;
  /** What the step did, when its changes alone cannot say it (`merge bob.brief`, `remove source`). */
  readonly label?: string;
  /** The brief's sources, when the step added, removed or reordered them. */
  readonly sources?: SourcesChange;
}

/** What an undo or redo applies: the annotation changes, and the sources to go back or forward to. */
export interface HistoryTravel {
  readonly changes: ChangeSet;
  /** The brief's sources after the travel, when the step changed them. */
  readonly sources?: readonly string[];
  readonly history: UndoHistory;
}

/** `step` without its coalescing key: how it is kept once undone or redone. */
function kept(step: HistoryStep): HistoryStep {
  return { changes: step.changes, ...(step.label ? { label: step.label } : {}), ...(step.sources ? { sources: step.sources } : {}) };
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
  if (step.changes.length === 0 && !step.sources) return history;
  const last = history.done.at(-1);
  if (step.coalesceKey !== undefined && last?.coalesceKey === step.coalesceKey && !step.sources && !last.sources) {
    const merged: HistoryStep = {
      coalesceKey: step.coalesceKey,
      changes: last.changes.map((change, i) => ({ before: change.before, after: step.changes[i]?.after ?? change.after })),
    };
    return { done: [...history.done.slice(0, -1), merged], undone: [] };
  }
  return { done: [...history.done, step].slice(-HISTORY_DEPTH), undone: [] };
}

/** What to apply for an undo and the history after it, or undefined with nothing to undo. */
export function undoStep(history: UndoHistory): HistoryTravel | undefined {
  const last = history.done.at(-1);
  if (!last) return undefined;
  return {
    changes: invertChanges(last.changes),
    ...(last.sources ? { sources: last.sources.before } : {}),
    history: { done: history.done.slice(0, -1), undone: [...history.undone, kept(last)] },
  };
}

/** What to apply for a redo and the history after it, or undefined with nothing to redo. */
export function redoStep(history: UndoHistory): HistoryTravel | undefined {
  const next = history.undone.at(-1);
  if (!next) return undefined;
  return {
    changes: next.changes,
    ...(next.sources ? { sources: next.sources.after } : {}),
    history: { done: [...history.done, kept(next)], undone: history.undone.slice(0, -1) },
  };
}
