/**
 * The annotation decoration plugin: every highlight is an inline decoration in the plugin's
 * state. Adding or removing highlights is a transaction meta, so the set is updated in place
 * and mapped through document changes, never rebuilt wholesale.
 */
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Tag } from '../../app/tags';
import { tagStyle } from '../../app/tags';

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

/** The plugin's key: read its DecorationSet with `annotationDecorationsKey.getState(state)`. */
export const annotationDecorationsKey = new PluginKey<DecorationSet>('annotationDecorations');

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

/** A transaction that removes the highlights of annotation ids `remove` and draws `add`. */
export function changeHighlights(tr: Transaction, change: HighlightChange): Transaction {
  return tr.setMeta(annotationDecorationsKey, change);
}

/** The ids of the highlights drawn over a doc position, innermost (shortest) first. */
export function highlightsAt(state: EditorState, pos: number): string[] {
  const set = annotationDecorationsKey.getState(state) ?? DecorationSet.empty;
  return set
    .find(pos, pos, (spec) => typeof (spec as Partial<HighlightSpec>).id === 'string')
    .filter((d) => d.from <= pos && pos < d.to)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((d) => (d.spec as HighlightSpec).id);
}

/** The plugin, drawing `initial` highlights from the start. */
export function annotationDecorations(initial: readonly Highlight[] = []): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: annotationDecorationsKey,
    state: {
      init: (_config, state) => DecorationSet.create(state.doc, initial.map(decorationOf)),
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc);
        const change = tr.getMeta(annotationDecorationsKey) as HighlightChange | undefined;
        if (!change) return next;
        if (change.remove.length > 0) {
          const ids = new Set(change.remove);
          next = next.remove(next.find(undefined, undefined, (spec) => ids.has((spec as HighlightSpec).id)));
        }
        return change.add.length > 0 ? next.add(tr.doc, change.add.map(decorationOf)) : next;
      },
    },
    props: {
      decorations: (state) => annotationDecorationsKey.getState(state),
    },
  });
}
