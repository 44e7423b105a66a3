/**
 * The library: every article with its source, date and counts per tag, read live (an import,
 * a merge or a restore shows at once); open one, delete one (confirmed, and undoable), or add
 * the sample article back.
 */
import { useState } from 'react';
import type { Article } from '../../../app/model/model';
import { TAG_STYLES, type Tag } from '../../../app/model/tags';
import { deleteArticle, restoreArticle, storeArticle, tagCounts, type ArticleSnapshot } from '../../storage/article-store';
import { useLiveQuery } from '../../storage/use-live-query';
import { useServices } from '../../services/services';
import { sampleArticle } from '../../storage/sample-article';
import { SourceLink } from '../../ui/SourceLink';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  readonly onOpen: (article: Article) => void;
}

interface Entry {
  readonly article: Article;
  readonly counts: Record<Tag, number>;
}

/** The library view. */
export function LibraryView({ onOpen }: LibraryViewProps) {
  const { db, bridge, notifications } = useServices();
  const onError = notifications.error;
  const [confirming, setConfirming] = useState<Article | null>(null);
  const [deleted, setDeleted] = useState<ArticleSnapshot | null>(null);

  const entries: readonly Entry[] | null =
    useLiveQuery(
      async () => {
        const articles = (await db.articles.toArray()).sort((a, b) => a.importedAt.localeCompare(b.importedAt));
        return Promise.all(articles.map(async (article) => ({ article, counts: await tagCounts(db, article.id) })));
      },
      [db],
      (e) => onError(`The library could not be read: ${errorMessage(e)}`),
    ) ?? null;

  async function confirmDelete(article: Article) {
    setConfirming(null);
    try {
      setDeleted(await deleteArticle(db, article.id));
      onError(null);
    } catch (e) {
      onError(`The article was not deleted: ${errorMessage(e)}`);
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await restoreArticle(db, deleted);
      setDeleted(null);
    } catch (e) {
      onError(`The article could not be restored: ${errorMessage(e)}`);
    }
  }

  async function addSample() {
    try {
      onOpen(await storeArticle(db, sampleArticle()));
    } catch (e) {
      onError(`The sample article could not be added: ${errorMessage(e)}`);
    }
  }

  return (
    <main className="library" aria-labelledby="library-heading">
      <div className="library-header">
        <h2 id="library-heading">Library</h2>
        <button type="button" onClick={() => void addSample()}>
          Add sample article
        </button>
      </div>
      {deleted && (
        <p role="status" className="undo-bar">
          Deleted “{deleted.article.title}”.{' '}
          <button type="button" onClick={() => void undoDelete()}>
            Undo delete
          </button>
        </p>
      )}
      {entries === null ? (
        <p className="loading">Reading the library…</p>
      ) : entries.length === 0 ? (
        <p className="empty-hint">The library is empty. Add the sample article to start.</p>
      ) : (
        <ul aria-label="Articles" className="library-list">
          {entries.map(({ article, counts }) => (
            <li key={article.id} className="library-entry" aria-label={article.title}>
              <h3>{article.title}</h3>
              <p className="library-meta">
                {[article.publisher, article.byline, article.published].filter(Boolean).join(' · ') || 'No source recorded'}
                {article.sourceUrl && ' · '}
                <SourceLink url={article.sourceUrl} bridge={bridge} onError={onError} />
              </p>
              <p className="library-counts">
                {TAG_STYLES.map((s) => (
                  <span key={s.tag} className={`count-chip tag-${s.tag}`}>
                    <span className="tag-letter" aria-hidden="true">{s.letter}</span>
                    {counts[s.tag]} {counts[s.tag] === 1 ? s.label.toLowerCase() : s.heading.toLowerCase()}
                  </span>
                ))}
              </p>
              <div className="library-actions">
                <button type="button" onClick={() => onOpen(article)}>
                  Open
                </button>
                <button type="button" onClick={() => setConfirming(article)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="confirm-title" aria-modal="true" className="confirm">
          <h3 id="confirm-title">Delete “{confirming.title}”?</h3>
          <p>Its annotations and brief go with it. You can undo this until you leave the library.</p>
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => setConfirming(null)}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => void confirmDelete(confirming)}>
              Delete article
            </button>
          </div>
        </div>
      )}
    </main>
  );
}
