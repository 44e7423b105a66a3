/**
 * What `Import article` opens: choose a file, or paste the text of an article, with the word
 * that a file dropped on the window and a paste anywhere work too. Its `Choose file…` button is
 * the user's gesture Chromium asks for before it opens a file chooser, so the command works
 * from the menu as from the button.
 */
import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link ImportSourceDialog}. */
export interface ImportSourceDialogProps {
  readonly onChooseFile: () => void;
  /** Reads `text` as a pasted article (its preview follows). */
  readonly onPaste: (text: string) => void;
  readonly onCancel: () => void;
}

/** The `Choose an article` dialog. */
export function ImportSourceDialog({ onChooseFile, onPaste, onCancel }: ImportSourceDialogProps) {
  const [text, setText] = useState('');
  const hintId = useId();
  const pasteId = useId();
  return (
    <ModalDialog titleId="choose-article-title" onCancel={onCancel}>
      <h2 id="choose-article-title">Choose an article</h2>
      <p id={hintId}>Import a .txt, .md, .markdown, .html, .htm or .pdf file — or drop the file on the window, or paste an article below or anywhere outside a text field.</p>
      <div className="dialog-buttons import-source-file">
        <button type="button" autoFocus onClick={onChooseFile} aria-describedby={hintId}>
          Choose file…
        </button>
      </div>
      <form
        className="import-source-paste"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim()) onPaste(text);
        }}
      >
        <label htmlFor={pasteId}>Paste text</label>
        <textarea id={pasteId} rows={8} value={text} onChange={(event) => setText(event.target.value)} placeholder="The article's title on the first line, then its text" />
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!text.trim()}>
            Preview pasted text
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
