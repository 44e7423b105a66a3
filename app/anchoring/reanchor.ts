/**
 * Re-anchoring annotations against a revised article text, honestly: each annotation is
 * either anchored (its text is still there, found by position, by exact quote, or by a fuzzy
 * match strong in both quote and context), handed to the analyst for review (something
 * plausible is there, but not surely the same passage), or orphaned. Nothing is ever moved
 * to different text without saying so. Pure and synchronous, so a Web Worker can run it and
 * report progress through the callback.
 */
import type { AnnotationTarget } from '../model/model';
import { BLOCK_SEPARATOR } from '../model/canonical-text';
import { fitCandidate } from './candidate-bounds';
import { bestExactMatch, bestFuzzyMatch, occursOnce, type QuoteCandidate, type QuoteContext } from './match-quote';
import { OccurrenceIndex } from './occurrence-index';
import { describeRange, QUOTE_CONTEXT, type TextRange } from './text-selectors';

/**
 * A candidate at or above this score, with enough of its quote and of one side of its
 * context intact (below), is anchored without asking. Measured on the sample article: over
 * 5,602 pairs of occurrences of the same common words ("Ukraine", "the", "said"…), another
 * occurrence scores at most 0.86, since related sentences share context; an exact quote with
 * one side of its context intact and nothing known of the other scores 0.9; a one-word edit
 * in place about 0.93.
 */
export const ANCHOR_THRESHOLD = 0.88;

/**
 * At least one side of an anchored candidate's context must be this intact (one edit in 32
 * code points). In the measurement above another occurrence's better side reached 0.94: two
 * sides each partly changed is what the same words just past a deleted occurrence look like,
 * so that goes to review however high the total score.
 */
export const MIN_ANCHOR_CONTEXT_SIMILARITY = 0.95;

/** Below this score a candidate is too unlike the annotation to show: it is orphaned. */
export const REVIEW_THRESHOLD = 0.5;

/**
 * The share of a quote that must survive for a fuzzy match to be anchored without review,
 * whatever its context says: a passage a quarter rewritten may no longer say what the
 * analyst tagged.
 */
export const MIN_ANCHOR_QUOTE_SIMILARITY = 0.75;

/**
 * A quote at least this many code points long that occurs exactly once in the new text is
 * anchored there even if its context changed (a moved paragraph): a sentence-length string is
 * as distinctive as the context would have been. Shorter quotes ("Kremlin") are not.
 */
export const DISTINCTIVE_QUOTE_LENGTH = 32;

/**
 * A quote shorter than {@link DISTINCTIVE_QUOTE_LENGTH} whose context changed on both sides
 * ("Budapest Memorandum" in a rewritten sentence) is anchored without review when it occurs
 * exactly once in the new text and the paragraph it is found in is at least this similar to
 * the paragraph it was in (see {@link paragraphSimilarity}): the paragraph is the context a
 * short quote keeps. Measured on the sample article's 25 paragraphs of eight words or more:
 * two different paragraphs are at most 0.42 similar (600 pairs); a paragraph with one of its
 * sentences replaced is 0.76 similar at the median and 0.5 or more in 54 of 60 cases.
 */
export const SAME_PARAGRAPH_SIMILARITY = 0.5;

/** How often, in annotations, the progress callback is called by default. */
export const DEFAULT_PROGRESS_EVERY = 250;

/** What re-anchoring needs of an annotation: its identity and its target. */
export interface Anchorable {
  readonly id: string;
  readonly target: AnnotationTarget;
}

/** How an anchored annotation was found. */
export type ReanchorMethod = 'position' | 'quote' | 'fuzzy';

/** The outcome for one annotation, in the order the annotations were given. */
export type Reanchored =
  | {
      readonly status: 'anchored';
      readonly id: string;
      readonly method: ReanchorMethod;
      /** The candidate's score in [0, 1]; 1 for a position or exact-quote match in context. */
      readonly score: number;
      /** The target re-described against the new text (fresh position, prefix and suffix). */
      readonly target: AnnotationTarget;
    }
  | {
      readonly status: 'needs-review';
      readonly id: string;
      readonly score: number;
      /** The quote the analyst tagged. */
      readonly oldQuote: string;
      /** The best candidate's text in the new text, to show beside the old quote. */
      readonly newText: string;
      /** The target the annotation would get if the analyst accepts the candidate. */
      readonly candidate: AnnotationTarget;
    }
  | {
      readonly status: 'orphaned';
      readonly id: string;
      readonly oldQuote: string;
    };

