/**
 * The annotation decoration plugin: every highlight is an inline decoration in the plugin's
 * state. Adding or removing highlights is a transaction meta, so the set is updated in place
 * and mapped through document changes, never rebuilt wholesale. A long article draws only
 * the highlights near the text in view (see drawn-window.ts); the rest stay in the state.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Tag } from '../../../app/model/tags';
import { tagStyle } from '../../../app/model/tags';
import { coversAll, OPENING_WINDOW, shouldMove, windowAround, type DrawnWindow } from './drawn-window';

/** A highlight to draw: an annotation's id and tag over a range of doc positions. */
export interface Highlight {
  readonly id: string;
  readonly tag: Tag;
  readonly from: number;
  readonly to: number;
  /** The quoted text, for the highlight's accessible description. */
  readonly quote: string;
}

/**
 * What a transaction may ask of the plugin, through `tr.setMeta(annotationDecorationsKey, …)`:
 * highlights to remove by annotation id, then highlights to add.
 */
export interface HighlightChange {
  readonly remove: readonly string[];
  readonly add: readonly Highlight[];
}

/**
 * The plugin's state: every highlight, the stretch of the document whose highlights are
 * drawn, and the drawn ones (the same set as `all` when the stretch holds the whole article).
 */
export interface HighlightState {
  readonly all: DecorationSet;
  readonly window: DrawnWindow;
  readonly drawn: DecorationSet;
}

/** The plugin's key: read its state with `annotationDecorationsKey.getState(state)`. */
export const annotationDecorationsKey = new PluginKey<HighlightState>('annotationDecorations');

/** What a transaction asks of the plugin: highlights to change, a stretch to draw, or both. */
interface HighlightMeta {
  readonly change?: HighlightChange;
  readonly window?: DrawnWindow;
}

/** The spec each decoration carries, so highlights can be found by id. */
interface HighlightSpec {
  readonly id: string;
  readonly tag: Tag;
}

function decorationOf(highlight: Highlight): Decoration {
  const style = tagStyle(highlight.tag);
  const described = highlight.quote.length > 80 ? `${highlight.quote.slice(0, 79)}…` : highlight.quote;
  return Decoration.inline(
    highlight.from,
    highlight.to,
    {
      // Its own element per highlight: without nodeName, ProseMirror merges the attributes
      // of decorations over the same text, and one of two identical ranges would lose its id.
      nodeName: 'mark',
      class: `highlight highlight-${highlight.tag}`,
      'data-annotation-id': highlight.id,
      'data-tag': highlight.tag,
      'aria-description': `${style.label} highlight: ${described}`,
    },
    { id: highlight.id, tag: highlight.tag } satisfies HighlightSpec,
  );
}

/** One change doing what `first` and then `second` do. */
export function mergeHighlightChanges(first: HighlightChange, second: HighlightChange): HighlightChange {
  const removed = new Set(second.remove);
  return { remove: [...new Set([...first.remove, ...second.remove])], add: [...first.add.filter((h) => !removed.has(h.id)), ...second.add] };
}

/** `tr`, also removing the highlights of annotation ids `remove` and adding `add`. */
export function changeHighlights(tr: Transaction, change: HighlightChange): Transaction {
  return tr.setMeta(annotationDecorationsKey, { ...(tr.getMeta(annotationDecorationsKey) as HighlightMeta | undefined), change });
}

/** `tr`, also drawing the highlights of `window` (and only those, in a long article). */
export function drawWindow(tr: Transaction, window: DrawnWindow): Transaction {
  return tr.setMeta(annotationDecorationsKey, { ...(tr.getMeta(annotationDecorationsKey) as HighlightMeta | undefined), window });
}

/**
 * `tr`, also moving the drawn stretch of `state` so that it holds `range` with room around
 * it, unless it already does: for a jump to a passage far from the text in view.
 */
export function drawAround(state: EditorState, tr: Transaction, range: DrawnWindow): Transaction {
  const current = annotationDecorationsKey.getState(state)?.window;
  const size = tr.doc.content.size;
  return current && shouldMove(current, range, size) ? drawWindow(tr, windowAround(range, size)) : tr;
}

