/**
 * A password-protected PDF: asks for the password (never stored), says so when the one given
 * was wrong, and reads the file again with it; `Cancel` leaves everything as it was.
 */
import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link PdfPasswordDialog}. */
export interface PdfPasswordDialogProps {
  readonly source: string;
  /** A password was given and it was not right. */
  readonly retry: boolean;
  readonly onPassword: (password: string) => void;
  readonly onCancel: () => void;
}

/** The `Password needed` dialog. */
export function PdfPasswordDialog({ source, retry, onPassword, onCancel }: PdfPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const fieldId = useId();
  const hintId = useId();
  return (
    <ModalDialog titleId="pdf-password-title" descriptionId={hintId} onCancel={onCancel}>
      <h2 id="pdf-password-title">Password needed</h2>
      <p id={hintId}>{retry ? `That password does not open “${source}”. Try again, or cancel.` : `“${source}” is protected by a password. Enter it to import the PDF; it is not stored.`}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (password) onPassword(password);
        }}
      >
        <label htmlFor={fieldId}>Password</label>
        <input id={fieldId} type="password" autoFocus autoComplete="off" value={password} onChange={(event) => setPassword(event.target.value)} />
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!password}>
            Open PDF
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
