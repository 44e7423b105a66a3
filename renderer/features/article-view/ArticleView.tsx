/**
 * The article: a read-only ProseMirror view with the annotation highlights, selectable by
 * mouse and keyboard. G, R and P tag the selection; Delete removes the active annotation;
 * a click on a highlight activates it. Highlights follow the session's stored changes one
 * by one, never redrawn wholesale.
 */
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorView } from 'prosemirror-view';
import type { AnchoredAnnotation } from '../../../app/annotations/anchored-annotations';
import { articleToDoc, textOffsetToDocPos } from '../../../app/anchoring/article-doc';
import type { Article } from '../../../app/model/model';
import { tagForKey, type Tag } from '../../../app/model/tags';
import type { TextRange } from '../../../app/anchoring/text-selectors';
import { snapToWords } from '../../../app/anchoring/word-snap';
import type { AnnotationSession } from '../../session/annotation-session';
import { activeHighlight, setActiveRange } from './active-highlight';
import { annotationDecorations, changeHighlights, drawAround, highlightsAt, mergeHighlightChanges, type Highlight, type HighlightChange } from './annotation-decorations';
import { readOnly } from './read-only';
import { selectedTextRange } from './selected-range';
import { TagToolbar } from '../../ui/TagToolbar';

/** What the rest of the UI may ask of the article view. */
export interface ArticleViewHandle {
  /** The selected canonical-text range snapped to whole words, or undefined. */
  selectedRange(): TextRange | undefined;
  /**
   * Emphasises an annotation's passage (null for none); with `flash`, scrolls to it and
   * flashes it; with `collapseSelection`, the selection that made it collapses to its end,
   * in the same transaction.
   */
  reveal(anchored: AnchoredAnnotation | null, options?: { readonly flash?: boolean; readonly collapseSelection?: boolean }): void;
  /** Moves keyboard focus into the article text. */
  focus(): void;
}

/** Props of {@link ArticleView}. */
export interface ArticleViewProps {
  readonly article: Article;
  readonly text: string;
  readonly session: AnnotationSession;
  readonly highlightsVisible: boolean;
  /** Tags the current selection. */
  readonly onTag: (tag: Tag) => void;
  /** A click on highlights: their annotation ids, innermost first, and where the click was. */
  readonly onHighlightClick: (ids: readonly string[], at: { x: number; y: number }) => void;
  /** Delete or Backspace in the article, meant for the active annotation. */
  readonly onDeleteKey: () => void;
  /** Enter in the article, meant to open the active annotation's card. */
  readonly onEnterKey: () => void;
  readonly handle: Ref<ArticleViewHandle>;
}

function highlightOf(doc: PMNode, { annotation, range }: AnchoredAnnotation): Highlight {
  return {
    id: annotation.id,
    tag: annotation.tag,
    from: textOffsetToDocPos(doc, range.start),
    to: textOffsetToDocPos(doc, range.end),
    quote: annotation.target.quote.exact,
  };
}

/** Where the quick-tag toolbar goes: above the selection's start, in the article's pixels. */
interface SelectionAnchor {
  readonly left: number;
  readonly top: number;
}

