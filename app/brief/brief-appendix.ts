/**
 * The brief's appendix: the whole article, each block cut into segments at every highlight
 * boundary, so overlapping highlights render as nested marks without any range crossing a tag;
 * for long sources, only the highlighted blocks and their neighbours, with the rest marked left out.
 */
import { blockIndexAt } from '../model/canonical-text';
import { blockCitations } from '../model/paragraph-numbers';
import type { ArticleBlock, BlockType } from '../model/model';
import type { TextRange } from '../anchoring/text-selectors';

/** A highlight to lay over the article: an item's number and its UTF-16 range in the canonical text. */
export interface AppendixHighlight<Ref> {
  readonly ref: Ref;
  readonly range: TextRange;
}

/** A run of text covered by the same highlights throughout. */
export interface AppendixSegment<Ref> {
  readonly text: string;
  /** The highlights covering the run, outermost (earliest start, then longest) first. */
  readonly covering: readonly Ref[];
  /** Highlights whose last character is the run's last: their superscript number follows it. */
  readonly ending: readonly Ref[];
}

/** One article block in the appendix. */
export interface AppendixBlock<Ref> {
  /** The block's ¶ number: its 1-based position in the article. */
  readonly paragraph: number;
  /** For a source read from a PDF: the page the block starts on and its ¶ there. */
  readonly page?: number;
  readonly pageParagraph?: number;
  readonly type: BlockType;
  /** A list item's bullet or number, a note's label (see `ArticleBlock.marker`). */
  readonly marker?: string;
  readonly segments: readonly AppendixSegment<Ref>[];
}

/**
 * The article's blocks cut at every highlight boundary. `starts` are the blocks' offsets in
 * the canonical text (see `blockStarts`). A highlight spanning blocks is cut at the block
 * break and its number follows its last piece only. Empty highlights are ignored. Each block
 * carries its citation (its ¶, and its page and ¶ there for a PDF source).
 */
export function segmentArticle<Ref>(
  blocks: readonly Pick<ArticleBlock, 'type' | 'text' | 'marker' | 'page'>[],
  starts: readonly number[],
  highlights: readonly AppendixHighlight<Ref>[],
): AppendixBlock<Ref>[] {
  // A range may end inside a block separator (a selection dragged past a paragraph's end):
  // clamp it to its last block so its number still follows its last character.
  const sorted = highlights
    .filter((h) => h.range.end > h.range.start)
    .map((h) => {
      const last = blockIndexAt(starts, h.range.end - 1);
      const lastEnd = (starts[last] ?? 0) + (blocks[last]?.text.length ?? 0);
      return { ref: h.ref, range: { start: h.range.start, end: Math.min(h.range.end, lastEnd) } };
    })
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  const citations = blockCitations(blocks);
  return blocks.map((block, index) => {
    const blockStart = starts[index] ?? 0;
    const blockEnd = blockStart + block.text.length;
    const inBlock = sorted.filter((h) => h.range.start < blockEnd && h.range.end > blockStart);
    const cuts = new Set<number>([blockStart, blockEnd]);
    for (const h of inBlock) {
      cuts.add(Math.max(h.range.start, blockStart));
      cuts.add(Math.min(h.range.end, blockEnd));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: AppendixSegment<Ref>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] ?? 0;
      const to = points[i + 1] ?? 0;
      const covering = inBlock.filter((h) => h.range.start <= from && h.range.end >= to);
      segments.push({
        text: block.text.slice(from - blockStart, to - blockStart),
        covering: covering.map((h) => h.ref),
        ending: covering.filter((h) => h.range.end === to).map((h) => h.ref),
      });
    }
    return { ...citations[index]!, type: block.type, ...(block.marker !== undefined && { marker: block.marker }), segments };
  });
}

/** Blocks an excerpted appendix leaves out, between two it keeps (or before the first, or after the last): their ¶ numbers. */
export interface AppendixGap {
  readonly omitted: { readonly from: number; readonly to: number };
}

/** What an appendix shows in order: blocks, and in an excerpt, the gaps between them. */
export type AppendixEntry<Ref> = AppendixBlock<Ref> | AppendixGap;

/** Whether an appendix entry is a gap. */
export function isAppendixGap<Ref>(entry: AppendixEntry<Ref>): entry is AppendixGap {
  return 'omitted' in entry;
}

/**
 * Sources longer than this many words together make an excerpted appendix by default: about
 * forty printed pages of the brief's appendix type, past which nobody reads it through (the
 * sample article is some 1,400 words; a 1 MB report, 170,000 and 400 pages).
 */
export const LONG_APPENDIX_WORDS = 15_000;

/** How many words the blocks hold (runs of characters between white space). */
export function appendixWords(blocks: readonly Pick<ArticleBlock, 'text'>[]): number {
  let words = 0;
  for (const block of blocks) words += block.text.match(/\S+/g)?.length ?? 0;
  return words;
}

/**
 * The highlighted blocks with `neighbours` blocks either side, and a gap for each run of
 * blocks left out (a source without highlights is one gap). Each block keeps its ¶ number.
 */
export function excerptBlocks<Ref>(blocks: readonly AppendixBlock<Ref>[], neighbours = 1): AppendixEntry<Ref>[] {
  const keep = new Uint8Array(blocks.length);
  blocks.forEach((block, index) => {
    if (!block.segments.some((segment) => segment.covering.length > 0)) return;
    for (let k = Math.max(0, index - neighbours); k <= Math.min(blocks.length - 1, index + neighbours); k++) keep[k] = 1;
  });
  const entries: AppendixEntry<Ref>[] = [];
  let gapFrom: number | undefined;
  blocks.forEach((block, index) => {
    if (!keep[index]) {
      gapFrom ??= block.paragraph;
      return;
    }
    if (gapFrom !== undefined) entries.push({ omitted: { from: gapFrom, to: blocks[index - 1]?.paragraph ?? gapFrom } });
    gapFrom = undefined;
    entries.push(block);
  });
  if (gapFrom !== undefined) entries.push({ omitted: { from: gapFrom, to: blocks.at(-1)?.paragraph ?? gapFrom } });
  return entries;
}
