import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { articleToDoc } from '../../../app/anchoring/article-doc';
import { activeHighlight, activeHighlightKey, setActiveRange } from './active-highlight';

const doc = articleToDoc([
  { type: 'heading', text: 'Title' },
  { type: 'paragraph', text: 'Guarantees and risks overlap here.' },
]);

const start = () => EditorState.create({ doc, plugins: [activeHighlight()] });

describe('activeHighlight', () => {
  it('emphasises the active range with its annotation id, and nothing once cleared', () => {
    const active = start().apply(setActiveRange(start().tr, { id: 'a', from: 9, to: 19, flash: true }));
    const [found] = activeHighlightKey.getState(active)!.decorations.find();
    expect([found?.from, found?.to]).toEqual([9, 19]);
    expect((found as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({ 'data-active-annotation': 'a', class: 'active-highlight flash' });
    const cleared = active.apply(setActiveRange(active.tr, null));
    expect(activeHighlightKey.getState(cleared)!.decorations.find()).toHaveLength(0);
  });

  it('keeps the same decoration set when only the selection moves, so the view need not compare every block', () => {
    const active = start().apply(setActiveRange(start().tr, { id: 'a', from: 9, to: 19, flash: false }));
    const moved = active.apply(active.tr.setSelection(TextSelection.create(active.doc, 3)));
    expect(activeHighlightKey.getState(moved)!.decorations).toBe(activeHighlightKey.getState(active)!.decorations);
  });
});
