import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { articleToDoc } from '../../app/article-doc';
import { annotationDecorations, annotationDecorationsKey, changeHighlights, highlightsAt, mergeHighlightChanges } from './annotation-decorations';

const doc = articleToDoc([
  { type: 'heading', text: 'Title' },
  { type: 'paragraph', text: 'Guarantees and risks overlap here.' },
]);

function stateWith(...ids: Array<[string, number, number]>) {
  return EditorState.create({
    doc,
    plugins: [annotationDecorations(ids.map(([id, from, to]) => ({ id, tag: 'risk' as const, from, to, quote: doc.textBetween(from, to) })))],
  });
}

describe('annotationDecorations', () => {
  it('draws the initial highlights with their id and tag', () => {
    const state = stateWith(['a', 9, 19]);
    const found = annotationDecorationsKey.getState(state)!.find();
    expect(found).toHaveLength(1);
    expect(found[0]!.from).toBe(9);
    expect((found[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({
      'data-annotation-id': 'a',
      'data-tag': 'risk',
      'aria-description': 'Risk highlight: uarantees ',
    });
  });

  it('adds a highlight without rebuilding the others', () => {
    const state = stateWith(['a', 9, 19], ['b', 20, 25]);
    const before = annotationDecorationsKey.getState(state)!.find();
    const next = state.apply(changeHighlights(state.tr, { remove: [], add: [{ id: 'c', tag: 'guarantee', from: 12, to: 30, quote: 'q' }] }));
    const after = annotationDecorationsKey.getState(next)!.find();
    expect(after).toHaveLength(3);
    // The same spec objects survive: the old decorations were kept, not made again.
    const specs = after.map((d) => d.spec);
    for (const old of before) expect(specs).toContain(old.spec);
  });

  it('keeps overlapping highlights both findable, innermost first', () => {
    const state = stateWith(['outer', 9, 30], ['inner', 12, 16]);
    expect(highlightsAt(state, 13)).toEqual(['inner', 'outer']);
    expect(highlightsAt(state, 20)).toEqual(['outer']);
    expect(highlightsAt(state, 2)).toEqual([]);
  });

  it('removes highlights by annotation id', () => {
    const state = stateWith(['a', 9, 19], ['b', 20, 25]);
    const next = state.apply(changeHighlights(state.tr, { remove: ['a'], add: [] }));
    expect(annotationDecorationsKey.getState(next)!.find().map((d) => (d.spec as { id: string }).id)).toEqual(['b']);
  });

  it('maps highlights through document changes', () => {
    const state = stateWith(['a', 9, 19]);
    const next = state.apply(state.tr.insertText('New ', 9));
    const [moved] = annotationDecorationsKey.getState(next)!.find();
    expect([moved!.from, moved!.to]).toEqual([13, 23]);
  });

  it('a merged change draws what the two changes in a row would', () => {
    const state = stateWith(['a', 9, 19], ['b', 20, 25]);
    const highlight = (id: string, from: number, to: number) => ({ id, tag: 'guarantee' as const, from, to, quote: doc.textBetween(from, to) });
    const first = { remove: ['a'], add: [highlight('a', 9, 14), highlight('c', 2, 6)] };
    const second = { remove: ['a', 'b'], add: [highlight('a', 15, 19)] };
    const ids = (s: typeof state) => annotationDecorationsKey.getState(s)!.find().map((d) => [(d.spec as { id: string }).id, d.from, d.to]);
    const inTurn = state.apply(changeHighlights(state.tr, first));
    const expected = ids(inTurn.apply(changeHighlights(inTurn.tr, second)));
    expect(ids(state.apply(changeHighlights(state.tr, mergeHighlightChanges(first, second))))).toEqual(expected);
    expect(expected).toEqual([['c', 2, 6], ['a', 15, 19]]);
  });
});