/** Options of `reanchorAnnotations`. */
export interface ReanchorOptions {
  /** Called with (done, total) after every `progressEvery` annotations and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** A positive integer; `DEFAULT_PROGRESS_EVERY` if absent. */
  readonly progressEvery?: number;
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/**
 * Code point ↔ UTF-16 conversion for one text in O(log n) per offset: `code-points.ts`
 * walks the text from its start each time, which is O(n) per annotation and too slow for
 * ten thousand annotations on a large text.
 */
class CodePointIndex {
  /** UTF-16 offsets of the high half of each surrogate pair, ascending. */
  private readonly pairs: readonly number[];

  constructor(readonly text: string) {
    const pairs: number[] = [];
    for (const match of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) pairs.push(match.index);
    this.pairs = pairs;
  }

  /** The number of pairs whose `key` is below `limit`; `key` must grow with the index. */
  private countBelow(limit: number, key: (offset: number, i: number) => number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(this.pairs[mid] ?? 0, mid) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The UTF-16 offset of a code point offset, or undefined if it lies outside the text. */
  toUtf16(codePoint: number): number | undefined {
    if (!Number.isInteger(codePoint) || codePoint < 0) return undefined;
    const units = codePoint + this.countBelow(codePoint, (offset, i) => offset - i);
    return units <= this.text.length ? units : undefined;
  }

  /** The code point offset of a UTF-16 offset (a pair's low half counts as a point of its own). */
  toCodePoint(units: number): number {
    return units - this.countBelow(units, (offset) => offset + 1);
  }
}

/** `range` widened so that it does not split a surrogate pair at either end. */
function wholeCodePoints(text: string, range: TextRange): TextRange {
  const splits = (at: number): boolean => at > 0 && at < text.length && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1));
  return { start: splits(range.start) ? range.start - 1 : range.start, end: splits(range.end) ? range.end + 1 : range.end };
}

/**
 * `describeRange` of `range`, run on a window just wide enough for the quote context so it
 * costs O(quote) instead of O(text), with the position converted through the index.
 */
function describeNear(index: CodePointIndex, range: TextRange): AnnotationTarget {
  // Two UTF-16 units per code point is the most the context can need.
  const span = wholeCodePoints(index.text, {
    start: Math.max(0, range.start - 2 * QUOTE_CONTEXT),
    end: Math.min(index.text.length, range.end + 2 * QUOTE_CONTEXT),
  });
  const local = describeRange(index.text.slice(span.start, span.end), {
    start: range.start - span.start,
    end: range.end - span.start,
  });
  return {
    position: { type: 'TextPositionSelector', start: index.toCodePoint(range.start), end: index.toCodePoint(range.end) },
    quote: local.quote,
  };
}

/** Whether a candidate is strong enough, in itself and in context, to anchor without review. */
function anchorable(candidate: QuoteCandidate): boolean {
  return (
    candidate.score >= ANCHOR_THRESHOLD &&
    candidate.quoteSimilarity >= MIN_ANCHOR_QUOTE_SIMILARITY &&
    candidate.contextSimilarity >= MIN_ANCHOR_CONTEXT_SIMILARITY
  );
}

/**
 * The best fuzzy candidate, searching where the quote was, then a wider window, then the
 * whole text, and stopping as soon as a candidate is anchorable. approx-string-match keeps
 * only the fewest-error matches of what it searches, so the narrow windows are what let a
 * lightly edited quote in its own context beat a closer spelling elsewhere.
 */
function bestFuzzy(text: string, quote: string, context: QuoteContext): QuoteCandidate | undefined {
  let best: QuoteCandidate | undefined;
  for (const slack of [64 + quote.length, Math.max(2048, 4 * quote.length), Infinity]) {
    const span = { start: context.hint - slack, end: context.hint + quote.length + slack };
    const found = bestFuzzyMatch(text, quote, context, span);
    if (found && (!best || found.score > best.score)) best = found;
    if (best && anchorable(best)) break;
    if (span.start <= 0 && span.end >= text.length) break;
  }
  return best;
}

/** The block (paragraph) of `text` holding UTF-16 offset `at`. */
function paragraphAt(text: string, at: number): string {
  const start = text.lastIndexOf(BLOCK_SEPARATOR, at - 1);
  const end = text.indexOf(BLOCK_SEPARATOR, at);
  return text.slice(start < 0 ? 0 : start + BLOCK_SEPARATOR.length, end < 0 ? text.length : end);
}

/** The distinct words of `text`, lower-cased. */
function wordsOf(text: string): Set<string> {
  return new Set(Array.from(text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu), (match) => match[0]));
}

/**
 * How alike two paragraphs are, in [0, 1]: the smaller of the shares of each one's distinct
 * words that the other has, so that neither a short paragraph inside a long one nor a long
 * one rewritten around a few kept words counts as the same.
 */
