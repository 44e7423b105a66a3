/**
 * Asks the analyst's name: once on a first start, and again whenever they want to change
 * it. The name is the author of every annotation they make.
 */
import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link AnalystDialog}. */
export interface AnalystDialogProps {
  readonly current: string | undefined;
  readonly onSave: (name: string) => void;
  /** Absent on a first start, when a name is required. */
  readonly onCancel?: () => void;
}

/** The `Your name` dialog. */
export function AnalystDialog({ current, onSave, onCancel }: AnalystDialogProps) {
  const [name, setName] = useState(current ?? '');

  return (
    // On a first start there is no way out but giving a name: Escape does nothing then.
    <ModalDialog titleId="analyst-dialog-title" onCancel={onCancel ?? (() => undefined)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) onSave(name.trim());
        }}
      >
        <h2 id="analyst-dialog-title">Your name</h2>
        <p>Your annotations carry it as their author, in briefs and in files you share.</p>
        <label>
          Your name
          <input autoFocus required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          {onCancel && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