/** The article view. */
export function ArticleView(props: ArticleViewProps) {
  const { article, text, session, highlightsVisible, handle } = props;
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const [selectionAnchor, setSelectionAnchor] = useState<SelectionAnchor | null>(null);
  const pendingHighlights = useRef<HighlightChange | null>(null);
  /** `tr` with the highlight changes still waiting to be drawn, which it takes over. */
  const withPendingHighlights = (tr: Transaction): Transaction => {
    const pending = pendingHighlights.current;
    pendingHighlights.current = null;
    return pending ? changeHighlights(tr, pending) : tr;
  };

  useEffect(() => {
    if (!mount.current) return;
    const doc = articleToDoc(article.blocks);
    const editor: EditorView = new EditorView(mount.current, {
      state: EditorState.create({
        doc,
        plugins: [readOnly(), annotationDecorations(session.getState().anchored.map((a) => highlightOf(doc, a))), activeHighlight()],
      }),
      attributes: { 'aria-label': `Text of ${article.title}`, class: 'article-text' },
      dispatchTransaction(tr) {
        editor.updateState(editor.state.apply(tr));
        if (tr.selectionSet || tr.docChanged) setSelectionAnchor(anchorOfSelection(editor));
      },
      handleKeyDown(_view, event) {
        if (event.ctrlKey || event.metaKey || event.altKey) return false;
        if (event.key === 'Delete' || event.key === 'Backspace') {
          callbacks.current.onDeleteKey();
          return true;
        }
        if (event.key === 'Enter') {
          callbacks.current.onEnterKey();
          return true;
        }
        const tag = tagForKey(event.key);
        if (!tag) return false;
        callbacks.current.onTag(tag);
        return true;
      },
      handleClick(clicked, pos, event) {
        if (!clicked.state.selection.empty) return false;
        const ids = highlightsAt(clicked.state, pos);
        if (ids.length === 0) return false;
        callbacks.current.onHighlightClick(ids, { x: event.clientX, y: event.clientY });
        return false;
      },
    });
    view.current = editor;
    // The session's changes (a tagging's as soon as it shows) redraw their highlights in the
    // next transaction the view makes (a tagging's reveal follows at once) or, failing that,
    // in a microtask: one update of a long article instead of two.
    const stopListening = session.onDidApplyChanges((changes, placed) => {
      const add = placed.map((a) => highlightOf(doc, a));
      // Only an annotation that existed before can have a highlight to take away: finding
      // one by id goes over every highlight, which a new annotation need not pay for.
      const remove = [...new Set(changes.flatMap((c) => (c.before ? [c.before.id] : [])))];
      const waiting = pendingHighlights.current;
      pendingHighlights.current = waiting ? mergeHighlightChanges(waiting, { remove, add }) : { remove, add };
      if (!waiting) {
        queueMicrotask(() => {
          if (pendingHighlights.current && view.current === editor) editor.dispatch(withPendingHighlights(editor.state.tr));
        });
      }
    });
    return () => {
      pendingHighlights.current = null;
      stopListening();
      editor.destroy();
      view.current = null;
    };
  }, [article, session]);

  useImperativeHandle(
    handle,
    () => ({
      selectedRange() {
        const editor = view.current;
        if (!editor) return undefined;
        const [from, to] = liveSelection(editor);
        const range = selectedTextRange(editor.state.doc, from, to, text);
        return range && snapToWords(text, range);
      },
      reveal(anchored, { flash = false, collapseSelection = false } = {}) {
        const editor = view.current;
        if (!editor) return;
        const range = anchored && { ...highlightOf(editor.state.doc, anchored), flash };
        let tr = setActiveRange(withPendingHighlights(editor.state.tr), range);
        if (range && flash) tr = drawAround(editor.state, tr, range);
        if (collapseSelection) tr.setSelection(TextSelection.create(tr.doc, editor.state.selection.to));
        editor.dispatch(tr);
        if (range && flash) {
          const { node } = editor.domAtPos(range.from);
          const element = node instanceof Element ? node : node.parentElement;
          element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
        }
      },
      focus() {
        view.current?.focus();
      },
    }),
    [text],
  );

  return (
    <article className={highlightsVisible ? 'article' : 'article highlights-hidden'} aria-label={article.title}>
      <div ref={mount} />
      {selectionAnchor && (
        <TagToolbar label="Quick tag" className="quick-tag" style={selectionAnchor} onTag={(tag) => callbacks.current.onTag(tag)} />
      )}
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
 * the scrolling article's own coordinates, so it moves with the text.
 */
function anchorOfSelection(editor: EditorView): SelectionAnchor | null {
  const { from, to, empty } = editor.state.selection;
  const scroller = editor.dom.closest('article');
  if (empty || !scroller || !editor.state.doc.textBetween(from, to).trim()) return null;
  const start = editor.coordsAtPos(from);
  const box = scroller.getBoundingClientRect();
  return { left: start.left - box.left + scroller.scrollLeft, top: start.top - box.top + scroller.scrollTop };
}
