/**
 * Finding a quote in a text that may have changed: exact occurrences and fuzzy
 * (approx-string-match) ones, each scored in [0, 1] by how much of the quote survives, how
 * well the text either side still reads like the stored prefix and suffix, and how close it
 * lies to where the quote used to be. Offsets here are UTF-16, as JavaScript strings count.
 * What a score means (anchor, review, orphan) is `reanchor.ts`'s decision, not this file's.
 */
import search from 'approx-string-match';
import { boundaryDistance } from './boundary-distance';
import type { OccurrenceIndex } from './occurrence-index';

/** What is known about a quote besides its text: its stored context and where it was. */
export interface QuoteContext {
  /** The text that came just before the quote (empty at the start of a text). */
  readonly prefix: string;
  /** The text that came just after the quote (empty at the end of a text). */
  readonly suffix: string;
  /** The UTF-16 offset at which the quote is expected to start. */
  readonly hint: number;
}

/** A place in the text that may hold the quote, with how sure that is. */
export interface QuoteCandidate {
  /** Half-open UTF-16 range of the candidate text. */
  readonly start: number;
  readonly end: number;
  /** Overall confidence in [0, 1]: 1 is the exact quote, in its context, where it was. */
  readonly score: number;
  /** 1 − edit distance ÷ quote length, in [0, 1]: how much of the quote itself survives. */
  readonly quoteSimilarity: number;
  /** The better-kept side of the context (prefix or suffix), in [0, 1]. */
  readonly contextSimilarity: number;
}

/**
 * How much each kind of evidence weighs in a score (they sum to 1). The quote dominates, but
 * cannot reach `reanchor.ts`'s anchoring threshold alone: a candidate also needs its
 * surroundings to agree, which is what tells "the same passage, lightly edited" from "similar
 * words somewhere else". Position only breaks ties.
 */
export const SCORE_WEIGHTS = { quote: 0.55, prefix: 0.2, suffix: 0.2, position: 0.05 } as const;

/**
 * Fuzzy candidates differ from the quote by at most this share of its length (and at most
 * `MAX_FUZZY_ERRORS`): more than half the quote rewritten is another passage anyway, and a
 * looser bound only makes the search slower and its matches noisier.
 */
export const MAX_ERROR_RATE = 0.5;

/** The cap on allowed errors, which keeps fuzzy search for very long quotes fast. */
export const MAX_FUZZY_ERRORS = 256;

/** The similarity of an empty stored context to a non-empty actual one: neither for nor against. */
const UNKNOWN_CONTEXT = 0.5;

/** How many UTF-16 units of text beyond the stored context's length are compared with it. */
const CONTEXT_SLACK = 8;

/**
 * How similar the `actual` text beside a candidate is to the `stored` context, in [0, 1],
 * both read outward from the quote (from their ends when `backward`, as a prefix is). An
 * empty stored context (the quote touched the text's start or end) says nothing once text has
 * been added there, so it then counts as a neutral `UNKNOWN_CONTEXT`: the other side must
 * carry the evidence. Undefined when more than `limit` edits would be needed: the caller has
 * no use for a similarity that low, and not computing it is what keeps scoring cheap.
 */
function contextSimilarity(stored: string, actual: string, backward: boolean, limit: number): number | undefined {
  if (stored.length === 0) return actual.length === 0 ? 1 : UNKNOWN_CONTEXT;
  // Intact context, the common case after a revision elsewhere, is distance 0 without the table.
  if (backward ? actual.endsWith(stored) : actual.startsWith(stored)) return 1;
  const distance = boundaryDistance(stored, actual, limit, backward);
  return distance > limit ? undefined : 1 - distance / stored.length;
}

/**
 * How many edits a side of `length` units may need for its similarity to reach `need`, with
 * one edit to spare so that rounding in `need` can never cut off a score that ties.
 */