/** The ids of the highlights drawn over a doc position, innermost (shortest) first. */
export function highlightsAt(state: EditorState, pos: number): string[] {
  const set = annotationDecorationsKey.getState(state)?.all ?? DecorationSet.empty;
  return set
    .find(pos, pos, (spec) => typeof (spec as Partial<HighlightSpec>).id === 'string')
    .filter((d) => d.from <= pos && pos < d.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((d) => (d.spec as HighlightSpec).id);
}

function withChange(set: DecorationSet, doc: Node, change: HighlightChange, window?: DrawnWindow): DecorationSet {
  let next = set;
  if (change.remove.length > 0) {
    const ids = new Set(change.remove);
    next = next.remove(next.find(undefined, undefined, (spec) => ids.has((spec as HighlightSpec).id)));
  }
  const add = window ? change.add.filter((h) => h.from < window.to && h.to > window.from) : change.add;
  return add.length > 0 ? next.add(doc, add.map(decorationOf)) : next;
}

function drawnOf(all: DecorationSet, doc: Node, window: DrawnWindow): DecorationSet {
  return coversAll(window, doc.content.size) ? all : DecorationSet.create(doc, all.find(window.from, window.to));
}

/**
 * The plugin, drawing `initial` highlights from the start. In a long article it draws those
 * near the text in view and follows the scrolling of the article element holding the view.
 */
export function annotationDecorations(initial: readonly Highlight[] = []): Plugin<HighlightState> {
  return new Plugin<HighlightState>({
    key: annotationDecorationsKey,
    state: {
      init(_config, state) {
        const all = DecorationSet.create(state.doc, initial.map(decorationOf));
        return { all, window: OPENING_WINDOW, drawn: drawnOf(all, state.doc, OPENING_WINDOW) };
      },
      apply(tr, previous) {
        const meta = tr.getMeta(annotationDecorationsKey) as HighlightMeta | undefined;
        if (!meta && !tr.docChanged) return previous;
        const all = meta?.change ? withChange(previous.all.map(tr.mapping, tr.doc), tr.doc, meta.change) : previous.all.map(tr.mapping, tr.doc);
        const window = meta?.window ?? previous.window;
        if (meta?.window || tr.docChanged || coversAll(window, tr.doc.content.size)) return { all, window, drawn: drawnOf(all, tr.doc, window) };
        // A change within an unmoved stretch touches the drawn set the same way, so the
        // view redraws only the blocks whose highlights changed.
        return { all, window, drawn: meta?.change ? withChange(previous.drawn, tr.doc, meta.change, window) : previous.drawn };
      },
    },
    view: (view) => followScrolling(view),
    props: {
      decorations: (state) => annotationDecorationsKey.getState(state)?.drawn,
    },
  });
}

/**
 * Moves the drawn stretch with the text in view as the article scrolls. Scroll events come
 * at most once a frame; the visible text is found by a binary search over the boxes of the
 * document's chunks (see app/anchoring/article-doc.ts), a few reads of a layout the scroll has made.
 */
function followScrolling(view: EditorView): { destroy(): void } {
  const scroller = view.dom.closest('article');
  const onScroll = () => {
    const state = annotationDecorationsKey.getState(view.state);
    const size = view.state.doc.content.size;
    if (!state || !scroller || coversAll(state.window, size)) return;
    const visible = visibleRange(view, scroller.getBoundingClientRect());
    if (visible && shouldMove(state.window, visible, size)) view.dispatch(drawWindow(view.state.tr, windowAround(visible, size)));
  };
  scroller?.addEventListener('scroll', onScroll, { passive: true });
  return { destroy: () => scroller?.removeEventListener('scroll', onScroll) };
}

/** The doc positions of the chunks that meet the vertical extent of `box`, or undefined. */
function visibleRange(view: EditorView, box: DOMRect): DrawnWindow | undefined {
  const chunks = view.dom.children;
  if (chunks.length === 0) return undefined;
  const firstEndingBelow = (y: number): number => {
    let low = 0;
    let high = chunks.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (chunks[middle]!.getBoundingClientRect().bottom <= y) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const first = chunks[firstEndingBelow(box.top)]!;
  const last = chunks[firstEndingBelow(box.bottom)]!;
  const from = view.posAtDOM(first, 0);
  const to = view.posAtDOM(last, last.childNodes.length);
  return { from, to: Math.max(from, to) };
}
