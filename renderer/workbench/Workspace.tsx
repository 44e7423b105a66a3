/**
 * One open article's workspace: it makes the article's annotation session and workspace store,
 * gives them to its features (the article view, the annotations panel, the brief editor, review
 * mode, the revision queue, Export PDF), carries out the commands that act on the workspace as
 * a whole, and lays the features out. It routes no command of theirs: each feature carries out
 * its own through the command registry.
 */
import { memo, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { HistoryStep } from '../../app/annotations/undo-history';
import type { Annotation, Article } from '../../app/model/model';
import { tagStyle } from '../../app/model/tags';
import { CommandButton } from '../commands/CommandButton';
import { useCommand } from '../commands/use-command';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import { ArticleView } from '../features/article-view/ArticleView';
import { BriefPanel } from '../features/brief-editor/BriefPanel';
import { PdfExport } from '../features/pdf-export/PdfExport';
import { ReviewView } from '../features/review/ReviewView';
import { RevisionQueue } from '../features/revision/RevisionQueue';
import { useServices } from '../services/services';
import type { RevisionPlace } from '../storage/history-store';
import { AnnotationSession } from '../session/annotation-session';
import { WorkspaceProvider, type OpenWorkspace } from '../session/workspace-context';
import { WorkspaceStore } from '../session/workspace-store';
import { SidePanelTabs } from '../ui/SidePanelTabs';
import { TagToolbar } from '../ui/TagToolbar';

/** Props of {@link Workspace}. */
export interface WorkspaceProps {
  readonly article: Article;
  /** The article's canonical text. */
  readonly text: string;
  /** The article's stored annotations when it was opened. */
  readonly stored: readonly Annotation[];
  readonly analyst: string;
  /** Where the article stands among its revisions; an earlier revision opens read-only. */
  readonly revision?: RevisionPlace;
  /** Opens another stored article (the latest revision, from an earlier one). */
  readonly onOpen: (article: Article) => void;
  /** An action already stored that Undo takes back first (the merge that just changed the article). */
  readonly done?: HistoryStep;
}

/**
 * The open article's workspace. Memoised: at thousands of annotations a render costs
 * milliseconds, and the status line above it changes after most actions.
 */
export const Workspace = memo(function Workspace({ article, text, stored, analyst, revision, onOpen, done }: WorkspaceProps) {
  const { db, history, notifications } = useServices();
  const analystRef = useRef(analyst);
  analystRef.current = analyst;
  const readOnly = !!revision && revision.number < revision.of;
  const session = useMemo(
    () => new AnnotationSession({ db, article, text, analyst: () => analystRef.current, readOnly }, stored, done),
    [db, article, text, stored, readOnly, done],
  );
  const store = useMemo(() => new WorkspaceStore(), []);
  const workspace: OpenWorkspace = useMemo(() => ({ article, text, session, store, analyst, readOnly }), [analyst, article, session, store, text, readOnly]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const sessionState = useSyncExternalStore(session.subscribe, session.getState);

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
      <main className={state.panelOpen ? 'workspace' : 'workspace panel-closed'} hidden={state.reviewing}>
        <ArticleView />
        {/* Kept mounted while closed, so the list and the brief's drafts keep their state. */}
        <div id="side-panel" className="side-panel" hidden={!state.panelOpen}>
          <SidePanelTabs selected={state.sideTab} onSelect={(tab) => store.setSideTab(tab)} panels={{ annotations: <AnnotationsPanel />, brief: <BriefPanel /> }} />
        </div>
      </main>
      <PdfExport />
    </WorkspaceProvider>
  );
});
