/**
 * The canonical text of an article: its block texts joined by a blank line. It is the
 * coordinate space of every anchor, so it must be computed the same way everywhere.
 */
import type { ArticleBlock } from './model';

/** What separates two blocks in the canonical text. */
export const BLOCK_SEPARATOR = '\n\n';

/** The canonical text of a list of blocks. */
export function canonicalText(blocks: readonly ArticleBlock[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/**
 * The UTF-16 offset at which each block's text starts in the canonical text, in block order.
 */
export function blockStarts(blocks: readonly ArticleBlock[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + BLOCK_SEPARATOR.length;
  }
  return starts;
}

/**
 * The index of the block holding a UTF-16 offset of the canonical text (an offset inside a
 * separator belongs to the block before it). Used for ¶ references.
 */
export function blockIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
