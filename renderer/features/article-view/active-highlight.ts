/**
 * The active annotation's emphasis in the text: one extra decoration over its range, which
 * can flash once when the analyst jumps to it from its card.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The active range in doc positions, and whether it should flash now. */
export interface ActiveRange {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly flash: boolean;
}

/** The plugin's state: the active range (null for none) and its decoration. */
export interface ActiveState {
  readonly range: ActiveRange | null;
  readonly decorations: DecorationSet;
}

/** The plugin's key. */
export const activeHighlightKey = new PluginKey<ActiveState>('activeHighlight');

/** A transaction making `range` the active one (null for none). */
export function setActiveRange(tr: Transaction, range: ActiveRange | null): Transaction {
  return tr.setMeta(activeHighlightKey, { range });
}

function decorationsOf(doc: Node, active: ActiveRange | null): DecorationSet {
  if (!active) return DecorationSet.empty;
  return DecorationSet.create(doc, [
    Decoration.inline(active.from, active.to, {
      nodeName: 'span',
      class: active.flash ? 'active-highlight flash' : 'active-highlight',
      'data-active-annotation': active.id,
    }),
  ]);
}

/**
 * The plugin. Its decorations are built when the active range changes and kept otherwise:
 * a new set on every update would make the view compare every block of a long article.
 */
export function activeHighlight(): Plugin<ActiveState> {
  return new Plugin<ActiveState>({
    key: activeHighlightKey,
    state: {
      init: () => ({ range: null, decorations: DecorationSet.empty }),
      apply(tr, active) {
        const meta = tr.getMeta(activeHighlightKey) as { range: ActiveRange | null } | undefined;
        if (meta) return { range: meta.range, decorations: decorationsOf(tr.doc, meta.range) };
        if (!active.range || !tr.docChanged) return active;
        const range = { ...active.range, from: tr.mapping.map(active.range.from), to: tr.mapping.map(active.range.to) };
        return { range, decorations: decorationsOf(tr.doc, range) };
      },
    },
    props: {
      decorations: (state) => activeHighlightKey.getState(state)?.decorations,
    },
  });
}
