/**
 * What `Add source` opens: the library's articles not yet in the brief (each history's latest
 * revision, newest first), or `Import a new article…`, which runs `Import article` with its
 * result directed into this brief.
 */
import { useId } from 'react';
import type { Article } from '../../../app/model/model';
import { errorMessage } from '../../../app/model/error-message';
import { useServices } from '../../services/services';
import type { ImportTarget } from '../../services/import-route';
import { libraryHistories } from '../../storage/history-store';
import { useLiveQuery } from '../../storage/use-live-query';
import { ModalDialog } from '../../ui/ModalDialog';

/** Props of {@link AddSourceDialog}. */
export interface AddSourceDialogProps {
  /** The brief's sources now (article ids), which are not offered. */
  readonly present: readonly string[];
  /** Adds a library article; the dialog is closed by then. */
  readonly onAdd: (article: Article) => void;
  /** Adds an article imported from this dialog, once stored. */
  readonly onImported: ImportTarget;
  readonly onClose: () => void;
}

/** The `Add source` dialog. */
export function AddSourceDialog({ present, onAdd, onImported, onClose }: AddSourceDialogProps) {
  const { db, commands, importRoute, notifications } = useServices();
  const hintId = useId();
  const articles =
    useLiveQuery(
      async () => (await libraryHistories(db)).histories.map((history) => history.latest).filter((article) => !present.includes(article.id)),
      [db, present.join('\n')],
      (e) => notifications.error(`The library could not be read: ${errorMessage(e)}`),
    ) ?? null;

  return (
    <ModalDialog titleId="add-source-title" descriptionId={hintId} onCancel={onClose} className="add-source-dialog">
      <h2 id="add-source-title">Add source</h2>
      <p id={hintId}>Add an article from the library to this brief, or import a new one into it.</p>
      {articles === null ? (
        <p>Reading the library…</p>
      ) : articles.length === 0 ? (
        <p className="empty-hint">Every article in the library is already a source of this brief.</p>
      ) : (
        <ul className="add-source-list" aria-label="Articles in the library">
          {[...articles].reverse().map((article) => (
            <li key={article.id}>
              <button type="button" onClick={() => onAdd(article)}>
                <span className="source-title">{article.title}</span>
                {(article.publisher || article.published) && <span className="source-about">{[article.publisher, article.published].filter(Boolean).join(' · ')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          onClick={() => {
            importRoute.direct(onImported);
            onClose();
            commands.execute('import-article');
          }}
        >
          Import a new article…
        </button>
      </div>
    </ModalDialog>
  );
}