function allowedEdits(length: number, need: number): number {
  return need <= 0 ? length : Math.min(length, Math.max(0, Math.floor(length * (1 - need)) + 1));
}

/** How near `start` lies to where the quote was, in [0, 1] of a text of `length` units. */
function positionScore(length: number, start: number, hint: number): number {
  return length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / length);
}

/** A place the quote may be and how many edits it differs from the quote by, before scoring. */
interface Match {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * `match` scored, or undefined when its score is surely below `floor`: each side's edit
 * distance is computed only as far as the score could still reach `floor`, given the other
 * side's best case. A returned score is computed exactly as if there were no floor.
 */
function scoreAtLeast(text: string, quoteLength: number, context: QuoteContext, match: Match, floor: number): QuoteCandidate | undefined {
  const { start, end, errors } = match;
  const quoteSimilarity = quoteLength === 0 ? 0 : Math.max(0, 1 - errors / quoteLength);
  const position = positionScore(text.length, start, context.hint);
  const before = text.slice(Math.max(0, start - context.prefix.length - CONTEXT_SLACK), start);
  const after = text.slice(end, end + context.suffix.length + CONTEXT_SLACK);
  const known = SCORE_WEIGHTS.quote * quoteSimilarity + SCORE_WEIGHTS.position * position;
  const suffixCeiling = contextCeiling(context.suffix, after.startsWith(context.suffix), after.length === 0);
  const prefixNeed = (floor - known - SCORE_WEIGHTS.suffix * suffixCeiling) / SCORE_WEIGHTS.prefix;
  const prefix = contextSimilarity(context.prefix, before, true, allowedEdits(context.prefix.length, prefixNeed));
  if (prefix === undefined) return undefined;
  const suffixNeed = (floor - known - SCORE_WEIGHTS.prefix * prefix) / SCORE_WEIGHTS.suffix;
  const suffix = contextSimilarity(context.suffix, after, false, allowedEdits(context.suffix.length, suffixNeed));
  if (suffix === undefined) return undefined;
  const score =
    SCORE_WEIGHTS.quote * quoteSimilarity +
    SCORE_WEIGHTS.prefix * prefix +
    SCORE_WEIGHTS.suffix * suffix +
    SCORE_WEIGHTS.position * position;
  return { start, end, score, quoteSimilarity, contextSimilarity: Math.max(prefix, suffix) };
}

/**
 * The score of the candidate `start`–`end` of `text` for a quote of `quoteLength` UTF-16
 * units, found with `errors` edits. Throws a RangeError for a range outside the text.
 */
export function scoreCandidate(text: string, quoteLength: number, context: QuoteContext, candidate: Match): QuoteCandidate {
  const { start, end } = candidate;
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`Candidate ${start}–${end} lies outside a text of length ${text.length}`);
  }
  // With no floor every distance is computed, so there is always a score.
  return scoreAtLeast(text, quoteLength, context, candidate, -Infinity) as QuoteCandidate;
}

/** Orders candidates best first: highest score, then nearest the hint, then earliest. */
function byScore(context: QuoteContext): (a: QuoteCandidate, b: QuoteCandidate) => number {
  return (a, b) =>
    b.score - a.score || Math.abs(a.start - context.hint) - Math.abs(b.start - context.hint) || a.start - b.start;
}

/** Whether `prefix` reads exactly in `text` just before `at`. */
function prefixIntact(text: string, prefix: string, at: number): boolean {
  return at >= prefix.length && text.startsWith(prefix, at - prefix.length);
}

/** The starts of the exact occurrences of `quote` lying wholly within `from`–`to` of `text`. */
function occurrences(text: string, quote: string, from: number, to: number): number[] {
  // Searching a slice keeps indexOf from running past the window to the end of the text.
  const span = text.slice(from, to);
  const starts: number[] = [];
  for (let at = span.indexOf(quote); at !== -1; at = span.indexOf(quote, at + 1)) starts.push(from + at);
  return starts;
}