export function paragraphSimilarity(a: string, b: string): number {
  return setSimilarity(wordsOf(a), wordsOf(b));
}

/** The text before the revision, when the caller has it: an annotation's paragraph is read from it. */
interface PreviousText {
  readonly index: CodePointIndex;
}

/** A paragraph of the new text: where it is, and its words (computed once, when first needed). */
interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly words: ReadonlySet<string>;
}

/** The paragraphs of `text`, in order. */
function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const cut = text.indexOf(BLOCK_SEPARATOR, start);
    const end = cut < 0 ? text.length : cut;
    paragraphs.push({ start, end, words: wordsOf(text.slice(start, end)) });
    if (cut < 0) return paragraphs;
    start = cut + BLOCK_SEPARATOR.length;
  }
}

/** The smaller of the shares of each set that the other has (see {@link paragraphSimilarity}). */
function setSimilarity(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  if (first.size === 0 || second.size === 0) return 0;
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return Math.min(shared / first.size, shared / second.size);
}

/**
 * The share of an old quote's content words (four letters or more: "the", "of" and "US" say
 * nothing of which sentence it was) that a sentence of its paragraph must still have to be
 * offered for review in its place. A sentence rewritten around its subject keeps a third or
 * more ("talks", "Berlin", "NATO" of the seven in the NATO-bid sentence); the sentence next to
 * a deleted one keeps none of its words.
 */
export const MIN_REWRITE_WORDS = 1 / 3;

/** The distinct content words of `text` (see {@link MIN_REWRITE_WORDS}). */
function contentWordsOf(text: string): Set<string> {
  return new Set([...wordsOf(text)].filter((word) => Array.from(word).length >= 4));
}

/**
 * For an annotation whose words are gone but whose paragraph is still there (a rewritten
 * sentence), the sentence of that paragraph keeping most of the old quote's content words, as
 * a review candidate with that share as its score; undefined when the paragraph is gone too,
 * or no sentence keeps {@link MIN_REWRITE_WORDS} of them (the sentence was deleted).
 */
