// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../../app/anchoring/article-doc';
import { annotationDecorations, changeHighlights } from './annotation-decorations';
import { readOnly } from './read-only';

const doc = articleToDoc([
  { type: 'heading', text: 'Title' },
  { type: 'paragraph', text: 'Guarantees and risks overlap here.' },
]);

let view: EditorView | undefined;
afterEach(() => view?.destroy());

function mount(): EditorView {
  const place = document.createElement('div');
  document.body.append(place);
  view = new EditorView(place, { state: EditorState.create({ doc, plugins: [readOnly(), annotationDecorations()] }) });
  return view;
}

describe('readOnly', () => {
  it('refuses any transaction that would change the text', () => {
    const editor = mount();
    editor.dispatch(editor.state.tr.insertText('X', 3));
    expect(editor.state.doc.eq(doc)).toBe(true);
    expect(editor.dom.textContent).not.toContain('X');
  });

  it('stays a plaintext-only editing host through selection and highlight updates', () => {
    const editor = mount();
    expect(editor.dom.getAttribute('contenteditable')).toBe('plaintext-only');
    editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 9, 19)));
    editor.dispatch(changeHighlights(editor.state.tr, { remove: [], add: [{ id: 'a', tag: 'risk', from: 9, to: 19, quote: 'Guarantees' }] }));
    expect(editor.dom.querySelector('mark[data-annotation-id="a"]')).not.toBeNull();
    expect(editor.dom.getAttribute('contenteditable')).toBe('plaintext-only');
    expect(editor.dom.getAttribute('spellcheck')).toBe('false');
  });
});
