/**
 * One open article: the text with its highlights, the annotations panel, and every action
 * on them (tag, edit, link, delete, undo, redo, export), each reported done once stored.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { AnchoredAnnotation } from '../../app/annotations/anchored-annotations';
import type { AnnotationEdit } from '../../app/annotations/annotation-changes';
import { SHOW_ALL, type AnnotationFilter } from '../../app/annotations/annotation-filter';
import { blockIndexAt, blockStarts } from '../../app/model/canonical-text';
import type { AppCommand, BriefingDeskBridge } from '../../app/platform/ipc-contract';
import type { Annotation, Article, ReviewVerdict } from '../../app/model/model';
import type { Brief } from '../../app/brief/brief';
import { speakerSuggestions } from '../../app/annotations/speaker-suggestions';
import { tagStyle, type Tag } from '../../app/model/tags';
import { AnnotationSession } from '../session/annotation-session';
import { loadBrief } from '../storage/brief-store';
import type { BriefingDeskDatabase } from '../storage/database';
import { runPdfExport, type PdfExportStage } from '../features/pdf-export/pdf-export';
import { storageErrorMessage } from '../storage/storage-error';
import { shortLabel } from '../../app/annotations/annotation-label';
import type { CardActions } from '../features/annotations/AnnotationCard';
import { AnnotationsPanel } from '../features/annotations/AnnotationsPanel';
import { BriefPanel } from '../features/brief-editor/BriefPanel';
import { ExportProgress } from '../features/pdf-export/ExportProgress';
import { SidePanelTabs, type SideTab } from '../ui/SidePanelTabs';
import { ArticleView, type ArticleViewHandle } from '../features/article-view/ArticleView';
import { NeedsReviewQueue } from '../features/revision/RevisionQueue';
import { ReviewView } from '../features/review/ReviewView';
import { TagToolbar } from '../ui/TagToolbar';
import { errorMessage } from '../../app/model/error-message';

/** Props of {@link ArticleWorkspace}. */
export interface ArticleWorkspaceProps {
  readonly db: BriefingDeskDatabase;
  readonly bridge: BriefingDeskBridge;
  readonly article: Article;
  readonly text: string;
  /** The article's stored annotations when it was opened. */
  readonly stored: readonly Annotation[];
  readonly analyst: string;
  /** Shows an error in the alert region (null clears it). */
  readonly onError: (message: string | null) => void;
  /** Shows a passing status message. */
  readonly onStatus: (message: string) => void;
}

/** Whether a key event belongs to a text field, whose own editing keys must keep working. */
function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]:not(.article-text)');
}

/**
 * The open article's workspace. Memoised: at thousands of annotations a render costs
 * milliseconds, and the status line above it changes after most actions.
 */