/**
 * The starts of the exact occurrences of `quote` worth scoring, ascending. It looks in a
 * window around the hint that doubles until it holds an occurrence with its context intact
 * (nothing farther can beat the nearest such one) or covers the whole text, so a quote that
 * merely shifted costs a local scan, not a pass over a large text; far occurrences are then
 * left out. Each doubling searches and checks only the text it adds: quotes whose context
 * changed widen to the whole text, and rescanning the inner windows each time cost as much
 * again. The rings are looked up in `index` (an index of `text`) when given.
 */
function exactStarts(text: string, quote: string, context: QuoteContext, index?: OccurrenceIndex): number[] {
  if (quote.length === 0) throw new RangeError('Cannot search for an empty quote');
  if (index && index.text !== text) throw new RangeError('The occurrence index is of another text');
  const hint = Math.min(Math.max(0, context.hint), text.length);
  const intact = (at: number): boolean =>
    prefixIntact(text, context.prefix, at) && text.startsWith(context.suffix, at + quote.length);
  const find = index?.finder(quote) ?? ((from: number, to: number) => occurrences(text, quote, from, to));
  let starts: number[] = [];
  // The window searched so far, empty at first.
  let from = hint;
  let to = hint;
  for (let radius = Math.max(1024, 4 * quote.length); ; radius *= 2) {
    const wider = { from: Math.max(0, hint - radius), to: Math.min(text.length, hint + quote.length + radius) };
    // Occurrences starting left of the old window, then those reaching past its right end.
    const left = find(wider.from, Math.min(from + quote.length - 1, wider.to));
    const right = find(Math.max(from, to - quote.length + 1), wider.to);
    starts = [...left, ...starts, ...right];
    ({ from, to } = wider);
    if ((from === 0 && to === text.length) || left.some(intact) || right.some(intact)) return starts;
  }
}

/**
 * The exact occurrences of `quote` in `text` (see `exactStarts` for which), scored, best
 * first. Throws a RangeError for an empty quote, which occurs everywhere.
 */
export function exactMatches(text: string, quote: string, context: QuoteContext): QuoteCandidate[] {
  return exactStarts(text, quote, context)
    .map((start) => scoreCandidate(text, quote.length, context, { start, end: start + quote.length, errors: 0 }))
    .sort(byScore(context));
}

/**
 * The most a side of context can score without scoring it: 1 when it reads exactly as stored,
 * else at most one edit short of that (an empty stored side scores what it always does).
 */
function contextCeiling(stored: string, intact: boolean, actualEmpty: boolean): number {
  if (stored.length === 0) return actualEmpty ? 1 : UNKNOWN_CONTEXT;
  return intact ? 1 : 1 - 1 / stored.length;
}

/**
 * The best of `matches` as `byScore` ranks them, without scoring those that cannot win: each
 * gets a ceiling from cheap comparisons, best first, and is scored only while its ceiling can
 * still reach the best score found, and then only as far as it could (`scoreAtLeast`).
 * Repeated phrases make this the difference between scoring every occurrence of a common
 * quote in full and scoring one.
 */
function bestOf(text: string, quoteLength: number, context: QuoteContext, matches: readonly Match[]): QuoteCandidate | undefined {
  const ceilings = matches.map((match) => {
    const quote = quoteLength === 0 ? 0 : Math.max(0, 1 - match.errors / quoteLength);
    const prefix = contextCeiling(context.prefix, prefixIntact(text, context.prefix, match.start), match.start === 0);
    const suffix = contextCeiling(context.suffix, text.startsWith(context.suffix, match.end), match.end === text.length);
    const ceiling =
      SCORE_WEIGHTS.quote * quote +
      SCORE_WEIGHTS.prefix * prefix +
      SCORE_WEIGHTS.suffix * suffix +
      SCORE_WEIGHTS.position * positionScore(text.length, match.start, context.hint);
    return { match, ceiling };
  });
  ceilings.sort((a, b) => b.ceiling - a.ceiling);
  const order = byScore(context);
  let best: QuoteCandidate | undefined;
  for (const { match, ceiling } of ceilings) {
    if (best && ceiling < best.score) break;
    const candidate = scoreAtLeast(text, quoteLength, context, match, best?.score ?? -Infinity);
    if (candidate && (!best || order(candidate, best) < 0)) best = candidate;
  }
  return best;
}

