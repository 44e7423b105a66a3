import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { articleToDoc } from '../../../app/anchoring/article-doc';
import { annotationDecorations, annotationDecorationsKey, changeHighlights, drawAround, drawWindow, highlightsAt, mergeHighlightChanges, type Highlight } from './annotation-decorations';
import { OPENING_WINDOW } from './drawn-window';

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
    const found = annotationDecorationsKey.getState(state)!.all.find();
    expect(found).toHaveLength(1);
    expect(found[0]!.from).toBe(9);
    expect((found[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({
      'data-annotation-id': 'a',
      'data-tag': 'risk',
      'aria-description': 'Risk highlight: Guarantees',
    });
  });

  it('adds a highlight without rebuilding the others', () => {
    const state = stateWith(['a', 9, 19], ['b', 20, 25]);
    const before = annotationDecorationsKey.getState(state)!.all.find();
    const next = state.apply(changeHighlights(state.tr, { remove: [], add: [{ id: 'c', tag: 'guarantee', from: 12, to: 30, quote: 'q' }] }));
    const after = annotationDecorationsKey.getState(next)!.all.find();
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
    expect(annotationDecorationsKey.getState(next)!.all.find().map((d) => (d.spec as { id: string }).id)).toEqual(['b']);
  });

  it('maps highlights through document changes', () => {
    const state = stateWith(['a', 9, 19]);
    const next = state.apply(state.tr.insertText('New ', 9));
    const [moved] = annotationDecorationsKey.getState(next)!.all.find();
    expect([moved!.from, moved!.to]).toEqual([13, 23]);
  });

  it('a merged change draws what the two changes in a row would', () => {
    const state = stateWith(['a', 9, 19], ['b', 20, 25]);
    const highlight = (id: string, from: number, to: number) => ({ id, tag: 'guarantee' as const, from, to, quote: doc.textBetween(from, to) });
    const first = { remove: ['a'], add: [highlight('a', 9, 14), highlight('c', 2, 6)] };
    const second = { remove: ['a', 'b'], add: [highlight('a', 15, 19)] };
    const ids = (s: typeof state) => annotationDecorationsKey.getState(s)!.all.find().map((d) => [(d.spec as { id: string }).id, d.from, d.to]);
    const inTurn = state.apply(changeHighlights(state.tr, first));
    const expected = ids(inTurn.apply(changeHighlights(inTurn.tr, second)));
    expect(ids(state.apply(changeHighlights(state.tr, mergeHighlightChanges(first, second))))).toEqual(expected);
    expect(expected).toEqual([['c', 2, 6], ['a', 15, 19]]);
  });
});

describe('a long article draws the highlights near the text in view', () => {
  // 200 paragraphs of 1,000 characters: over three times the opening window.
  const long = articleToDoc([{ type: 'heading', text: 'Long' }, ...Array.from({ length: 200 }, (_, i) => ({ type: 'paragraph' as const, text: `${i} `.padEnd(1000, 'x') }))]);
  const at = (id: string, from: number): Highlight => ({ id, tag: 'risk', from, to: from + 5, quote: 'xxxxx' });
  const size = long.content.size;
  const early = at('early', 100);
  const late = at('late', size - 500);
  const drawnIds = (s: EditorState) => annotationDecorationsKey.getState(s)!.drawn.find().map((d) => (d.spec as { id: string }).id);
  const allIds = (s: EditorState) => annotationDecorationsKey.getState(s)!.all.find().map((d) => (d.spec as { id: string }).id);
  const opened = () => EditorState.create({ doc: long, plugins: [annotationDecorations([early, late])] });

  it('opens drawing the start only, while keeping every highlight', () => {
    const state = opened();
    expect(size).toBeGreaterThan(3 * OPENING_WINDOW.to);
    expect(drawnIds(state)).toEqual(['early']);
    expect(allIds(state)).toEqual(['early', 'late']);
    // A click still finds a highlight that is not drawn.
    expect(highlightsAt(state, late.from + 1)).toEqual(['late']);
  });

  it('draws another stretch when asked, and only it', () => {
    const state = opened();
    const moved = state.apply(drawWindow(state.tr, { from: size - 30_000, to: size }));
    expect(drawnIds(moved)).toEqual(['late']);
  });

  it('a new highlight in the stretch is drawn at once; outside it, kept for later', () => {
    const state = opened();
    const near = state.apply(changeHighlights(state.tr, { remove: [], add: [at('near', 2000)] }));
    expect(drawnIds(near)).toEqual(['early', 'near']);
    const far = near.apply(changeHighlights(near.tr, { remove: [], add: [at('far', size - 2000)] }));
    expect(drawnIds(far)).toEqual(['early', 'near']);
    expect(allIds(far)).toContain('far');
    const gone = far.apply(changeHighlights(far.tr, { remove: ['near', 'far'], add: [] }));
    expect(drawnIds(gone)).toEqual(['early']);
    expect(allIds(gone)).toEqual(['early', 'late']);
  });

  it('a jump to a passage far off moves the stretch to it; a passage in view leaves it', () => {
    const state = opened();
    expect(drawAround(state, state.tr, early).getMeta(annotationDecorationsKey)).toBeUndefined();
    const jumped = state.apply(drawAround(state, state.tr, late));
    expect(drawnIds(jumped)).toEqual(['late']);
  });

  it('a short article is drawn whole, as one set', () => {
    const state = stateWith(['a', 9, 19]);
    const plugin = annotationDecorationsKey.getState(state)!;
    expect(plugin.drawn).toBe(plugin.all);
    const next = state.apply(changeHighlights(state.tr, { remove: [], add: [{ id: 'b', tag: 'risk', from: 20, to: 25, quote: 'q' }] }));
    expect(annotationDecorationsKey.getState(next)!.drawn).toBe(annotationDecorationsKey.getState(next)!.all);
  });
});
