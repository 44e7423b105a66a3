/**
 * The Briefing Desk window: the open article's workspace or the library, the analyst's
 * name, the alert and status lines every part reports to, and the window-wide features
 * (backups, the keyboard shortcuts, dropped and OS-opened files). It wires the command
 * registry to the menu, the keys and the focus once, for the whole window.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { errorMessage } from '../app/model/error-message';
import { canonicalText } from '../app/model/canonical-text';
import type { Annotation, Article } from '../app/model/model';
import type { HistoryStep } from '../app/annotations/undo-history';
import { useWindowCommands } from './commands/use-window-commands';
import { AnalystName } from './features/analyst/AnalystName';
import { ArticleImport } from './features/article-import/ArticleImport';
import { Backups } from './features/backup/Backups';
import { BriefExchange } from './features/exchange/BriefExchange';
import { FileDrop } from './features/file-intake/FileDrop';
import { LibraryView } from './features/library/LibraryView';
import { ShortcutsDialog } from './features/shortcuts/ShortcutsDialog';
import { ServicesProvider, useServices, type Services } from './services/services';
import { annotationsOf } from './storage/annotation-store';
import { openLibrary } from './storage/article-store';
import { revisionPlace, type RevisionPlace } from './storage/history-store';
import { sampleArticle } from './storage/sample-article';
import { analystName, lastArticleId, setLastArticleId, UNNAMED_ANALYST } from './storage/settings-store';
import { isQuotaError, QUOTA_MESSAGE } from './storage/storage-error';
import { Workspace } from './workbench/Workspace';

/** Props of {@link App}. */
export interface AppProps {
  readonly services: Services;
}

/** An article opened for reading, with what was stored about it when it opened. */
interface OpenArticle {
  readonly article: Article;
  readonly text: string;
  readonly stored: readonly Annotation[];
  /** Where it stands among its revisions (an earlier one opens read-only). */
  readonly revision: RevisionPlace | undefined;
  /** An action already stored that Undo takes back first (a merge). */
  readonly done?: HistoryStep;
}

/** The application window over `services`. */
export function App({ services }: AppProps) {
  return (
    <ServicesProvider services={services}>
      <AppWindow />
    </ServicesProvider>
  );
}

function AppWindow() {
  const services = useServices();
  const { db, bridge, notifications } = services;
  useWindowCommands(services);
  const { error, status } = useSyncExternalStore(notifications.subscribe, notifications.getState);
  const [open, setOpen] = useState<OpenArticle | null>(null);
  const [view, setView] = useState<'article' | 'library'>('article');
  const [analyst, setAnalyst] = useState<string | undefined>(undefined);
  /** The operating system account's name (desktop), which signs until a name is given. */
  const [accountName, setAccountName] = useState<string | undefined>(undefined);
  const signer = analyst ?? accountName ?? UNNAMED_ANALYST;

  const show = useCallback((article: Article, stored: readonly Annotation[], revision: RevisionPlace | undefined, done?: HistoryStep) => {
    setOpen({ article, text: canonicalText(article.blocks), stored, revision, done });
    setView('article');
  }, []);

  const openArticle = useCallback(
    async (article: Article, done?: HistoryStep) => {
      const [stored, revision] = await Promise.all([annotationsOf(db, article.id), revisionPlace(db, article.id), setLastArticleId(db, article.id)]);
      show(article, stored, revision, done);
    },
    [db, show],
  );

  useEffect(() => {
    (async () => {
      // The reads at start do not depend on each other, and the last article's annotations
      // (the largest read) are asked for alongside the library rather than after it.
      const [name, last, account] = await Promise.all([analystName(db), lastArticleId(db), bridge.osAccountName().catch(() => undefined)]);
      setAnalyst(name);
      setAccountName(account);
      const [articles, storedOfLast] = await Promise.all([openLibrary(db, sampleArticle), last ? annotationsOf(db, last) : undefined]);
      const article = articles.find((a) => a.id === last) ?? articles[0];
      if (!article) throw new Error('The library is empty and the sample article could not be added.');
      if (article.id === last && storedOfLast) show(article, storedOfLast, await revisionPlace(db, article.id));
      else await openArticle(article);
    })().catch((e: unknown) => notifications.error(`Could not open the library: ${errorMessage(e)}`));
  }, [bridge, db, notifications, openArticle, show]);

  useEffect(() => {
    // A write that failed for a full disk where nothing caught it still gets its message.
    const onRejection = (event: PromiseRejectionEvent): void => {
      if (isQuotaError(event.reason)) notifications.error(`Your last change was not saved: ${QUOTA_MESSAGE}`);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [notifications]);

  const openOrSay = useCallback((article: Article) => void openArticle(article).catch((e: unknown) => notifications.error(errorMessage(e))), [notifications, openArticle]);

  const reopen = useCallback(() => {
    if (open) void openArticle(open.article).catch((e: unknown) => notifications.error(errorMessage(e)));
  }, [notifications, open, openArticle]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Briefing Desk</h1>
        <nav className="app-nav" aria-label="Views">
          <button type="button" aria-pressed={view === 'library'} onClick={() => setView(view === 'library' ? 'article' : 'library')}>
            Library
          </button>
          <ArticleImport onOpen={openArticle} />
        </nav>
        <BriefExchange article={view === 'article' ? open?.article : undefined} analyst={signer} onOpen={openArticle} />
        <AnalystName name={analyst} signer={signer} onNamed={setAnalyst} onResigned={reopen} />
      </header>
      <div role="alert" className="error-message">
        {error}
      </div>
      {view === 'library' ? (
        <LibraryView onOpen={openOrSay} />
      ) : open ? (
        <Workspace key={open.article.id} article={open.article} text={open.text} stored={open.stored} analyst={signer} revision={open.revision} onOpen={openOrSay} done={open.done} />
      ) : (
        <p className="loading">Opening the library…</p>
      )}
      <footer className="status-bar">
        <p role="status" className="status-message">
          {status}
        </p>
      </footer>
      <Backups />
      <ShortcutsDialog />
      <FileDrop />
    </div>
  );
}
