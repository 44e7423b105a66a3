/**
 * The brief's sources, in its order: the list named `Sources` above the reader, each entry the
 * source's title, publisher, date and its counts per tag; choosing one shows it. Sources move
 * up and down and are removed (asked first; one undo step), and `Add source` (button, File menu)
 * adds an article from the library or imports a new one straight into the brief.
 */
import { useMemo, useState, useSyncExternalStore } from 'react';
import { TAG_STYLES, type Tag } from '../../../app/model/tags';
import type { Annotation, Article } from '../../../app/model/model';
import { countByTag } from '../../../app/annotations/annotation-filter';
import { CommandButton } from '../../commands/CommandButton';
import { useCommand } from '../../commands/use-command';
import { useServices } from '../../services/services';
import type { AnnotationSession } from '../../session/annotation-session';
import type { WorkspaceStore } from '../../session/workspace-store';
import { ModalDialog } from '../../ui/ModalDialog';
import { AddSourceDialog } from './AddSourceDialog';

/** Props of {@link SourcesList}. */
export interface SourcesListProps {
  readonly session: AnnotationSession;
  readonly store: WorkspaceStore;
  /** An earlier revision, read-only: no source is added, moved or removed. */
  readonly readOnly: boolean;
}

/** How many annotations of each tag each source has, by article id. */
function countsBySource(all: Iterable<Annotation>): Map<string, Readonly<Record<Tag | 'all', number>>> {
  const bySource = new Map<string, Annotation[]>();
  for (const a of all) {
    const own = bySource.get(a.articleId);
    if (own) own.push(a);
    else bySource.set(a.articleId, [a]);
  }
  return new Map([...bySource].map(([id, annotations]) => [id, countByTag(annotations)]));
}

/** The source's publisher and date, as the entry shows them under its title. */
function aboutLine(article: Article): string {
  return [article.publisher, article.published].filter((part): part is string => !!part?.trim()).join(' · ');
}

/** The `Sources` list with its actions. */
export function SourcesList({ session, store, readOnly }: SourcesListProps) {
  const { notifications } = useServices();
  const { sources, all } = useSyncExternalStore(session.subscribe, session.getState);
  const { sourceId } = useSyncExternalStore(store.subscribe, store.getState);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Article | null>(null);
  const counts = useMemo(() => countsBySource(all.values()), [all]);
  const ids = sources.map((source) => source.article.id);

  useCommand('add-source', { run: () => setAdding(true), isEnabled: () => !readOnly }, readOnly);

  const move = (index: number, by: -1 | 1): void => {
    const next = [...ids];
    const [moved] = next.splice(index, 1);
    if (!moved) return;
    next.splice(index + by, 0, moved);
    const title = sources[index]?.article.title ?? '';
    void notifications.run(() => session.setSources(next, 'move source'), 'The source was not moved', `Moved “${title}” ${by < 0 ? 'up' : 'down'}.`);
  };

  /** Adds `article` after the brief's sources and shows it. */
  const add = async (article: Article): Promise<void> => {
    await session.setSources([...session.getState().sources.map((source) => source.article.id), article.id], 'add source');
    store.showSource(article.id);
  };

  const remove = (article: Article): void => {
    setRemoving(null);
    const next = ids.filter((id) => id !== article.id);
    if (sourceId === article.id && next[0]) store.showSource(next[0]);
    if (store.getState().sourceFilter === article.id) store.setSourceFilter(null);
    void notifications.run(() => session.setSources(next, 'remove source'), 'The source was not removed', `Removed “${article.title}” from the brief. Undo brings it back with its annotations.`);
  };

  return (
    <section className="sources-bar" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="sources-heading">
        Sources
      </h2>
      <ol className="sources-list" aria-label="Sources">
        {sources.map(({ article }, index) => {
          const tagCounts = counts.get(article.id);
          const about = aboutLine(article);
          return (
            <li key={article.id} className={article.id === sourceId ? 'source-entry shown' : 'source-entry'}>
              <button type="button" className="source-choose" aria-current={article.id === sourceId ? 'true' : undefined} onClick={() => store.showSource(article.id)}>
                {sources.length > 1 && <span className="source-label">S{index + 1}</span>}
                <span className="source-title">{article.title}</span>
                {about && <span className="source-about">{about}</span>}
                <span className="source-counts">
                  {TAG_STYLES.map((style) => (
                    <span key={style.tag} className={`source-count count-${style.tag}`}>
                      {tagCounts?.[style.tag] ?? 0} {style.letter}
                      <span className="visually-hidden"> ({(tagCounts?.[style.tag] ?? 0) === 1 ? style.label : style.heading})</span>
                    </span>
                  ))}
                </span>
              </button>
              {!readOnly && sources.length > 1 && (
                <span className="source-actions">
                  <button type="button" aria-label={`Move “${article.title}” up`} disabled={index === 0} onClick={() => move(index, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move “${article.title}” down`} disabled={index === sources.length - 1} onClick={() => move(index, 1)}>
                    ↓
                  </button>
                  <button type="button" aria-label={`Remove “${article.title}” from the brief`} onClick={() => setRemoving(article)}>
                    ×
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && <CommandButton command="add-source" />}
      {adding && (
        <AddSourceDialog
          present={ids}
          onAdd={(article) => {
            setAdding(false);
            void notifications.run(() => add(article), 'The source was not added', `Added “${article.title}” to the brief.`);
          }}
          onImported={add}
          onClose={() => setAdding(false)}
        />
      )}
      {removing && (
        <ModalDialog role="alertdialog" titleId="remove-source-title" descriptionId="remove-source-text" onCancel={() => setRemoving(null)}>
          <h2 id="remove-source-title">Remove “{removing.title}” from the brief?</h2>
          <p id="remove-source-text">Its annotations leave the brief with it. The article stays in the library, and Undo brings the source back with its annotations.</p>
          <div className="dialog-buttons">
            <button type="button" autoFocus onClick={() => setRemoving(null)}>
              Cancel
            </button>
            <button type="button" className="danger" onClick={() => remove(removing)}>
              Remove source
            </button>
          </div>
        </ModalDialog>
      )}
    </section>
  );
}
