/**
 * What is known of the article — byline, publisher, date — as a line under its title in the
 * reader, as the Library and the briefing PDF show it. A widget decoration, so the article's
 * text and every offset into it stay as they are.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { ArticleDraft } from '../../../app/model/model';
import { formatPublished } from '../../ui/format-time';

/** The plugin's key. */
export const articleMetaKey = new PluginKey<DecorationSet>('articleMeta');

/** The line's text: byline, publisher and date as known, or nothing. */
export function articleMetaLine(article: Pick<ArticleDraft, 'byline' | 'publisher' | 'published'>): string {
  return [article.byline, article.publisher, article.published && formatPublished(article.published)].filter(Boolean).join(' · ');
}

/** The plugin: the line after the title (the document's first block), when there is anything to say. */
export function articleMeta(line: string): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: articleMetaKey,
    state: {
      init: (_config, state) => {
        const chunk = state.doc.firstChild;
        const title = chunk?.firstChild;
        if (!line || !title) return DecorationSet.empty;
        const afterTitle = 1 + title.nodeSize;
        const widget = Decoration.widget(
          afterTitle,
          () => {
            const p = document.createElement('p');
            p.className = 'article-meta';
            p.textContent = line;
            return p;
          },
          { side: -1, ignoreSelection: true, key: 'article-meta' },
        );
        return DecorationSet.create(state.doc, [widget]);
      },
      // The article never changes (the view is read-only), so neither does the line.
      apply: (_tr, decorations) => decorations,
    },
    props: { decorations: (state) => articleMetaKey.getState(state) },
  });
}
