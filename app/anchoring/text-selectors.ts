/**
 * W3C Web Annotation selectors against a canonical text: describing a range as selectors
 * (`describeRange`) and finding a range again from them (`anchorTarget`). Positions are
 * code points; the ranges this module takes and returns are UTF-16 offsets, as the DOM
 * and JavaScript count.
 */
import type { AnnotationTarget } from '../model/model';
import { toCodePointOffset, toUtf16Offset } from '../model/code-points';

/** How many code points of context a TextQuoteSelector keeps either side of the quote. */
export const QUOTE_CONTEXT = 32;

/** A half-open range of UTF-16 offsets into a text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Where a target landed in a text: a range and how it was found, or nowhere. */
export type Anchoring =
  | { readonly status: 'anchored'; readonly range: TextRange; readonly method: 'position' | 'quote' }
  | { readonly status: 'orphaned' };

/**
 * The last `count` code points of `text`. Only its last `2 × count` units are split into code
 * points: splitting all of a long article's text before the quote cost 40 ms per tagging.
 */
function lastCodePoints(text: string, count: number): string {
  const points = Array.from(text.slice(Math.max(0, text.length - count * 2)));
  return points.slice(Math.max(0, points.length - count)).join('');
}

/** The first `count` code points of `text`. */
function firstCodePoints(text: string, count: number): string {
  return Array.from(text.slice(0, count * 2)).slice(0, count).join('');
}

/**
 * The selectors naming `range` of `text`. Throws a RangeError for an empty or out-of-bounds
 * range, since an annotation of nothing is a caller's bug.
 */
export function describeRange(text: string, range: TextRange): AnnotationTarget {
  if (range.start < 0 || range.end > text.length || range.start >= range.end) {
    throw new RangeError(`Cannot describe range ${range.start}–${range.end} of a ${text.length}-unit text`);
  }
  return {
    position: {
      type: 'TextPositionSelector',
      start: toCodePointOffset(text, range.start),
      end: toCodePointOffset(text, range.end),
    },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(range.start, range.end),
      prefix: lastCodePoints(text.slice(0, range.start), QUOTE_CONTEXT),
      suffix: firstCodePoints(text.slice(range.end), QUOTE_CONTEXT),
    },
  };
}

/** The UTF-16 range a position selector names in `text`, or undefined if it is out of bounds. */
function positionRange(text: string, target: AnnotationTarget): TextRange | undefined {
  try {
    return {
      start: toUtf16Offset(text, target.position.start),
      end: toUtf16Offset(text, target.position.end),
    };
  } catch {
    return undefined;
  }
}

/**
 * Finds a target in `text`: the stored position when its text still equals the quote, else
 * the exact quote nearest to the old position. Anything else is orphaned, never guessed
 * (fuzzy matching with a minimum score is the revision importer's job).
 */
export function anchorTarget(text: string, target: AnnotationTarget): Anchoring {
  const exact = target.quote.exact;
  const byPosition = positionRange(text, target);
  if (byPosition && text.slice(byPosition.start, byPosition.end) === exact) {
    return { status: 'anchored', range: byPosition, method: 'position' };
  }
  if (exact.length === 0) return { status: 'orphaned' };
  const hint = byPosition?.start ?? 0;
  let best: number | undefined;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (best === undefined || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  if (best === undefined) return { status: 'orphaned' };
  return { status: 'anchored', range: { start: best, end: best + exact.length }, method: 'quote' };
}