/**
 * `exactMatches(text, quote, context)[0]`, scoring only what can win (see `bestOf`). An
 * `index` of `text` makes quotes whose context changed cheap to find in a long text; it must
 * be of this very text (a RangeError otherwise).
 */
export function bestExactMatch(text: string, quote: string, context: QuoteContext, index?: OccurrenceIndex): QuoteCandidate | undefined {
  const matches = exactStarts(text, quote, context, index).map((start) => ({ start, end: start + quote.length, errors: 0 }));
  return bestOf(text, quote.length, context, matches);
}

/** Whether `quote` occurs exactly once in `text` (overlapping occurrences count). */
export function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first !== -1 && text.indexOf(quote, first + 1) === -1;
}

/** `span` clamped to `text`. */
function clampSpan(text: string, span: { readonly start: number; readonly end: number }): { from: number; to: number } {
  return { from: Math.max(0, span.start), to: Math.min(text.length, span.end) };
}

/**
 * What approx-string-match finds of `quote` in `from`–`to` of `text`, one match per start
 * (the first found), in text offsets.
 */
function searchMatches(text: string, quote: string, from: number, to: number): Match[] {
  if (quote.length === 0) throw new RangeError('Cannot search for an empty quote');
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  const seen = new Set<number>();
  const matches: Match[] = [];
  for (const match of search(text.slice(from, to), quote, maxErrors)) {
    const start = from + match.start;
    if (seen.has(start)) continue;
    seen.add(start);
    matches.push({ start, end: from + match.end, errors: match.errors });
  }
  return matches;
}

/**
 * Fuzzy candidates for `quote` in `text` between `span.start` and `span.end` (clamped to
 * the text; the whole text by default), scored, best first. approx-string-match reports only
 * the fewest-error matches of the span it searches, so callers should search near the old
 * position before the whole text: there a lightly edited quote in its own context is not
 * crowded out by a closer spelling elsewhere. Throws a RangeError for an empty quote.
 */
export function fuzzyMatches(
  text: string,
  quote: string,
  context: QuoteContext,
  span: { readonly start: number; readonly end: number } = { start: 0, end: text.length },
): QuoteCandidate[] {
  const { from, to } = clampSpan(text, span);
  return searchMatches(text, quote, from, to)
    .map((match) => scoreCandidate(text, quote.length, context, match))
    .sort(byScore(context));
}

/**
 * `fuzzyMatches(text, quote, context, span)[0]`, scoring only what can win (see `bestOf`).
 * Where the quote still occurs exactly in the span, the fewest-error matches approx-string-match
 * would report are exactly those occurrences, so indexOf finds them instead of its scan:
 * on a large text that scan is what a whole-text fuzzy search costs. Throws a RangeError for
 * an empty quote.
 */
export function bestFuzzyMatch(
  text: string,
  quote: string,
  context: QuoteContext,
  span: { readonly start: number; readonly end: number } = { start: 0, end: text.length },
): QuoteCandidate | undefined {
  if (quote.length === 0) throw new RangeError('Cannot search for an empty quote');
  const { from, to } = clampSpan(text, span);
  const exact = occurrences(text, quote, from, to);
  const matches =
    exact.length > 0 ? exact.map((start) => ({ start, end: start + quote.length, errors: 0 })) : searchMatches(text, quote, from, to);
  return bestOf(text, quote.length, context, matches);
}
