/**
 * The offer made after the analyst gives a name while annotations are still signed with the
 * placeholder: sign them with the new name, or keep them as they are.
 */
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link ResignDialog}. */
export interface ResignDialogProps {
  /** How many annotations carry the placeholder. */
  readonly count: number;
  readonly placeholder: string;
  readonly name: string;
  readonly onResign: () => void;
  readonly onKeep: () => void;
}

/** The `Re-sign annotations` dialog. */
export function ResignDialog({ count, placeholder, name, onResign, onKeep }: ResignDialogProps) {
  const what = count === 1 ? 'One annotation is' : `${count} annotations are`;
  return (
    <ModalDialog titleId="resign-title" descriptionId="resign-text" onCancel={onKeep}>
      <h2 id="resign-title">Re-sign annotations</h2>
      <p id="resign-text">
        {what} signed “{placeholder}”, made before you gave your name. Sign {count === 1 ? 'it' : 'them'} “{name}”?
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onKeep}>
          Keep “{placeholder}”
        </button>
        <button type="button" autoFocus onClick={onResign}>
          Sign as {name}
        </button>
      </div>
    </ModalDialog>
  );
}
