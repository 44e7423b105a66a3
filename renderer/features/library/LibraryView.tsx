/**
 * The library: the briefs first (title, sources, counts per tag, last change), then one entry
 * per article — its latest revision's source, date and counts per tag, which revision that is,
 * and the briefs that use it — read live (an import, a merge or a restore shows at once). Open goes to the latest revision; the history lists every revision with what it
 * changed, opens an earlier one (read-only) and compares revisions. An article is deleted
 * with all its revisions (confirmed, and undoable); the sample article can be added back.
 */
import { useState } from 'react';
import type { Article } from '../../../app/model/model';
import { TAG_STYLES, type Tag } from '../../../app/model/tags';
import type { ArticleHistory } from '../../../app/revisions/article-history';
import { describeBlockChanges } from '../../../app/revisions/block-changes';
import { outcomeCounts, type RevisionRecord } from '../../../app/revisions/revision-record';
import { deleteArticles, restoreArticles, storeArticle, tagCounts, type ArticleSnapshot } from '../../storage/article-store';
import type { Brief } from '../../../app/brief/brief';
import { briefSummaries, deleteBrief, restoreBrief, type BriefSnapshot, type BriefSummary } from '../../storage/brief-store';
import { libraryHistories } from '../../storage/history-store';
import { formatTime } from '../../ui/format-time';
import { CompareRevisions } from './CompareRevisions';
import { useLiveQuery } from '../../storage/use-live-query';
import { useServices } from '../../services/services';
import { sampleArticle } from '../../storage/sample-article';
import { SourceLink } from '../../ui/SourceLink';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link LibraryView}. */
export interface LibraryViewProps {
  readonly onOpen: (article: Article) => void;
  /** Opens `brief`, showing source `sourceId` when given (its first otherwise). */
  readonly onOpenBrief: (brief: Brief, sourceId?: string) => void;
  /** Hears that brief `briefId` was deleted (the workspace must not go on writing to it). */
  readonly onBriefDeleted: (briefId: string) => void;
}

/** The counts of one entry, per tag, in words. */
/** A deletion's question: what goes, the way back, Cancel (focused) and the button that deletes. */
function ConfirmDelete(props: { readonly id: string; readonly title: string; readonly text: string; readonly action: string; readonly onConfirm: () => void; readonly onCancel: () => void }) {
  return (
    <div role="alertdialog" aria-labelledby={props.id} aria-modal="true" className="confirm">
      <h3 id={props.id}>{props.title}</h3>
      <p>{props.text} You can undo this until you leave the library.</p>
      <div className="dialog-buttons">
        <button type="button" autoFocus onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={props.onConfirm}>
          {props.action}
        </button>
      </div>
    </div>
  );
}

/** What was just deleted, with its `Undo delete`. */
function UndoBar({ what, onUndo }: { readonly what: string; readonly onUndo: () => void }) {
  return (
    <p role="status" className="undo-bar">
      Deleted {what}.{' '}
      <button type="button" onClick={onUndo}>
        Undo delete
      </button>
    </p>
  );
}

function CountChips({ counts }: { readonly counts: Readonly<Record<Tag, number>> }) {
  return (
    <p className="library-counts">
      {TAG_STYLES.map((s) => (
        <span key={s.tag} className={`count-chip tag-${s.tag}`}>
          <span className="tag-letter" aria-hidden="true">{s.letter}</span>
          {counts[s.tag]} {counts[s.tag] === 1 ? s.label.toLowerCase() : s.heading.toLowerCase()}
        </span>
      ))}
    </p>
  );
}

interface Entry {
  readonly history: ArticleHistory;
  /** The latest revision's counts. */
  readonly counts: Record<Tag, number>;
}

interface Library {
  readonly entries: readonly Entry[];
  readonly records: ReadonlyMap<string, RevisionRecord>;
}

/** One line of a revision's history: when it came in and what it changed. */
function revisionSummary(article: Article, record: RevisionRecord | undefined): string {
  const imported = `imported ${formatTime(article.importedAt)}`;
  if (!record) return `${imported} · first import`;
  const parts = [imported, describeBlockChanges(record.changes)];
  if (record.outcomes && record.outcomes.length > 0) {
    const { placed, review, orphaned } = outcomeCounts(record.outcomes);
    parts.push(`${placed} placed, ${review} to review, ${orphaned} orphaned`);
  }
  return parts.join(' · ');
}

