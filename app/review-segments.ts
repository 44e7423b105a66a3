/**
 * An article block cut into runs of text for review mode's read-only view: each run is either
 * untagged (dimmed) or covered by highlights of some tags, so the view draws plain spans with
 * no editor behind them.
 */
import type { AnchoredAnnotation } from './anchored-annotations';
import type { Tag } from './tags';

/** A run of a block's text and the tags of the highlights covering all of it (none: untagged). */
export interface ReviewSegment {
  readonly text: string;
  readonly tags: readonly Tag[];
}

/**
 * `blockText`, starting at `blockStart` of the canonical text, cut at every highlight edge
 * inside it. Offsets are the UTF-16 offsets of `anchored` ranges; tags listed once each, in
 * the order the highlights come.
 */
export function reviewSegments(blockText: string, blockStart: number, anchored: readonly AnchoredAnnotation[]): ReviewSegment[] {
  const end = blockStart + blockText.length;
  const inside = anchored.filter((a) => a.range.start < end && a.range.end > blockStart);
  const cuts = new Set([0, blockText.length]);
  for (const { range } of inside) {
    cuts.add(Math.max(0, range.start - blockStart));
    cuts.add(Math.min(blockText.length, range.end - blockStart));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: ReviewSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const tags = [...new Set(inside.filter((a) => a.range.start <= blockStart + from && a.range.end >= blockStart + to).map((a) => a.annotation.tag))];
    segments.push({ text: blockText.slice(from, to), tags });
  }
  return segments;
}
