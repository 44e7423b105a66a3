/**
 * The article: a read-only ProseMirror view with the annotation highlights, selectable by
 * mouse and keyboard. It carries out the tag commands (G, R, P, the toolbars): a tagging is
 * the selection turned into a change set by the session and drawn, with the new annotation
 * made active and the selection collapsed, in one ProseMirror transaction in the key's own
 * event. It draws the active highlight from the workspace store, and the session's changes
 * one by one, never redrawing the highlights wholesale.
 */
import { useEffect, useRef, useState } from 'react';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorView } from 'prosemirror-view';
import type { AnchoredAnnotation } from '../../../app/annotations/anchored-annotations';
import { articleToDoc, textOffsetToDocPos } from '../../../app/anchoring/article-doc';
import { tagCommandId } from '../../../app/platform/app-commands';
import { TAGS, tagStyle, type Tag } from '../../../app/model/tags';
import type { TextRange } from '../../../app/anchoring/text-selectors';
import { snapToWords } from '../../../app/anchoring/word-snap';
import { commandForKey } from '../../commands/command-keys';
import { useServices } from '../../services/services';
import { useWorkspace, useWorkspaceState } from '../../session/workspace-context';
import type { WorkspaceState } from '../../session/workspace-store';
import { TagToolbar } from '../../ui/TagToolbar';
import { activeHighlight, setActiveRange } from './active-highlight';
import { annotationDecorations, changeHighlights, drawAround, highlightsAt, mergeHighlightChanges, type Highlight, type HighlightChange } from './annotation-decorations';
import { articleMeta, articleMetaLine } from './article-meta';
import { HighlightChooser } from './HighlightChooser';
import { readOnly } from './read-only';
import { selectedTextRange } from './selected-range';

function highlightOf(doc: PMNode, { annotation, range }: AnchoredAnnotation): Highlight {
  return {
    id: annotation.id,
    tag: annotation.tag,
    from: textOffsetToDocPos(doc, range.start),
    to: textOffsetToDocPos(doc, range.end),
    quote: annotation.target.quote.exact,
  };
}

/**
 * Where the quick-tag toolbar goes, in the article's pixels: just above the selection's first
 * line, or just below its last when there is no room above in view, never over its words.
 */
interface SelectionAnchor {
  readonly left: number;
  readonly top: number;
  readonly below: boolean;
}

/** The quick-tag toolbar's height and width, with a margin, for placing it before it is drawn. */
const QUICK_TAG_HEIGHT = 40;
const QUICK_TAG_WIDTH = 340;

/** What the view has yet to draw: highlight changes, and whether the selection collapses. */
interface PendingDraw {
  highlights: HighlightChange | null;
  collapseSelection: boolean;
}

