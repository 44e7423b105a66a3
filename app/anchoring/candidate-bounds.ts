/**
 * Fitting a fuzzy match to what an analyst would have selected. approx-string-match finds the
 * span with the fewest edits, which can start or end inside a word, run across a paragraph
 * break, or leave off a closing quotation mark the old quote had; a candidate shown for review
 * (or anchored) is fitted to whole words of one paragraph, with the old quote's marks.
 */
import { BLOCK_SEPARATOR } from '../model/canonical-text';
import type { TextRange } from './text-selectors';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const OPENING_MARKS = '“‘«„‚"\'';
const CLOSING_MARKS = '”’»"\'';

function isWordAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && WORD.test(text.charAt(at));
}

/** The part of `range` in the paragraph holding most of its letters. */
function oneParagraph(text: string, range: TextRange): TextRange {
  const pieces: TextRange[] = [];
  let from = range.start;
  for (;;) {
    const cut = text.indexOf(BLOCK_SEPARATOR, from);
    if (cut < 0 || cut >= range.end) break;
    pieces.push({ start: from, end: cut });
    from = cut + BLOCK_SEPARATOR.length;
  }
  if (pieces.length === 0) return range;
  pieces.push({ start: from, end: range.end });
  const letters = (piece: TextRange): number => Array.from(text.slice(piece.start, piece.end)).filter((c) => WORD.test(c)).length;
  return pieces.reduce((best, piece) => (letters(piece) > letters(best) ? piece : best));
}

/**
 * `at` moved to an edge of the word it falls inside: the word is taken whole when more of it
 * lies inside the range than outside, else left out (a tie leaves it out: a candidate shown
 * for review should not claim more than the match found).
 * `towardEnd` says which side of `at` is inside the range.
 */
function wordEdge(text: string, at: number, towardEnd: boolean): number {
  if (!isWordAt(text, at - 1) || !isWordAt(text, at)) return at;
  let before = at;
  while (isWordAt(text, before - 1)) before--;
  let after = at;
  while (isWordAt(text, after)) after++;
  const inside = towardEnd ? after - at : at - before;
  const outside = towardEnd ? at - before : after - at;
  if (inside > outside) return towardEnd ? before : after;
  return towardEnd ? after : before;
}

/** Characters of the old context that must stand intact just outside a match for the gap between to count as the passage's. */
export const CONTEXT_TAIL = 10;

/** Most characters between intact context and a match taken in as the passage's rewritten first or last word. */
export const MAX_EDGE_GAP = 24;

/** The old quote's context, as its quote selector holds it. */
export interface QuoteContextText {
  readonly prefix: string;
  readonly suffix: string;
}

/** Whether `gap` can be the rewritten edge of a passage: some words, within one paragraph. */
function isEdgeGap(gap: string): boolean {
  return gap.length > 0 && !gap.includes('\n') && WORD.test(gap);
}

/**
 * `range` widened over a replaced first or last word: the fewest-edits match of
 * `akin to those` in `similar to those` starts inside `similar`, since the replacement is
 * longer. When the old context stands intact just before the match (or just after it), the
 * few words between are what the passage's edge became, and are taken in.
 */
function widenToContext(text: string, range: TextRange, context: QuoteContextText): TextRange {
  let { start, end } = range;
  const tail = context.prefix.slice(-CONTEXT_TAIL);
  if (tail.length === CONTEXT_TAIL && start >= tail.length) {
    const at = text.lastIndexOf(tail, start - tail.length);
    if (at >= 0 && start - (at + tail.length) <= MAX_EDGE_GAP && isEdgeGap(text.slice(at + tail.length, start))) start = at + tail.length;
  }
  const head = context.suffix.slice(0, CONTEXT_TAIL);
  if (head.length === CONTEXT_TAIL) {
    const at = text.indexOf(head, end);
    if (at >= 0 && at - end <= MAX_EDGE_GAP && isEdgeGap(text.slice(end, at))) end = at;
  }
  return { start, end };
}

/**
 * `range` of a fuzzy match in `text`, fitted for the old quote `oldQuote`: cut to one
 * paragraph unless the old quote crossed a paragraph break; each end moved to a word
 * boundary (a word mostly inside is taken whole, any other is left out); spaces, and
 * punctuation before the first word, trimmed; and an opening or closing quotation mark the
 * old quote began or ended with taken in when the text has it just outside (a closing one
 * also past a comma or full stop before it). With the old quote's `context`, a first or last
 * word replaced by a longer one is taken in whole (`widenToContext`). Never returns an empty
 * range for a non-empty one.
 */
export function fitCandidate(text: string, range: TextRange, oldQuote: string, context?: QuoteContextText): TextRange {
  let fitted = oldQuote.includes(BLOCK_SEPARATOR) ? range : oneParagraph(text, range);
  const start = wordEdge(text, fitted.start, true);
  const end = wordEdge(text, fitted.end, false);
  if (start < end) fitted = context ? widenToContext(text, { start, end }, context) : { start, end };
  let { start: from, end: to } = fitted;
  // What a narrowed start leaves before the first word (", the guarantees") is not the passage's.
  while (from < to && /[\s,;:.!?)\]]/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (from === to) return range;
  const first = oldQuote.charAt(0);
  const last = oldQuote.charAt(oldQuote.length - 1);
  if (OPENING_MARKS.includes(first) && text.charAt(from) !== first && text.charAt(from - 1) === first) from--;
  if (CLOSING_MARKS.includes(last) && text.charAt(to - 1) !== last) {
    // The mark may follow the sentence's punctuation, as in “buffer zone,” he said.
    if (text.charAt(to) === last) to++;
    else if (/[,.;:!?]/.test(text.charAt(to)) && text.charAt(to + 1) === last) to += 2;
  }
  return { start: from, end: to };
}
