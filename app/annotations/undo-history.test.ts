import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { applyToMap, createChanges, editChanges } from './annotation-changes';
import { EMPTY_HISTORY, recordStep, redoStep, undoStep } from './undo-history';

const base: Annotation = {
  id: 'a',
  briefId: 'brief', articleId: 'art',
  tag: 'risk',
  target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } },
  note: '',
  links: [],
  author: 'A',
  createdAt: 't0',
  updatedAt: 't0',
};

describe('undo history', () => {
  it('undoes and redoes a create', () => {
    const history = recordStep(EMPTY_HISTORY, { changes: createChanges(base) });
    const undone = undoStep(history)!;
    expect(applyToMap(new Map([['a', base]]), undone.changes).size).toBe(0);
    const redone = redoStep(undone.history)!;
    expect(applyToMap(new Map(), redone.changes).get('a')).toEqual(base);
    expect(undoStep(redone.history)).toBeDefined();
  });

  it('has nothing to undo or redo when empty', () => {
    expect(undoStep(EMPTY_HISTORY)).toBeUndefined();
    expect(redoStep(EMPTY_HISTORY)).toBeUndefined();
  });

  it('coalesces typing in one note into one step back to the first text', () => {
    let all = new Map([['a', base]]);
    let history = EMPTY_HISTORY;
    for (const note of ['R', 'Ri', 'Risky']) {
      const changes = editChanges(all, 'a', { note }, 't1');
      history = recordStep(history, { changes, coalesceKey: 'note:a' });
      all = applyToMap(all, changes);
    }
    expect(history.done).toHaveLength(1);
    const undone = undoStep(history)!;
    expect(applyToMap(all, undone.changes).get('a')?.note).toBe('');
  });

  it('a new action clears what could be redone', () => {
    const history = undoStep(recordStep(EMPTY_HISTORY, { changes: createChanges(base) }))!.history;
    expect(recordStep(history, { changes: createChanges({ ...base, id: 'b' }) }).undone).toEqual([]);
  });
});
