/**
 * One open brief's workspace: it makes the brief's annotation session and workspace store,
 * gives them to its features (the sources, the article view of the source shown, the
 * annotations panel, the brief editor, review mode, the revision queue, Export PDF), carries
 * out the commands that act on the workspace as a whole, and lays the features out. It routes
 * no command of theirs: each feature carries out its own through the command registry.
 */
import { memo, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { HistoryStep } from '../../app/annotations/undo-history';
import type { Article } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import { tagStyle } from '../../app/model/tags';
import { CommandButton } from '../commands/CommandButton';
import { useCommand } from '../commands/use-command';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import { ArticleView } from '../features/article-view/ArticleView';
import { BriefPanel } from '../features/brief-editor/BriefPanel';
import { PdfExport } from '../features/pdf-export/PdfExport';
import { WordExport } from '../features/pdf-export/WordExport';
import { ReviewView } from '../features/review/ReviewView';
import { RevisionQueue } from '../features/revision/RevisionQueue';
import { SourcesList } from '../features/sources/SourcesList';
import { useServices } from '../services/services';
import type { RevisionPlace } from '../storage/history-store';
import type { BriefContents } from '../storage/brief-store';
import { setLastOpen } from '../storage/settings-store';
import { AnnotationSession } from '../session/annotation-session';
import { WorkspaceProvider, type OpenWorkspace } from '../session/workspace-context';
import { WorkspaceStore } from '../session/workspace-store';
import { SidePanelTabs } from '../ui/SidePanelTabs';
import { TagToolbar } from '../ui/TagToolbar';

/** Props of {@link Workspace}. */
export interface WorkspaceProps {
  /** The brief (its id and, for a new one, its title). */
  readonly brief: Brief;
  /** Its sources and their annotations as stored when it was opened. */
  readonly contents: BriefContents;
  /** The source shown first; the first source when absent or not the brief's. */
  readonly sourceId?: string;
  readonly analyst: string;
  /** An earlier revision of an article, opened alone: where it stands among its revisions, and read-only. */
  readonly revision?: RevisionPlace;
  /** Opens another stored article (the latest revision, from an earlier one). */
  readonly onOpen: (article: Article) => void;
  /** An action already stored that Undo takes back first (the merge that just changed the brief). */
  readonly done?: HistoryStep;
}

/**
 * The open brief's workspace. Memoised: at thousands of annotations a render costs
 * milliseconds, and the status line above it changes after most actions.
 */
export const Workspace = memo(function Workspace({ brief, contents, sourceId, analyst, revision, onOpen, done }: WorkspaceProps) {
  const { db, history, notifications } = useServices();
  const analystRef = useRef(analyst);
  analystRef.current = analyst;
  const readOnly = !!revision && revision.number < revision.of;
  const session = useMemo(
    () => new AnnotationSession({ db, briefId: brief.id, sources: contents.sources, analyst: () => analystRef.current, readOnly }, contents.annotations, done),
    [db, brief.id, contents, readOnly, done],
  );
  // One store while the brief is open; the source shown first is only where it starts.
  const [store] = useState(() => new WorkspaceStore(contents.sources.find((s) => s.article.id === sourceId)?.article.id ?? contents.sources[0]?.article.id ?? null));
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const sessionState = useSyncExternalStore(session.subscribe, session.getState);
  const shown = sessionState.sources.find((s) => s.article.id === state.sourceId) ?? sessionState.sources[0];
  // A source added to an empty brief, or the shown one removed: the reader follows.
  useEffect(() => {
    if (shown && shown.article.id !== state.sourceId) store.showSource(shown.article.id);
  }, [shown, state.sourceId, store]);
  // The source shown is where this brief opens next time (an earlier revision is not a brief's);
  // a preference, so failing to store it loses nothing the analyst made.
  useEffect(() => {
    if (!readOnly && state.sourceId) void setLastOpen(db, brief.id, state.sourceId).catch(() => undefined);
  }, [db, brief.id, readOnly, state.sourceId]);
  const workspace: OpenWorkspace | undefined = useMemo(
    () => shown && { briefId: brief.id, article: shown.article, text: shown.text, session, store, analyst, readOnly },
    [analyst, brief.id, shown, session, store, readOnly],
  );

  // The annotations' history is where Undo and Redo go unless an editor with its own has the focus.
  useEffect(
    () =>
      history.add({
        undo: () => {
          const step = session.undoLabel();
          void notifications.run(async () => notifications.status((await session.undo()) ? (step ? `Undone: ${step}.` : 'Undone.') : 'Nothing to undo.'), 'Undo failed');
        },
        redo: () => {
          const step = session.redoLabel();
          void notifications.run(async () => notifications.status((await session.redo()) ? (step ? `Redone: ${step}.` : 'Redone.') : 'Nothing to redo.'), 'Redo failed');
        },
        canUndo: () => session.getState().canUndo,
        canRedo: () => session.getState().canRedo,
        undoLabel: () => session.undoLabel(),
        redoLabel: () => session.redoLabel(),
      }),
    [history, notifications, session],
  );
  useEffect(() => session.onDidChangeHistory(() => history.changed()), [history, session]);

  useCommand('toggle-highlights', { run: () => store.toggleHighlights() });
  // Review mode stores verdicts, which an earlier revision does not take.
  useCommand('review', { run: () => store.toggleReview(), isEnabled: () => !readOnly }, readOnly);
  useCommand(
    'delete-annotation',
    {
      run: () => {
        const id = store.getState().activeId;
        if (!id || !session.getState().all.has(id)) return;
        store.deactivate(id);
        const tag = session.getState().all.get(id)?.tag;
        void notifications.run(() => session.remove(id), 'The annotation was not deleted', tag && `${tagStyle(tag).label} deleted.`);
      },
      isEnabled: () => !readOnly && !!store.getState().activeId && !store.getState().reviewing,
    },
    `${state.activeId}:${state.reviewing}:${sessionState.all.size}:${readOnly}`,
  );

  const sourcesList = <SourcesList session={session} store={store} readOnly={readOnly} />;
  if (!workspace) {
    return (
      <>
        <section className="workspace-bar" aria-label="Workspace tools">
          <p className="brief-name">{brief.title.trim() || 'Untitled brief'}</p>
          <div className="workspace-actions">
            <CommandButton command="undo" />
            <CommandButton command="redo" />
          </div>
        </section>
        <main className="empty-brief">
          {sourcesList}
          <p className="empty-hint">This brief has no sources yet. Add an article from the library, or import a new one, to start annotating.</p>
        </main>
      </>
    );
  }

  return (
    <WorkspaceProvider workspace={workspace}>
      <section className="workspace-bar" aria-label="Workspace tools">
        {!state.reviewing && !readOnly && <TagToolbar label="Tag selection" className="tag-toolbar" />}
        {revision && readOnly && (
          <p className="revision-banner">
            Revision {revision.number} of {revision.of}: an earlier revision, read-only.{' '}
            <button type="button" onClick={() => onOpen(revision.latest)}>
              Open latest revision
            </button>
          </p>
        )}
        <div className="workspace-actions">
          <CommandButton command="undo" />
          <CommandButton command="redo" />
          <CommandButton command="toggle-highlights">{state.highlightsVisible ? 'Hide highlights' : 'Show highlights'}</CommandButton>
          <CommandButton command="export-pdf" />
          <CommandButton command="export-word" />
          <CommandButton command="review" pressed={state.reviewing} />
          <button type="button" aria-expanded={state.panelOpen} aria-controls="side-panel" onClick={() => store.togglePanel()}>
            {state.panelOpen ? 'Hide panel' : 'Show panel'}
          </button>
        </div>
      </section>
      {!readOnly && <RevisionQueue />}
      {state.reviewing && (
        <main className="review-main">
          <ReviewView />
        </main>
      )}
      {/* Kept mounted while reviewing, so the editor keeps its place; hidden, it takes no keys. */}
      {!state.reviewing && sourcesList}
      <main className={state.panelOpen ? 'workspace' : 'workspace panel-closed'} hidden={state.reviewing}>
        <ArticleView key={workspace.article.id} />
        {/* Kept mounted while closed, so the list and the brief's drafts keep their state. */}
        <div id="side-panel" className="side-panel" hidden={!state.panelOpen}>
          <SidePanelTabs selected={state.sideTab} onSelect={(tab) => store.setSideTab(tab)} panels={{ annotations: <AnnotationsPanel />, brief: <BriefPanel /> }} />
        </div>
      </main>
      <PdfExport />
      <WordExport />
    </WorkspaceProvider>
  );
});
