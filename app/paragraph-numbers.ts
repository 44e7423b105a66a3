/**
 * ¶ numbers for exports: which block of the article a quote starts in. Counts every block,
 * the title heading included, as ¶ 1 — the numbering the briefing PDF prints
 * (`composeBrief`), so a ¶ reference means the same block in the PDF, Markdown and CSV.
 */
import { blockIndexAt, blockStarts, canonicalText } from './canonical-text';
import type { AnnotationTarget, ArticleBlock } from './model';
import { anchorTarget } from './text-selectors';

/** Where a target sits in its article: its ¶ number and its UTF-16 start (for text order). */
export interface ParagraphPlace {
  /** 1-based index of the block holding the start of the quote. */
  readonly paragraph: number;
  readonly start: number;
}

/**
 * A function placing targets in `article`, anchored as when the article opens (position,
 * else the quote). It gives undefined for an orphaned target: a ¶ number is never guessed.
 * The canonical text is built once, so place many targets with one locator.
 */
export function paragraphLocator(article: { readonly blocks: readonly ArticleBlock[] }): (target: AnnotationTarget) => ParagraphPlace | undefined {
  const text = canonicalText(article.blocks);
  const starts = blockStarts(article.blocks);
  return (target) => {
    const anchoring = anchorTarget(text, target);
    if (anchoring.status === 'orphaned') return undefined;
    return { paragraph: blockIndexAt(starts, anchoring.range.start) + 1, start: anchoring.range.start };
  };
}