export const ArticleWorkspace = memo(function ArticleWorkspace({ db, bridge, article, text, stored, analyst, onError, onStatus }: ArticleWorkspaceProps) {
  const analystRef = useRef(analyst);
  analystRef.current = analyst;
  const session = useMemo(() => new AnnotationSession({ db, article, text, analyst: () => analystRef.current }, stored), [db, article, text, stored]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [filter, setFilter] = useState<AnnotationFilter>(SHOW_ALL);
  const [highlightsVisible, setHighlightsVisible] = useState(true);
  /** Review mode: the read-only review view instead of the article and its panel. */
  const [reviewing, setReviewing] = useState(false);
  const [chooser, setChooser] = useState<{ ids: readonly string[]; x: number; y: number } | null>(null);
  const articleView = useRef<ArticleViewHandle>(null);

  /** Runs a stored action, reporting a failure in the alert region. */
  const run = useCallback(
    async (action: () => Promise<unknown>, failure: string) => {
      try {
        await action();
        onError(null);
      } catch (e) {
        onError(`${failure}: ${storageErrorMessage(e)}`);
      }
    },
    [onError],
  );

  // Looks the annotation up when asked, so the callback (and the card actions made from it)
  // stays the same object across changes: a new one per change re-rendered every card.
  const activate = useCallback(
    (id: string | null, from: 'text' | 'card') => {
      setActiveId(id);
      setChooser(null);
      const placed = id ? session.getState().anchored.find((a) => a.annotation.id === id) : undefined;
      articleView.current?.reveal(placed ?? null, { flash: from === 'card' });
    },
    [session],
  );

  const tagSelection = useCallback(
    (tag: Tag) => {
      const range = articleView.current?.selectedRange();
      if (!range) {
        onStatus('Select a passage of the article first.');
        return;
      }
      const pending = { annotation: session.draft(tag, range), range };
      // The session shows the annotation at once, before its write; its card becomes active
      // and its passage emphasised in the same event, so all three reach the screen in one
      // render. It is reported added only once stored; a failed write takes it back out.
      const stored = session.tag(pending.annotation);
      articleView.current?.reveal(pending, { collapseSelection: true });
      setActiveId(pending.annotation.id);
      void run(async () => {
        await stored;
        onStatus(`${tagStyle(tag).label} added.`);
      }, 'The annotation was not saved');
    },
    [onStatus, run, session],
  );

  const undo = useCallback(() => void run(async () => onStatus((await session.undo()) ? 'Undone.' : 'Nothing to undo.'), 'Undo failed'), [onStatus, run, session]);
  const redo = useCallback(() => void run(async () => onStatus((await session.redo()) ? 'Redone.' : 'Nothing to redo.'), 'Redo failed'), [onStatus, run, session]);

  const removeActive = useCallback(() => {
    if (activeId && state.all.has(activeId)) {
      void run(() => session.remove(activeId), 'The annotation was not deleted');
      setActiveId(null);
    }
  }, [activeId, run, session, state.all]);

  const actions: CardActions = useMemo(
    () => ({
      activate: (id: string) => activate(id, 'card'),
      edit: (id: string, edit: AnnotationEdit, coalesceKey?: string) => void run(() => session.edit(id, edit, coalesceKey), 'The change was not saved'),
      remove: (id: string) => void run(() => session.remove(id), 'The annotation was not deleted'),
      link: (from: string, to: string, linked: boolean) => void run(() => session.link(from, to, linked), 'The link was not saved'),
    }),
    [activate, run, session],
  );

  // One callback for every review item, so a verdict re-renders its own item, not all of them.
  const setVerdict = useCallback(
    (id: string, verdict: ReviewVerdict | undefined, coalesceKey?: string) => void run(() => session.setVerdict(id, verdict, coalesceKey), 'The verdict was not saved'),
    [run, session],
  );

  const [sideTab, setSideTab] = useState<SideTab>('annotations');
  /** The brief as the Brief tab shows it (drafts included); read from the database until it has loaded. */
  const shownBrief = useRef<Brief | undefined>(undefined);
  const [exportStage, setExportStage] = useState<PdfExportStage | null>(null);
  const exportAbort = useRef<AbortController | null>(null);

  const exportPdf = useCallback(async () => {
    if (exportAbort.current) return; // one export at a time
    const controller = new AbortController();
    exportAbort.current = controller;
    try {
      const result = await runPdfExport({
        article,
        annotations: session.getState().anchored.map((a) => a.annotation),
        brief: shownBrief.current?.articleId === article.id ? shownBrief.current : await loadBrief(db, article.id, analystRef.current),
        analyst: analystRef.current,
        bridge,
        loadFonts: () => import('../features/pdf-export/brief-fonts').then((fonts) => fonts.BRIEF_FONTS),
        signal: controller.signal,
        onStage: setExportStage,
      });
      onError(null);
      onStatus(result.status === 'saved' ? `Saved ${result.fileName}.` : result.status === 'opened' ? 'The brief opened in a print view.' : 'Export cancelled.');
    } catch (e) {
      onStatus('');
      onError(`The PDF was not exported: ${errorMessage(e)}`);
    } finally {
      exportAbort.current = null;
      setExportStage(null);
    }
  }, [article, bridge, db, onError, onStatus, session]);

  const setShownBrief = useCallback((brief: Brief) => {
    shownBrief.current = brief;
  }, []);

  useEffect(
    () =>
      bridge.onDidRequestCommand((command: AppCommand) => {
        if (command === 'export-pdf') void exportPdf();
        else if (command === 'undo') undo();
        else if (command === 'redo') redo();
        else if (command === 'toggle-highlights') setHighlightsVisible((v) => !v);
        else if (command === 'review') setReviewing((r) => !r);
      }),
    [bridge, exportPdf, redo, undo],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'h' && event.shiftKey) {
        event.preventDefault();
        setHighlightsVisible((v) => !v);
      } else if (!inTextField(event.target) && ((key === 'z' && event.shiftKey) || key === 'y')) {
        event.preventDefault();
        redo();
      } else if (!inTextField(event.target) && key === 'z') {
        event.preventDefault();
        undo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [redo, undo]);

  const starts = useMemo(() => blockStarts(article.blocks), [article]);
  const speakerCache = useMemo(() => new Map<number, readonly string[]>(), []);
  const speakersFor = useCallback(
    (placed: AnchoredAnnotation) => {
      const index = blockIndexAt(starts, placed.range.start);
      let names = speakerCache.get(index);
      if (!names) {
        names = speakerSuggestions(article.blocks[index]?.text ?? '');
        speakerCache.set(index, names);
      }
      return names;
    },
    [article, speakerCache, starts],
  );

  return (
    <>
      <div className="workspace-bar">
        {!reviewing && <TagToolbar label="Tag selection" className="tag-toolbar" onTag={tagSelection} />}
        <div className="workspace-actions">
          <button type="button" onClick={undo} disabled={!state.canUndo} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" onClick={redo} disabled={!state.canRedo} aria-keyshortcuts="Control+Shift+Z">
            Redo
          </button>
          <button type="button" aria-pressed={!highlightsVisible} onClick={() => setHighlightsVisible((v) => !v)} aria-keyshortcuts="Control+Shift+H">
            Hide highlights
          </button>
          <button type="button" onClick={() => void exportPdf()}>
            Export PDF
          </button>
          <button type="button" aria-pressed={reviewing} onClick={() => setReviewing((r) => !r)}>
            Review
          </button>
        </div>
      </div>
      <NeedsReviewQueue
        db={db}
        articleId={article.id}
        text={text}
        session={session}
        selectedRange={() => articleView.current?.selectedRange()}
        onError={onError}
        onStatus={onStatus}
      />
      {reviewing && (
        <ReviewView
          article={article}
          anchored={state.anchored}
          orphaned={state.orphaned}
          reviewer={analyst}
          onVerdict={setVerdict}
          onError={onError}
        />
      )}
      {/* Kept mounted while reviewing, so the editor keeps its place; hidden, it takes no keys. */}
      <main className="workspace" hidden={reviewing}>
        <ArticleView
          article={article}
          text={text}
          session={session}
          highlightsVisible={highlightsVisible}
          onTag={tagSelection}
          onHighlightClick={(ids, at) => (ids.length === 1 ? activate(ids[0]!, 'text') : setChooser({ ids, ...at }))}
          onDeleteKey={removeActive}
          onEnterKey={() => activeId && document.querySelector<HTMLTextAreaElement>('.annotation-card.active textarea')?.focus()}
          handle={articleView}
        />
        <SidePanelTabs
          selected={sideTab}
          onSelect={setSideTab}
          panels={{
            annotations: (
              <AnnotationsPanel
                anchored={state.anchored}
                orphaned={state.orphaned}
                overview={state.overview}
                activeId={activeId}
                filter={filter}
                onFilterChange={setFilter}
                speakersFor={speakersFor}
                actions={actions}
              />
            ),
            brief: <BriefPanel db={db} articleId={article.id} analyst={analyst} onBriefChange={setShownBrief} onError={onError} />,
          }}
        />
      </main>
      {exportStage && <ExportProgress stage={exportStage} bridgeKind={bridge.kind} onCancel={() => exportAbort.current?.abort()} />}
      {chooser && (
        <div role="menu" aria-label="Choose annotation" className="chooser" style={{ left: chooser.x, top: chooser.y }}>
          {chooser.ids.map((id) => {
            const annotation = state.all.get(id);
            return (
              annotation && (
                <button key={id} type="button" role="menuitem" onClick={() => activate(id, 'text')}>
                  {shortLabel(annotation)}
                </button>
              )
            );
          })}
          <button type="button" role="menuitem" onClick={() => setChooser(null)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
});
