/**
 * The Briefing Desk window: the open brief's workspace or the library, the analyst's
 * name, the alert and status lines every part reports to, and the window-wide features
 * (backups, the keyboard shortcuts, dropped and OS-opened files). It wires the command
 * registry to the menu, the keys and the focus once, for the whole window.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { errorMessage } from '../app/model/error-message';
import { canonicalText } from '../app/model/canonical-text';
import type { Article } from '../app/model/model';
import type { Brief } from '../app/brief/brief';
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
import { briefForArticle, briefsUsing, loadBrief, readBriefContents, type BriefContents } from './storage/brief-store';
import { revisionPlace, type RevisionPlace } from './storage/history-store';
import { sampleArticle } from './storage/sample-article';
import { analystName, lastArticleId, lastBriefId, lastSourceOf, setLastOpen, UNNAMED_ANALYST } from './storage/settings-store';
import { NewBrief } from './features/sources/NewBrief';
import { isQuotaError, QUOTA_MESSAGE } from './storage/storage-error';
import { Workspace } from './workbench/Workspace';

/** Props of {@link App}. */
export interface AppProps {
  readonly services: Services;
}

/** A brief opened, with what was stored about it when it opened. */
interface OpenBrief {
  readonly brief: Brief;
  readonly contents: BriefContents;
  /** The source shown first. */
  readonly sourceId?: string;
  /** An earlier revision of an article opened alone, read-only: where it stands among its revisions. */
  readonly revision?: RevisionPlace;
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
  const { error, status, working } = useSyncExternalStore(notifications.subscribe, notifications.getState);
  const [open, setOpen] = useState<OpenBrief | null>(null);
  /** The open brief was deleted: nothing is open until the analyst opens something. */
  const [closed, setClosed] = useState(false);
  const [view, setView] = useState<'article' | 'library'>('article');
  const [analyst, setAnalyst] = useState<string | undefined>(undefined);
  /** The operating system account's name (desktop), which signs until a name is given. */
  const [accountName, setAccountName] = useState<string | undefined>(undefined);
  const signer = analyst ?? accountName ?? UNNAMED_ANALYST;
  const signerRef = useRef(signer);
  signerRef.current = signer;

  const show = useCallback((opened: OpenBrief) => {
    setOpen(opened);
    setView('article');
  }, []);

  /** Opens brief `brief` showing source `sourceId` (by default the one it showed last, else its first). */
  const openBrief = useCallback(
    async (brief: Brief, sourceId?: string, done?: HistoryStep) => {
      const [contents, last] = await Promise.all([readBriefContents(db, brief.id, brief.sources), sourceId ? undefined : lastSourceOf(db, brief.id)]);
      const shown = contents.sources.find((s) => s.article.id === (sourceId ?? last))?.article.id ?? contents.sources[0]?.article.id;
      await setLastOpen(db, brief.id, shown);
      show({ brief, contents, sourceId: shown, done });
    },
    [db, show],
  );

  /**
   * Opens `article`: in the brief that has it among its sources (a new one-source brief when
   * none has), or, for an earlier revision, alone and read-only with the annotations it had.
   */
  const openArticle = useCallback(
    async (article: Article, done?: HistoryStep) => {
      const revision = await revisionPlace(db, article.id);
      if (revision && revision.number < revision.of) {
        const [owner] = await briefsUsing(db, revision.latest.id);
        const brief: Brief = { ...(owner ?? (await loadBrief(db, crypto.randomUUID(), signerRef.current))), sources: [article.id] };
        const contents = { sources: [{ article, text: canonicalText(article.blocks) }], annotations: await annotationsOf(db, article.id) };
        show({ brief, contents, revision, sourceId: article.id });
        return;
      }
      await openBrief(await briefForArticle(db, article, signerRef.current), article.id, done);
    },
    [db, openBrief, show],
  );

  useEffect(() => {
    (async () => {
      // The reads at start do not depend on each other.
      const [name, lastBrief, last, account] = await Promise.all([analystName(db), lastBriefId(db), lastArticleId(db), bridge.osAccountName().catch(() => undefined)]);
      setAnalyst(name);
      setAccountName(account);
      signerRef.current = name ?? account ?? UNNAMED_ANALYST;
      const articles = await openLibrary(db, sampleArticle);
      const brief = lastBrief ? await db.dossiers.get(lastBrief) : undefined;
      // A profile from before briefs kept their own source shown remembered the last article only.
      if (brief) return openBrief(brief, (await lastSourceOf(db, brief.id)) ?? last);
      const article = articles.find((a) => a.id === last) ?? articles[0];
      if (!article) throw new Error('The library is empty and the sample article could not be added.');
      await openArticle(article);
    })().catch((e: unknown) => notifications.error(`Could not open the library: ${errorMessage(e)}`));
  }, [bridge, db, notifications, openArticle, openBrief]);

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
    if (!open) return;
    const again = open.revision ? openArticle(open.contents.sources[0]!.article) : db.dossiers.get(open.brief.id).then((brief) => brief && openBrief(brief, open.sourceId));
    void again.catch((e: unknown) => notifications.error(errorMessage(e)));
  }, [db, notifications, open, openArticle, openBrief]);

  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-name">Briefing Desk</h1>
        <nav className="app-nav" aria-label="Views">
          <button type="button" aria-pressed={view === 'library'} onClick={() => setView(view === 'library' ? 'article' : 'library')}>
            Library
          </button>
          <NewBrief analyst={signer} onOpen={openBrief} />
          <ArticleImport onOpen={openArticle} />
        </nav>
        <BriefExchange brief={view === 'article' && open && !open.revision ? open.brief : undefined} analyst={signer} onOpen={openBrief} />
        <AnalystName name={analyst} signer={signer} onNamed={setAnalyst} onResigned={reopen} />
      </header>
      <div role="alert" className="error-message">
        {error}
      </div>
      {view === 'library' ? (
        <LibraryView
          onOpen={openOrSay}
          onOpenBrief={(brief, sourceId) => void openBrief(brief, sourceId).catch((e: unknown) => notifications.error(errorMessage(e)))}
          onBriefDeleted={(briefId) => {
            // The open brief is gone: the workspace closes rather than write to it.
            if (open?.brief.id === briefId) {
              setOpen(null);
              setClosed(true);
            }
          }}
        />
      ) : open ? (
        <Workspace
          key={`${open.brief.id}:${open.contents.sources[0]?.article.id ?? ''}:${String(!!open.revision)}`}
          brief={open.brief}
          contents={open.contents}
          sourceId={open.sourceId}
          analyst={signer}
          revision={open.revision}
          onOpen={openOrSay}
          done={open.done}
        />
      ) : (
        <p className="loading">{closed ? 'No brief is open: open one from the Library.' : 'Opening the library…'}</p>
      )}
      <footer className="status-bar">
        {working && (
          <div className="working">
            <div role="progressbar" aria-label={working} className="working-bar" />
            <span>{working}…</span>
          </div>
        )}
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
