/**
 * While a PDF is read: which file, how many of its pages so far, and `Cancel`, which stops the
 * reading between pages and leaves everything as it was.
 */
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link PdfReadingDialog}. */
export interface PdfReadingDialogProps {
  readonly source: string;
  /** Pages read, of `total` (0 while the document is being opened). */
  readonly done: number;
  readonly total: number;
  readonly onCancel: () => void;
}

/** The `Reading “file.pdf”` dialog. */
export function PdfReadingDialog({ source, done, total, onCancel }: PdfReadingDialogProps) {
  return (
    <ModalDialog titleId="pdf-reading-title" onCancel={onCancel}>
      <h2 id="pdf-reading-title">Reading “{source}”</h2>
      <label className="import-progress">
        {total ? `Page ${done} of ${total}` : 'Opening the PDF…'}
        <progress aria-label="Reading pages" value={total ? done : undefined} max={Math.max(total, 1)} />
      </label>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
