/**
 * The step between File → Import article… and the file chooser when the menu command did not
 * come with a user gesture (Chromium then refuses to open a chooser): one button the analyst
 * presses, which does count as a gesture.
 */
import { ModalDialog } from './ModalDialog';

/** Props of {@link ChooseFileDialog}. */
export interface ChooseFileDialogProps {
  readonly onChoose: () => void;
  readonly onCancel: () => void;
}

/** The `Choose an article` dialog. */
export function ChooseFileDialog({ onChoose, onCancel }: ChooseFileDialogProps) {
  return (
    <ModalDialog titleId="choose-file-title" onCancel={onCancel}>
      <h2 id="choose-file-title">Choose an article</h2>
      <p>Import a .txt, .md, .markdown, .html or .htm file. You can also paste an article or drop its file on the window.</p>
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" autoFocus onClick={onChoose}>
          Choose file…
        </button>
      </div>
    </ModalDialog>
  );
}