/** The revision history of one entry. */
function RevisionHistory(props: { readonly id: string; readonly history: ArticleHistory; readonly records: ReadonlyMap<string, RevisionRecord>; readonly onOpen: (article: Article) => void; readonly onCompare: (index: number) => void }) {
  const { id, history, records, onOpen, onCompare } = props;
  const last = history.revisions.length - 1;
  return (
    <ol id={id} className="revision-history" aria-label={`Revisions of ${history.latest.title}`}>
      {history.revisions.map((article, i) => (
        <li key={article.id}>
          <span className="revision-name">
            Revision {i + 1}
            {i === last && ' (latest)'}
          </span>{' '}
          · {revisionSummary(article, records.get(article.id))}
          <span className="revision-actions">
            <button type="button" aria-label={`Open revision ${i + 1}${i === last ? '' : ' (read-only)'}`} onClick={() => onOpen(article)}>
              Open
            </button>
            {i > 0 && (
              <button type="button" aria-label={`Compare revision ${i + 1}`} onClick={() => onCompare(i)}>
                Compare
              </button>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The library view. */
/**
 * The briefs an article serves in. With one, a line naming it (`Open` opens it); with several,
 * a button for each that opens that brief showing the article, so the analyst chooses.
 */
function UsedIn(props: { readonly article: Article; readonly briefs: readonly { readonly name: string; readonly brief: Brief }[]; readonly onOpenBrief: (brief: Brief, sourceId?: string) => void }) {
  const { article, briefs, onOpenBrief } = props;
  if (briefs.length === 0) return null;
  if (briefs.length === 1) return <p className="library-meta">In “{briefs[0]!.name}”</p>;
  return (
    <div className="library-meta library-used-in" role="group" aria-label={`Briefs using “${article.title}”`}>
      In{' '}
      {briefs.map((entry) => (
        <button key={entry.brief.id} type="button" className="link-button" aria-label={`Open in brief ${entry.name}`} onClick={() => onOpenBrief(entry.brief, article.id)}>
          “{entry.name}”
        </button>
      ))}
    </div>
  );
}

export function LibraryView({ onOpen, onOpenBrief, onBriefDeleted }: LibraryViewProps) {
  const { db, bridge, notifications } = useServices();
  const onError = notifications.error;
  const [confirming, setConfirming] = useState<ArticleHistory | null>(null);
  const [deleted, setDeleted] = useState<ArticleSnapshot | null>(null);
  const [confirmingBrief, setConfirmingBrief] = useState<BriefSummary | null>(null);
  const [deletedBrief, setDeletedBrief] = useState<BriefSnapshot | null>(null);
  const [historyShown, setHistoryShown] = useState<ReadonlySet<string>>(new Set());
  const [comparing, setComparing] = useState<{ readonly history: ArticleHistory; readonly index: number } | null>(null);

  const library: Library | null =
    useLiveQuery(
      async () => {
        const { histories, records } = await libraryHistories(db);
        const entries = await Promise.all(histories.map(async (history) => ({ history, counts: await tagCounts(db, history.latest.id) })));
        return { entries, records };
      },
      [db],
      (e) => onError(`The library could not be read: ${errorMessage(e)}`),
    ) ?? null;
  const entries = library?.entries ?? null;
  const briefs = useLiveQuery(() => briefSummaries(db), [db], (e) => onError(`The briefs could not be read: ${errorMessage(e)}`)) ?? null;
  const usedBy = new Map<string, { readonly name: string; readonly brief: Brief }[]>();
  for (const entry of briefs ?? []) for (const source of entry.sources) usedBy.set(source.id, [...(usedBy.get(source.id) ?? []), entry]);

  const toggleHistory = (id: string) =>
    setHistoryShown((shown) => {
      const next = new Set(shown);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function confirmDelete(history: ArticleHistory) {
    setConfirming(null);
    try {
      setDeleted(await deleteArticles(db, history.revisions.map((a) => a.id)));
      onError(null);
    } catch (e) {
      onError(`The article was not deleted: ${errorMessage(e)}`);
    }
  }

  async function confirmDeleteBrief(entry: BriefSummary) {
    setConfirmingBrief(null);
    try {
      setDeletedBrief(await deleteBrief(db, entry.brief.id));
      onBriefDeleted(entry.brief.id);
      onError(null);
    } catch (e) {
      onError(`The brief was not deleted: ${errorMessage(e)}`);
    }
  }

  async function undoDeleteBrief() {
    if (!deletedBrief) return;
    try {
      await restoreBrief(db, deletedBrief);
      setDeletedBrief(null);
    } catch (e) {
      onError(`The brief could not be restored: ${errorMessage(e)}`);
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await restoreArticles(db, deleted);
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
      {deleted && <UndoBar what={`“${deleted.articles[deleted.articles.length - 1]?.title ?? ''}”`} onUndo={() => void undoDelete()} />}
      <section aria-labelledby="briefs-heading">
        <h3 id="briefs-heading" className="library-section">Briefs</h3>
        {briefs === null ? (
          <p className="loading">Reading the briefs…</p>
        ) : briefs.length === 0 ? (
          <p className="empty-hint">No briefs yet. Open an article, or make a new brief.</p>
        ) : (
          <ul aria-label="Briefs" className="library-list">
            {briefs.map((entry) => (
              <li key={entry.brief.id} className="library-entry" aria-label={entry.name}>
                <h4>{entry.name}</h4>
                <p className="library-meta">
                  {entry.sources.length === 0 ? 'No sources yet' : `${entry.sources.length} source${entry.sources.length === 1 ? '' : 's'}: ${entry.sources.map((a) => a.title).join(' · ')}`}
                </p>
                <CountChips counts={entry.counts} />
                <p className="library-meta">{entry.changed ? `Last change ${formatTime(entry.changed)}` : 'No annotations yet'}</p>
                <div className="library-actions">
                  <button type="button" aria-label={`Open brief ${entry.name}`} onClick={() => onOpenBrief(entry.brief)}>
                    Open
                  </button>
                  <button type="button" aria-label={`Delete brief ${entry.name}`} onClick={() => setConfirmingBrief(entry)}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <h3 className="library-section">Articles</h3>
      {deletedBrief && <UndoBar what={`the brief “${deletedBrief.brief.title.trim() || 'Untitled brief'}”`} onUndo={() => void undoDeleteBrief()} />}
      {entries === null ? (
        <p className="loading">Reading the library…</p>
      ) : entries.length === 0 ? (
        <p className="empty-hint">The library is empty. Add the sample article to start.</p>
      ) : (
        <ul aria-label="Articles" className="library-list">
          {entries.map(({ history, counts }) => {
            const article = history.latest;
            const revisions = history.revisions.length;
            const historyId = `history-${article.id}`;
            return (
              <li key={article.id} className="library-entry" aria-label={article.title}>
                <h4>{article.title}</h4>
                <p className="library-meta">
                  {[article.publisher, article.byline, article.published].filter(Boolean).join(' · ') || 'No source recorded'}
                  {article.sourceUrl && ' · '}
                  <SourceLink url={article.sourceUrl} bridge={bridge} onError={onError} />
                </p>
                {revisions > 1 && (
                  <p className="library-revision">
                    Revision {revisions} of {revisions} (latest)
                  </p>
                )}
                <CountChips counts={counts} />
                <UsedIn article={article} briefs={usedBy.get(article.id) ?? []} onOpenBrief={onOpenBrief} />
                <div className="library-actions">
                  <button type="button" onClick={() => onOpen(article)}>
                    Open
                  </button>
                  {revisions > 1 && (
                    <>
                      <button type="button" aria-expanded={historyShown.has(article.id)} aria-controls={historyShown.has(article.id) ? historyId : undefined} onClick={() => toggleHistory(article.id)}>
                        History
                      </button>
                      <button type="button" onClick={() => setComparing({ history, index: revisions - 1 })}>
                        Compare revisions
                      </button>
                    </>
                  )}
                  <button type="button" onClick={() => setConfirming(history)}>
                    Delete
                  </button>
                </div>
                {revisions > 1 && historyShown.has(article.id) && library && (
                  <RevisionHistory id={historyId} history={history} records={library.records} onOpen={onOpen} onCompare={(index) => setComparing({ history, index })} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {confirming && (
        <ConfirmDelete
          id="confirm-title"
          title={`Delete “${confirming.latest.title}”?`}
          text={`${confirming.revisions.length > 1 ? `All ${confirming.revisions.length} revisions and their annotations go` : 'Its annotations go'} with it, in every brief; the briefs that use it stay.`}
          action="Delete article"
          onConfirm={() => void confirmDelete(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirmingBrief && (
        <ConfirmDelete
          id="confirm-brief-title"
          title={`Delete the brief “${confirmingBrief.name}”?`}
          text="Its annotations, key judgments and settings go with it; its sources stay in the library."
          action="Delete brief"
          onConfirm={() => void confirmDeleteBrief(confirmingBrief)}
          onCancel={() => setConfirmingBrief(null)}
        />
      )}
      {comparing && library && <CompareRevisions history={comparing.history} records={library.records} initial={comparing.index} onClose={() => setComparing(null)} />}
    </main>
  );
}
