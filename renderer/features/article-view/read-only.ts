/**
 * Keeps the article read-only while its view stays focusable and selectable by keyboard
 * (caret browsing with arrows and Shift), which a non-editable view would not allow. Every
 * input the browser announces is cancelled and any transaction that changes the document is
 * refused, so the analyst can select but never alter the text.
 */
import { Plugin } from 'prosemirror-state';

/** The read-only plugin. */
export function readOnly(): Plugin {
  return new Plugin({
    filterTransaction: (tr) => !tr.docChanged,
    view(view) {
      // React saves the selection of a focused `contenteditable="true"` element before every
      // commit, by walking every text node in it: at a 1 MB article that walk costs tens of
      // milliseconds on each render of the panel. A plaintext-only editing host keeps the
      // caret and its keyboard movement, and React leaves its selection alone. ProseMirror
      // sets the attribute once and only rewrites it when its own `editable` changes, which
      // the article never does.
      view.dom.setAttribute('contenteditable', 'plaintext-only');
      return {};
    },
    props: {
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
      handlePaste: () => true,
      handleDrop: () => true,
      // No aria-readonly: it is allowed only on roles that take input, and the text has none.
      attributes: { spellcheck: 'false' },
    },
  });
}