/** The article view of the open workspace. */
export function ArticleView() {
  const { article, text, session, store, readOnly: earlierRevision } = useWorkspace();
  const { commands, notifications } = useServices();
  const { highlightsVisible } = useWorkspaceState();
  const mount = useRef<HTMLDivElement>(null);
  const [selectionAnchor, setSelectionAnchor] = useState<SelectionAnchor | null>(null);

  useEffect(() => {
    if (!mount.current) return;
    const doc = articleToDoc(article.blocks);
    const pending: PendingDraw = { highlights: null, collapseSelection: false };
    let drawQueued = false;
    /** The active annotation as drawn last, to draw only what changed (none yet: one chosen in another source's card is drawn on opening). */
    let drawnActivation: WorkspaceState['activation'] = null;
    /** This source's annotations among the brief's. */
    const onThisSource = (placed: AnchoredAnnotation): boolean => placed.annotation.articleId === article.id;

    /** `tr` with everything waiting to be drawn: highlights, the active range, the selection. */
    const withPending = (tr: Transaction): Transaction => {
      if (pending.highlights) tr = changeHighlights(tr, pending.highlights);
      pending.highlights = null;
      const activation = store.getState().activation;
      if (activation !== drawnActivation) {
        drawnActivation = activation;
        const placed = activation?.id ? session.getState().anchored.find((a) => a.annotation.id === activation.id && onThisSource(a)) : undefined;
        const flash = activation?.source === 'card' || activation?.source === 'focus';
        const range = placed ? { ...highlightOf(tr.doc, placed), flash } : null;
        tr = setActiveRange(tr, range);
        if (range && flash) tr = drawAround(editor.state, tr, range);
      }
      if (pending.collapseSelection) tr.setSelection(TextSelection.create(tr.doc, editor.state.selection.to));
      pending.collapseSelection = false;
      return tr;
    };
    /** Draws what is pending now, in one transaction; scrolls to a card's passage. */
    const draw = (): void => {
      drawQueued = false;
      if (view !== editor) return;
      const activation = store.getState().activation;
      const scroll = activation !== drawnActivation && (activation?.source === 'card' || activation?.source === 'focus');
      editor.dispatch(withPending(editor.state.tr));
      if (!scroll) return;
      const active = editor.dom.querySelector('[data-active-annotation]');
      active?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    };
    /** Draws at the end of the current task unless something draws sooner. */
    const drawSoon = (): void => {
      if (drawQueued) return;
      drawQueued = true;
      queueMicrotask(() => drawQueued && draw());
    };

    /** The selected canonical-text range snapped to whole words, or undefined. */
    const selectedRange = (): TextRange | undefined => {
      const [from, to] = liveSelection(editor);
      const range = selectedTextRange(editor.state.doc, from, to, text);
      return range && snapToWords(text, range);
    };

    /**
     * Tags the selection: the session shows the annotation at once, before its write
     * commits; it becomes active and its selection collapses in the same transaction, so
     * highlight, card and selection reach the screen in one frame. It is reported added
     * once stored; a failed write takes it back out.
     */
    const tagSelection = (tag: Tag): void => {
      const range = selectedRange();
      if (!range) {
        notifications.status('Select a passage of the article first.');
        return;
      }
      const annotation = session.draft(tag, range, article.id);
      pending.collapseSelection = true;
      const stored = session.tag(annotation);
      store.activate(annotation.id, 'tagging');
      draw();
      void notifications.run(() => stored, 'The annotation was not saved', `${tagStyle(tag).label} added.`);
    };

    let view: EditorView | null = null;
    const editor: EditorView = new EditorView(mount.current, {
      state: EditorState.create({
        doc,
        plugins: [readOnly(), articleMeta(articleMetaLine(article)), annotationDecorations(session.getState().anchored.filter(onThisSource).map((a) => highlightOf(doc, a))), activeHighlight()],
      }),
      // Focusable by Tab as the scrolling article's content, so keys can scroll and select in it.
      attributes: { 'aria-label': `Text of ${article.title}`, class: 'article-text', tabindex: '0' },
      dispatchTransaction(tr) {
        editor.updateState(editor.state.apply(tr));
        if (tr.selectionSet || tr.docChanged) setSelectionAnchor(anchorOfSelection(editor));
      },
      handleKeyDown(_view, event) {
        if (event.key === 'Escape') {
          setSelectionAnchor(null);
          return false;
        }
        if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.altKey) {
          if (store.getState().activeId) store.requestNoteFocus();
          return true;
        }
        const command = commandForKey(event, 'article');
        if (!command) return false;
        commands.execute(command);
        return true;
      },
      handleDOMEvents: {
        // The quick-tag toolbar belongs to a selection being worked on: it goes when the focus
        // leaves the article (its own buttons keep the focus where it is).
        focusout: (_view, event) => {
          const to = event.relatedTarget;
          if (!(to instanceof Node) || !editor.dom.closest('article')?.contains(to)) setSelectionAnchor(null);
          return false;
        },
      },
      handleClick(clicked, pos, event) {
        if (!clicked.state.selection.empty) return false;
        const ids = highlightsAt(clicked.state, pos);
        if (ids.length === 1) store.activate(ids[0]!, 'text');
        else if (ids.length > 1) store.openChooser(ids, event.clientX, event.clientY);
        return false;
      },
    });
    view = editor;
    if (store.getState().activation) drawSoon();

    const stopSession = session.onDidApplyChanges((changes, placed) => {
      const add = placed.filter(onThisSource).map((a) => highlightOf(doc, a));
      // Only an annotation that existed before can have a highlight to take away: finding
      // one by id goes over every highlight, which a new annotation need not pay for.
      const remove = [...new Set(changes.flatMap((c) => (c.before ? [c.before.id] : [])))];
      pending.highlights = pending.highlights ? mergeHighlightChanges(pending.highlights, { remove, add }) : { remove, add };
      drawSoon();
    });
    const stopStore = store.subscribe(() => {
      if (store.getState().activation !== drawnActivation) drawSoon();
    });
    const stopSelection = store.provideSelection(selectedRange);
    // A press anywhere outside the article puts the quick-tag toolbar away.
    const onPointerDown = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || !editor.dom.closest('article')?.contains(event.target)) setSelectionAnchor(null);
    };
    window.addEventListener('pointerdown', onPointerDown);
    const stopPointer = () => window.removeEventListener('pointerdown', onPointerDown);
    const stopTags = TAGS.map((tag) =>
      commands.register(tagCommandId(tag), { run: () => tagSelection(tag), isEnabled: () => !earlierRevision && !store.getState().reviewing }),
    );
    return () => {
      for (const stop of [stopSession, stopStore, stopSelection, stopPointer, ...stopTags]) stop();
      view = null;
      editor.destroy();
    };
  }, [article, commands, earlierRevision, notifications, session, store, text]);

  return (
    <article className={highlightsVisible ? 'article' : 'article highlights-hidden'} aria-label={article.title}>
      <div ref={mount} />
      {selectionAnchor && !earlierRevision && (
        <TagToolbar label="Quick tag" className={selectionAnchor.below ? 'quick-tag below' : 'quick-tag'} style={{ left: selectionAnchor.left, top: selectionAnchor.top }} />
      )}
      <HighlightChooser />
    </article>
  );
}

