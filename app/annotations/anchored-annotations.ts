/**
 * Annotations placed on their article's text when it opens: each one anchored to a range,
 * or set aside as orphaned, never dropped.
 */
import type { Annotation } from '../model/model';
import { anchorTarget, type TextRange } from '../anchoring/text-selectors';

/** An annotation with the range of the canonical text it covers now. */
export interface AnchoredAnnotation {
  readonly annotation: Annotation;
  /** A range of the text of its source (its article). */
  readonly range: TextRange;
  /** Where its source stands among the brief's sources (0-based); absent is the first. */
  readonly source?: number;
}

/** `annotation` placed at `range` of the text of source `source` (0-based; the first is left implicit). */
export function anchoredAt(annotation: Annotation, range: TextRange, source: number): AnchoredAnnotation {
  return source ? { annotation, range, source } : { annotation, range };
}

/** The annotations of one text, split into anchored (in text order) and orphaned. */
export interface PlacedAnnotations {
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphaned: readonly Annotation[];
}

/** Text order: source by source, then by start, then the longer first (an enclosing passage before what it holds). */
export function compareTextOrder(a: AnchoredAnnotation, b: AnchoredAnnotation): number {
  return (a.source ?? 0) - (b.source ?? 0) || a.range.start - b.range.start || b.range.end - a.range.end || a.annotation.createdAt.localeCompare(b.annotation.createdAt);
}

/** Places every annotation on `text`. */
export function placeAnnotations(text: string, annotations: readonly Annotation[]): PlacedAnnotations {
  return placeOnSources([text], annotations, () => 0);
}

/**
 * Places every annotation on the text of its source: `texts` in the brief's order, and
 * `sourceOf` the index of an annotation's source in it (undefined for none: it is orphaned).
 */
export function placeOnSources(texts: readonly string[], annotations: readonly Annotation[], sourceOf: (annotation: Annotation) => number | undefined): PlacedAnnotations {
  const anchored: AnchoredAnnotation[] = [];
  const orphaned: Annotation[] = [];
  for (const annotation of annotations) {
    const source = sourceOf(annotation);
    const text = source === undefined ? undefined : texts[source];
    const result = text === undefined ? undefined : anchorTarget(text, annotation.target);
    if (result?.status === 'anchored' && source !== undefined) anchored.push(anchoredAt(annotation, result.range, source));
    else orphaned.push(annotation);
  }
  return { anchored: anchored.sort(compareTextOrder), orphaned };
}

/** `list` (in text order) with `item` inserted where text order puts it. */
export function insertInTextOrder(list: readonly AnchoredAnnotation[], item: AnchoredAnnotation): AnchoredAnnotation[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareTextOrder(list[mid]!, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return [...list.slice(0, lo), item, ...list.slice(lo)];
}
