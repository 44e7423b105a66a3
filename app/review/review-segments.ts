/**
 * An article block cut into runs of text for review mode's read-only view: each run is either
 * untagged (dimmed) or covered by highlights of some tags, so the view draws plain spans with
 * no editor behind them.
 */
import type { AnchoredAnnotation } from '../annotations/anchored-annotations';
import { blockIndexAt, blockStarts } from '../model/canonical-text';
import type { ArticleBlock } from '../model/model';
import type { Tag } from '../model/tags';

/** A run of a block's text and the tags of the highlights covering all of it (none: untagged). */
export interface ReviewSegment {
  readonly text: string;
  readonly tags: readonly Tag[];
}

/** A highlight as review mode draws it: a tag over a range of the canonical text (UTF-16 offsets). */
export interface ReviewHighlight {
  readonly tag: Tag;
  readonly start: number;
  readonly end: number;
}

/**
 * The highlights of `anchored`, in their order; `previous` itself when it holds the same tags
 * over the same ranges, so a change that moves no highlight (a verdict, a note) leaves the
 * drawn article as it was.
 */
export function reviewHighlights(anchored: readonly AnchoredAnnotation[], previous?: readonly ReviewHighlight[]): readonly ReviewHighlight[] {
  const same =
    previous?.length === anchored.length &&
    anchored.every(({ annotation, range }, i) => {
      const kept = previous[i]!;
      return kept.tag === annotation.tag && kept.start === range.start && kept.end === range.end;
    });
  return same && previous ? previous : anchored.map(({ annotation, range }) => ({ tag: annotation.tag, start: range.start, end: range.end }));
}

/**
 * `blockText`, starting at `blockStart` of the canonical text, cut at every highlight edge
 * inside it. Tags are listed once each, in the order the highlights come.
 */
export function reviewSegments(blockText: string, blockStart: number, highlights: readonly ReviewHighlight[]): ReviewSegment[] {
  const end = blockStart + blockText.length;
  const inside = highlights.filter((h) => h.start < end && h.end > blockStart);
  const cuts = new Set([0, blockText.length]);
  for (const h of inside) {
    cuts.add(Math.max(0, h.start - blockStart));
    cuts.add(Math.min(blockText.length, h.end - blockStart));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ReviewSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const tags = [...new Set(inside.filter((h) => h.start <= blockStart + from && h.end >= blockStart + to).map((h) => h.tag))];
    segments.push({ text: blockText.slice(from, to), tags });
  }
  return segments;
}

/**
 * Every block of an article cut into segments. Each highlight goes only to the blocks it
 * touches: cutting each block against all the highlights cost blocks × highlights, seconds
 * for ten thousand highlights on a long article.
 */
export function reviewArticleSegments(blocks: readonly ArticleBlock[], highlights: readonly ReviewHighlight[]): ReviewSegment[][] {
  const starts = blockStarts(blocks);
  const byBlock: ReviewHighlight[][] = blocks.map(() => []);
  for (const h of highlights) {
    for (let b = blockIndexAt(starts, h.start); b < blocks.length && (starts[b] ?? Infinity) < h.end; b++) byBlock[b]!.push(h);
  }
  return blocks.map((block, b) => reviewSegments(block.text, starts[b] ?? 0, byBlock[b]!));
}