/**
 * The selection's doc positions as the page has it now. Chromium reports a new selection
 * with an asynchronous `selectionchange` event, so a key pressed right after a drag can
 * arrive before ProseMirror's state has heard of it; the DOM selection is never behind.
 */
function liveSelection(editor: EditorView): [number, number] {
  const selection = editor.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (selection && anchorNode && focusNode && editor.dom.contains(anchorNode) && editor.dom.contains(focusNode)) {
    return [editor.posAtDOM(anchorNode, selection.anchorOffset), editor.posAtDOM(focusNode, selection.focusOffset)];
  }
  return [editor.state.selection.from, editor.state.selection.to];
}

/**
 * Where the quick-tag toolbar should float for the view's selection, or null for none: in
 * the scrolling article's own coordinates, so it moves with the text. Above the selection's
 * first line when that leaves room in view, else below its last; kept inside the article's width.
 */
function anchorOfSelection(editor: EditorView): SelectionAnchor | null {
  const { from, to, empty } = editor.state.selection;
  const scroller = editor.dom.closest('article');
  if (empty || !scroller || !editor.state.doc.textBetween(from, to).trim()) return null;
  const start = editor.coordsAtPos(from);
  const end = editor.coordsAtPos(to);
  const box = scroller.getBoundingClientRect();
  const below = start.top - box.top < QUICK_TAG_HEIGHT;
  const maxLeft = Math.max(0, scroller.clientWidth - QUICK_TAG_WIDTH);
  const left = Math.min(Math.max(0, start.left - box.left), maxLeft) + scroller.scrollLeft;
  return { left, top: (below ? end.bottom : start.top) - box.top + scroller.scrollTop, below };
}
