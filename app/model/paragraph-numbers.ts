/**
 * ¶ numbers for exports: which block of the article a quote starts in. Counts every block,
 * the title heading included, as ¶ 1 — the numbering the briefing PDF prints
 * (`composeBrief`), so a ¶ reference means the same block in the PDF, Markdown and CSV.
 * A source read from a PDF is cited by its pages too: `p. 4 ¶ 2` is the second block that
 * starts on page 4.
 */
import { blockIndexAt, blockStarts, canonicalText } from './canonical-text';
import type { Annotation, AnnotationTarget, ArticleBlock } from './model';
import { anchorTarget } from '../anchoring/text-selectors';

/** How a block is cited: its ¶ number and, in a source read from a PDF, its page and its ¶ there. */
export interface BlockCitation {
  /** 1-based index of the block in the article. */
  readonly paragraph: number;
  /** The page the block starts on, for a PDF source. */
  readonly page?: number;
  /** 1-based index of the block among those starting on `page`. */
  readonly pageParagraph?: number;
}

/** Where a target sits in its article: its block's citation and its UTF-16 start (for text order). */
export interface ParagraphPlace extends BlockCitation {
  readonly start: number;
}

/** The citation of every block of `blocks`, in order. */
export function blockCitations(blocks: readonly Pick<ArticleBlock, 'page'>[]): BlockCitation[] {
  const onPage = new Map<number, number>();
  return blocks.map((block, i) => {
    if (block.page === undefined) return { paragraph: i + 1 };
    const pageParagraph = (onPage.get(block.page) ?? 0) + 1;
    onPage.set(block.page, pageParagraph);
    return { paragraph: i + 1, page: block.page, pageParagraph };
  });
}

/** A citation as the brief and exports print it: `p. 4 ¶ 2` for a PDF's block, else `¶ 14`. */
export function citationText(citation: BlockCitation): string {
  return citation.page !== undefined && citation.pageParagraph !== undefined ? `p. ${citation.page} ¶ ${citation.pageParagraph}` : `¶ ${citation.paragraph}`;
}

/**
 * A function placing targets in `article`, anchored as when the article opens (position,
 * else the quote). It gives undefined for an orphaned target: a ¶ number is never guessed.
 * The canonical text is built once, so place many targets with one locator.
 */
export function paragraphLocator(article: { readonly blocks: readonly ArticleBlock[] }): (target: AnnotationTarget) => ParagraphPlace | undefined {
  const text = canonicalText(article.blocks);
  const starts = blockStarts(article.blocks);
  const citations = blockCitations(article.blocks);
  return (target) => {
    const anchoring = anchorTarget(text, target);
    if (anchoring.status === 'orphaned') return undefined;
    return { ...citations[blockIndexAt(starts, anchoring.range.start)]!, start: anchoring.range.start };
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
