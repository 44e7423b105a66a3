/**
 * Asks the analyst's name whenever they choose `Analyst: …` (or the first-start prompt's
 * button). The name is the author of every annotation they make; until one is given, the
 * account name (desktop) or the placeholder `Analyst` signs them.
 */
import { useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link AnalystDialog}. */
export interface AnalystDialogProps {
  readonly current: string | undefined;
  readonly onSave: (name: string) => void;
  readonly onCancel: () => void;
}

/** The `Your name` dialog. */
export function AnalystDialog({ current, onSave, onCancel }: AnalystDialogProps) {
  const [name, setName] = useState(current ?? '');

  return (
    <ModalDialog titleId="analyst-dialog-title" onCancel={onCancel}>
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
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
