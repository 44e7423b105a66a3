/**
 * ¶ numbers for exports: which block of the article a quote starts in. Counts every block,
 * the title heading included, as ¶ 1 — the numbering the briefing PDF prints
 * (`composeBrief`), so a ¶ reference means the same block in the PDF, Markdown and CSV.
 */
import { blockIndexAt, blockStarts, canonicalText } from './canonical-text';
import type { Annotation, AnnotationTarget, ArticleBlock } from './model';
import { anchorTarget } from '../anchoring/text-selectors';

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

/** An annotation with its place in the article; no place when it is orphaned. */
export interface PlacedAnnotation<T extends Annotation> {
  readonly annotation: T;
  readonly place?: ParagraphPlace;
}

/**
 * `annotations` placed in `article` and sorted for exports: text order, then orphaned ones
 * (by their stored position), ties by id so the order never depends on the input's.
 */
export function placeInTextOrder<T extends Annotation>(article: { readonly blocks: readonly ArticleBlock[] }, annotations: readonly T[]): PlacedAnnotation<T>[] {
  const locate = paragraphLocator(article);
  const key = (p: PlacedAnnotation<T>) => [p.place ? 0 : 1, p.place?.start ?? p.annotation.target.position.start] as const;
  return annotations
    .map((annotation) => ({ annotation, place: locate(annotation.target) }))
    .sort((a, b) => {
      const [aOrphan, aStart] = key(a);
      const [bOrphan, bStart] = key(b);
      return aOrphan - bOrphan || aStart - bStart || (a.annotation.id < b.annotation.id ? -1 : a.annotation.id > b.annotation.id ? 1 : 0);
    });
}
