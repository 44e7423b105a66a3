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
    props: {
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          event.preventDefault();
          return true;
        },
      },
      handlePaste: () => true,
      handleDrop: () => true,
      attributes: { 'aria-readonly': 'true', spellcheck: 'false' },
    },
  });
}
