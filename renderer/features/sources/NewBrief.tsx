/**
 * `New brief` (button, File menu, Ctrl+Shift+N): asks for a title and makes an empty brief,
 * which opens ready for `Add source`.
 */
import { useId, useState } from 'react';
import type { Brief } from '../../../app/brief/brief';
import { BRIEF_TEXT_LIMITS } from '../../../app/brief/brief-record';
import { CommandButton } from '../../commands/CommandButton';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import { createBrief } from '../../storage/brief-store';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link NewBrief}. */
export interface NewBriefProps {
  /** Who signs the new brief. */
  readonly analyst: string;
  /** Opens the brief just made. */
  readonly onOpen: (brief: Brief) => Promise<void>;
}

/** The `New brief` button and its dialog. */
export function NewBrief({ analyst, onOpen }: NewBriefProps) {
  const { db, notifications } = useServices();
  const [asking, setAsking] = useState(false);
  const [title, setTitle] = useState('');
  const fieldId = useId();
  useCommand('new-brief', { run: () => setAsking(true) });

  const make = (): void => {
    const name = title.trim();
    setAsking(false);
    setTitle('');
    void notifications.run(
      async () => onOpen(await createBrief(db, name, [], analyst)),
      'The brief was not made',
      `Made the brief “${name || 'Untitled brief'}”: add its sources.`,
    );
  };

  return (
    <>
      <CommandButton command="new-brief" />
      {asking && (
        <ModalDialog titleId="new-brief-title" onCancel={() => setAsking(false)}>
          <h2 id="new-brief-title">New brief</h2>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              make();
            }}
          >
            <label htmlFor={fieldId}>Title</label>
            <input
              id={fieldId}
              type="text"
              autoFocus
              value={title}
              maxLength={BRIEF_TEXT_LIMITS.title}
              placeholder="What security guarantees will Ukraine get?"
              onChange={(event) => setTitle(event.target.value)}
            />
            <div className="dialog-buttons">
              <button type="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
              <button type="submit">Make brief</button>
            </div>
          </form>
        </ModalDialog>
      )}
    </>
  );
}
