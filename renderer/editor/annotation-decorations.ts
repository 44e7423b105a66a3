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
}

/** What a transaction may ask of the plugin, through `tr.setMeta(annotationDecorationsKey, …)`. */
export type HighlightChange =
  | { readonly type: 'add'; readonly highlights: readonly Highlight[] }
  | { readonly type: 'remove'; readonly ids: readonly string[] };

/** The plugin's key: read its DecorationSet with `annotationDecorationsKey.getState(state)`. */
export const annotationDecorationsKey = new PluginKey<DecorationSet>('annotationDecorations');

/** The spec each decoration carries, so highlights can be found by id. */
interface HighlightSpec {
  readonly id: string;
  readonly tag: Tag;
}

function decorationOf(highlight: Highlight): Decoration {
  const style = tagStyle(highlight.tag);
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
      'data-letter': style.letter,
    },
    { id: highlight.id, tag: highlight.tag } satisfies HighlightSpec,
  );
}

/** A transaction that adds highlights to the view's set. */
export function addHighlights(tr: Transaction, highlights: readonly Highlight[]): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'add', highlights } satisfies HighlightChange);
}

/** A transaction that removes the highlights of the given annotation ids. */
export function removeHighlights(tr: Transaction, ids: readonly string[]): Transaction {
  return tr.setMeta(annotationDecorationsKey, { type: 'remove', ids } satisfies HighlightChange);
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
        if (change?.type === 'add') {
          next = next.add(tr.doc, change.highlights.map(decorationOf));
        } else if (change?.type === 'remove') {
          const ids = new Set(change.ids);
          next = next.remove(next.find(undefined, undefined, (spec) => ids.has((spec as HighlightSpec).id)));
        }
        return next;
      },
    },
    props: {
      decorations: (state) => annotationDecorationsKey.getState(state),
    },
  });
}
