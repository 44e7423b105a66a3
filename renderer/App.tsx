/**
 * The Briefing Desk window: the open article's workspace or the library, the analyst's
 * name, and the alert and status lines every part reports to.
 */
import { useCallback, useEffect, useState } from 'react';
import { canonicalText } from '../app/model/canonical-text';
import type { BriefingDeskBridge } from '../app/platform/ipc-contract';
import type { Annotation, Article } from '../app/model/model';
import { AnalystDialog } from './features/analyst/AnalystDialog';
import { ArticleImport } from './features/article-import/ArticleImport';
import { ArticleWorkspace } from './workbench/Workspace';
import { LibraryView } from './features/library/LibraryView';
import { BriefExchange } from './features/exchange/BriefExchange';
import { DesktopShell } from './workbench/DesktopShell';
import { annotationsOf } from './storage/annotation-store';
import { openLibrary } from './storage/article-store';
import type { BriefingDeskDatabase } from './storage/database';
import { analystName, lastArticleId, setAnalystName, setLastArticleId } from './storage/settings-store';
import { sampleArticle } from './storage/sample-article';
import { errorMessage } from '../app/model/error-message';

/** Props of {@link App}. */
export interface AppProps {
  readonly db: BriefingDeskDatabase;
  readonly bridge: BriefingDeskBridge;
}

/** An article opened for reading, with what was stored about it when it opened. */
interface OpenArticle {
  readonly article: Article;
  readonly text: string;
  readonly stored: readonly Annotation[];
}

/** The application window. */
export function App({ db, bridge }: AppProps) {
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [view, setView] = useState<'article' | 'library'>('article');
  const [analyst, setAnalyst] = useState<string | undefined>(undefined);
  const [askName, setAskName] = useState<'first' | 'change' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const show = useCallback((article: Article, stored: readonly Annotation[]) => {
    setOpen({ article, text: canonicalText(article.blocks), stored });
    setView('article');
  }, []);

  const openArticle = useCallback(
    async (article: Article) => {
      const [stored] = await Promise.all([annotationsOf(db, article.id), setLastArticleId(db, article.id)]);
      show(article, stored);
    },
    [db, show],
  );

  useEffect(() => {
    (async () => {
      // The reads at start do not depend on each other, and the last article's annotations
      // (the largest read) are asked for alongside the library rather than after it.
      const [name, last] = await Promise.all([analystName(db), lastArticleId(db)]);
      setAnalyst(name);
      if (!name) setAskName('first');
      const [articles, storedOfLast] = await Promise.all([openLibrary(db, sampleArticle), last ? annotationsOf(db, last) : undefined]);
      const article = articles.find((a) => a.id === last) ?? articles[0];
      if (!article) throw new Error('The library is empty and the sample article could not be added.');
      if (article.id === last && storedOfLast) show(article, storedOfLast);
      else await openArticle(article);
    })().catch((e: unknown) => setError(`Could not open the library: ${errorMessage(e)}`));
  }, [db, openArticle, show]);

  const saveName = useCallback(
    (name: string) => {
      setAnalystName(db, name)
        .then(() => {
          setAnalyst(name.trim());
          setAskName(null);
        })
        .catch((e: unknown) => setError(`Your name was not saved: ${errorMessage(e)}`));
    },
    [db],
  );

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Briefing Desk</h1>
        <nav className="app-nav" aria-label="Views">
          <button type="button" aria-pressed={view === 'library'} onClick={() => setView(view === 'library' ? 'article' : 'library')}>
            Library
          </button>
          <ArticleImport db={db} bridge={bridge} onOpen={openArticle} onError={setError} onStatus={setStatus} />
        </nav>
        <BriefExchange db={db} bridge={bridge} article={open?.article} analyst={analyst ?? 'Analyst'} onOpen={openArticle} onError={setError} onStatus={setStatus} />
        <button type="button" className="analyst-button" onClick={() => setAskName('change')}>
          Analyst: {analyst ?? 'not set'}
        </button>
      </header>
      <div role="alert" className="error-message">
        {error}
      </div>
      <p role="status" className="status-message">
        {status}
      </p>
      {view === 'library' ? (
        <LibraryView db={db} bridge={bridge} onOpen={(article) => void openArticle(article).catch((e: unknown) => setError(errorMessage(e)))} onError={setError} />
      ) : open ? (
        <ArticleWorkspace
          key={open.article.id}
          db={db}
          bridge={bridge}
          article={open.article}
          text={open.text}
          stored={open.stored}
          analyst={analyst ?? 'Analyst'}
          onError={setError}
          onStatus={setStatus}
        />
      ) : (
        <p className="loading">Opening the library…</p>
      )}
      {askName && <AnalystDialog current={analyst} onSave={saveName} onCancel={askName === 'change' ? () => setAskName(null) : undefined} />}
      <DesktopShell db={db} bridge={bridge} onError={setError} onStatus={setStatus} />
    </div>
  );
}
