/**
 * The active annotation's emphasis in the text: one extra decoration over its range, which
 * can flash once when the analyst jumps to it from its card.
 */
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** The active range in doc positions, and whether it should flash now. */
export interface ActiveRange {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly flash: boolean;
}

/** The plugin's key; its state is the active range or null. */
export const activeHighlightKey = new PluginKey<ActiveRange | null>('activeHighlight');

/** A transaction making `range` the active one (null for none). */
export function setActiveRange(tr: Transaction, range: ActiveRange | null): Transaction {
  return tr.setMeta(activeHighlightKey, { range });
}

/** The plugin. */
export function activeHighlight(): Plugin<ActiveRange | null> {
  return new Plugin<ActiveRange | null>({
    key: activeHighlightKey,
    state: {
      init: () => null,
      apply(tr, active) {
        const meta = tr.getMeta(activeHighlightKey) as { range: ActiveRange | null } | undefined;
        if (meta) return meta.range;
        if (!active || !tr.docChanged) return active;
        return { ...active, from: tr.mapping.map(active.from), to: tr.mapping.map(active.to) };
      },
    },
    props: {
      decorations(state) {
        const active = activeHighlightKey.getState(state);
        if (!active) return null;
        return DecorationSet.create(state.doc, [
          Decoration.inline(active.from, active.to, {
            nodeName: 'span',
            class: active.flash ? 'active-highlight flash' : 'active-highlight',
            'data-active-annotation': active.id,
          }),
        ]);
      },
    },
  });
}