function candidateInParagraph(text: string, paragraphs: () => readonly Paragraph[], previous: PreviousText, target: AnnotationTarget): { range: TextRange; score: number } | undefined {
  const before = previous.index.toUtf16(target.position.start);
  if (before === undefined) return undefined;
  const oldWords = wordsOf(paragraphAt(previous.index.text, before));
  let home: Paragraph | undefined;
  let likeness = SAME_PARAGRAPH_SIMILARITY;
  for (const paragraph of paragraphs()) {
    const similarity = setSimilarity(oldWords, paragraph.words);
    if (similarity >= likeness) [home, likeness] = [paragraph, similarity];
  }
  if (!home) return undefined;
  const quoteWords = contentWordsOf(target.quote.exact);
  if (quoteWords.size === 0) return undefined;
  let best: { range: TextRange; score: number } | undefined;
  for (const sentence of text.slice(home.start, home.end).matchAll(/[^.!?]+(?:[.!?]+["”’)]*|$)/g)) {
    const words = wordsOf(sentence[0]);
    let shared = 0;
    for (const word of quoteWords) if (words.has(word)) shared++;
    const score = shared / quoteWords.size;
    const start = home.start + sentence.index;
    if (score >= MIN_REWRITE_WORDS && (!best || score > best.score)) best = { range: { start, end: start + sentence[0].length }, score };
  }
  return best;
}

/** The outcome for one target against the indexed text. */
function reanchorTarget(
  index: CodePointIndex,
  occurrences: OccurrenceIndex,
  previous: PreviousText | undefined,
  paragraphs: () => readonly Paragraph[],
  id: string,
  target: AnnotationTarget,
): Reanchored {
  const { text } = index;
  const { exact, prefix, suffix } = target.quote;
  if (exact.length === 0) return { status: 'orphaned', id, oldQuote: exact };
  // Only text gone from the article is orphaned: a passage rewritten in a paragraph that is
  // still there is offered for review in that paragraph.
  const orphanedUnlessInParagraph = (): Reanchored => {
    const found = previous && candidateInParagraph(text, paragraphs, previous, target);
    if (!found) return { status: 'orphaned', id, oldQuote: exact };
    const range = wholeCodePoints(text, fitCandidate(text, found.range, exact));
    return { status: 'needs-review', id, score: found.score, oldQuote: exact, newText: text.slice(range.start, range.end), candidate: describeNear(index, range) };
  };

  const start = index.toUtf16(target.position.start);
  const end = index.toUtf16(target.position.end);
  if (start !== undefined && end !== undefined && text.slice(start, end) === exact) {
    return { status: 'anchored', id, method: 'position', score: 1, target: describeNear(index, { start, end }) };
  }

  const context: QuoteContext = { prefix, suffix, hint: start ?? Math.min(target.position.start, text.length) };
  const exactBest = bestExactMatch(text, exact, context, occurrences);
  if (exactBest) {
    // occursOnce scans the whole text, so it is asked only when the context did not decide.
    const length = Array.from(exact).length;
    const distinctive = (): boolean => length >= DISTINCTIVE_QUOTE_LENGTH && occursOnce(text, exact);
    const inItsParagraph = (): boolean => {
      const before = previous?.index.toUtf16(target.position.start);
      return (
        before !== undefined &&
        length < DISTINCTIVE_QUOTE_LENGTH &&
        occursOnce(text, exact) &&
        paragraphSimilarity(paragraphAt(previous!.index.text, before), paragraphAt(text, exactBest.start)) >= SAME_PARAGRAPH_SIMILARITY
      );
    };
    if (anchorable(exactBest) || distinctive() || inItsParagraph()) {
      return { status: 'anchored', id, method: 'quote', score: exactBest.score, target: describeNear(index, exactBest) };
    }
  }

  const fuzzy = bestFuzzy(text, exact, context);
  if (fuzzy && anchorable(fuzzy)) {
    const range = wholeCodePoints(text, fitCandidate(text, fuzzy, exact, target.quote));
    return { status: 'anchored', id, method: 'fuzzy', score: fuzzy.score, target: describeNear(index, range) };
  }
  // When the very words still occur, review shows them rather than a near-variant: the
  // analyst then judges the place, not a spelling.
  const best = exactBest ?? fuzzy;
  if (!best || best.score < REVIEW_THRESHOLD) return orphanedUnlessInParagraph();
  const range = wholeCodePoints(text, best === exactBest ? best : fitCandidate(text, best, exact, target.quote));
  return {
    status: 'needs-review',
    id,
    score: best.score,
    oldQuote: exact,
    newText: text.slice(range.start, range.end),
    candidate: describeNear(index, range),
  };
}

/**
 * A revised canonical text indexed once, against which any number of batches of annotations
 * are re-anchored: a worker handed the annotations a few hundred at a time indexes the text
 * only when it first receives it.
 */
export class Reanchorer {
  private readonly index: CodePointIndex;
  private readonly occurrences: OccurrenceIndex;
  private readonly previous: PreviousText | undefined;
  private paragraphs: readonly Paragraph[] | undefined;
  /** The new text's paragraphs, split the first time an annotation needs them. */
  private readonly paragraphsOnce = (): readonly Paragraph[] => (this.paragraphs ??= paragraphsOf(this.index.text));

  /** `previous` is the canonical text the annotations were made on, when known. */
  constructor(text: string, previous?: string) {
    this.index = new CodePointIndex(text);
    this.occurrences = new OccurrenceIndex(text);
    this.previous = previous === undefined ? undefined : { index: new CodePointIndex(previous) };
  }

  /** `reanchorAnnotations` against this text. */
  reanchor(annotations: readonly Anchorable[], options: ReanchorOptions = {}): Reanchored[] {
    const every = options.progressEvery ?? DEFAULT_PROGRESS_EVERY;
    if (!Number.isInteger(every) || every < 1) {
      throw new RangeError(`progressEvery must be a positive integer, not ${every}`);
    }
    const results: Reanchored[] = [];
    for (const annotation of annotations) {
      results.push(reanchorTarget(this.index, this.occurrences, this.previous, this.paragraphsOnce, annotation.id, annotation.target));
      if (results.length % every === 0 && results.length < annotations.length) {
        options.onProgress?.(results.length, annotations.length);
      }
    }
    options.onProgress?.(results.length, annotations.length);
    return results;
  }
}

/**
 * Re-anchors `annotations` against the revised canonical `text`, returning one outcome per
 * annotation in the same order: position with the quote still there → the exact quote (best
 * context, then nearest the old position) → a fuzzy match. Anchored outcomes carry a target
 * re-described against the new text; weak matches go to review; the rest are orphaned. The
 * text is indexed once, in O(n); the exact paths then cost O(quote + log n) when the text
 * around a quote survives, and little more when only its context changed, so only the few
 * annotations whose text changed pay for fuzzy search. Throws a RangeError for a
 * `progressEvery` that is not a positive integer.
 */
export function reanchorAnnotations(
  text: string,
  annotations: readonly Anchorable[],
  options: ReanchorOptions & { readonly previous?: string } = {},
): Reanchored[] {
  return new Reanchorer(text, options.previous).reanchor(annotations, options);
}
