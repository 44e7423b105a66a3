/**
 * Finding a quote in a text that may have changed: exact occurrences and fuzzy
 * (approx-string-match) ones, each scored in [0, 1] by how much of the quote survives, how
 * well the text either side still reads like the stored prefix and suffix, and how close it
 * lies to where the quote used to be. Offsets here are UTF-16, as JavaScript strings count.
 * What a score means (anchor, review, orphan) is `reanchor.ts`'s decision, not this file's.
 */
import search from 'approx-string-match';

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
 * The fewest edits turning `stored` into the start of `actual` (whatever follows in `actual`
 * is free): both are read outward from the quote, so the alignment is pinned at the quote's
 * boundary. A floating search would credit context found a few words away, which is exactly
 * what a nearby repetition of the same phrase has.
 */
function boundaryDistance(stored: string, actual: string): number {
  // One row of the edit-distance table at a time; typed arrays keep this cheap when ten
  // thousand annotations are scored.
  let previous = Uint16Array.from({ length: actual.length + 1 }, (_, j) => j);
  let row = new Uint16Array(actual.length + 1);
  for (let i = 1; i <= stored.length; i++) {
    row[0] = i;
    const unit = stored.charCodeAt(i - 1);
    for (let j = 1; j <= actual.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (unit === actual.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(substitution, (previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1);
    }
    [previous, row] = [row, previous];
  }
  return Math.min(...previous);
}

/**
 * How similar the `actual` text beside a candidate is to the `stored` context, in [0, 1],
 * both read outward from the quote. An empty stored context (the quote touched the text's
 * start or end) says nothing once text has been added there, so it then counts as a neutral
 * `UNKNOWN_CONTEXT`: the other side must carry the evidence.
 */
function contextSimilarity(stored: string, actual: string): number {
  if (stored.length === 0) return actual.length === 0 ? 1 : UNKNOWN_CONTEXT;
  // Intact context, the common case after a revision elsewhere, is distance 0 without the table.
  if (actual.startsWith(stored)) return 1;
  return 1 - Math.min(stored.length, boundaryDistance(stored, actual)) / stored.length;
}

/** `text` with its UTF-16 units in reverse order, to read a prefix outward from the quote. */
function reversed(text: string): string {
  return text.split('').reverse().join('');
}

/** How near `start` lies to where the quote was, in [0, 1] of a text of `length` units. */
function positionScore(length: number, start: number, hint: number): number {
  return length === 0 ? 1 : 1 - Math.min(1, Math.abs(start - hint) / length);
}

/**
 * The score of the candidate `start`–`end` of `text` for a quote of `quoteLength` UTF-16
 * units, found with `errors` edits. Throws a RangeError for a range outside the text.
 */
export function scoreCandidate(
  text: string,
  quoteLength: number,
  context: QuoteContext,
  candidate: { readonly start: number; readonly end: number; readonly errors: number },
): QuoteCandidate {
  const { start, end, errors } = candidate;
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`Candidate ${start}–${end} lies outside a text of length ${text.length}`);
  }
  const quoteSimilarity = quoteLength === 0 ? 0 : Math.max(0, 1 - errors / quoteLength);
  const before = text.slice(Math.max(0, start - context.prefix.length - CONTEXT_SLACK), start);
  const prefix = contextSimilarity(reversed(context.prefix), reversed(before));
  const suffix = contextSimilarity(context.suffix, text.slice(end, end + context.suffix.length + CONTEXT_SLACK));
  const position = positionScore(text.length, start, context.hint);
  const score =
    SCORE_WEIGHTS.quote * quoteSimilarity +
    SCORE_WEIGHTS.prefix * prefix +
    SCORE_WEIGHTS.suffix * suffix +
    SCORE_WEIGHTS.position * position;
  return { start, end, score, quoteSimilarity, contextSimilarity: Math.max(prefix, suffix) };
}

/** Orders candidates best first: highest score, then nearest the hint, then earliest. */
function byScore(context: QuoteContext): (a: QuoteCandidate, b: QuoteCandidate) => number {
  return (a, b) =>
    b.score - a.score || Math.abs(a.start - context.hint) - Math.abs(b.start - context.hint) || a.start - b.start;
}

/** Whether both sides of an occurrence still read exactly as stored: nothing can beat it. */
function contextIntact(text: string, quote: string, context: QuoteContext, at: number): boolean {
  const end = at + quote.length;
  return (
    text.slice(Math.max(0, at - context.prefix.length), at) === context.prefix &&
    text.slice(end, end + context.suffix.length) === context.suffix
  );
}

/**
 * The starts of the exact occurrences of `quote` worth scoring. It looks in a window around
 * the hint that doubles until it holds an occurrence with its context intact (nothing farther
 * can beat the nearest such one) or covers the whole text, so a quote that merely shifted
 * costs a local scan, not a pass over a large text; far occurrences are then left out.
 */
function exactStarts(text: string, quote: string, context: QuoteContext): number[] {
  if (quote.length === 0) throw new RangeError('Cannot search for an empty quote');
  const hint = Math.min(Math.max(0, context.hint), text.length);
  for (let radius = Math.max(1024, 4 * quote.length); ; radius *= 2) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + quote.length + radius);
    // Searching a slice keeps indexOf from running past the window to the end of the text.
    const span = text.slice(from, to);
    const starts: number[] = [];
    for (let at = span.indexOf(quote); at !== -1; at = span.indexOf(quote, at + 1)) starts.push(from + at);
    if ((from === 0 && to === text.length) || starts.some((at) => contextIntact(text, quote, context, at))) return starts;
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
 * `exactMatches(text, quote, context)[0]`, without scoring the occurrences that cannot win:
 * each gets a ceiling from cheap comparisons, and edit distances are computed only while a
 * ceiling can still reach the best score found. Repeated phrases make this the difference
 * between scoring every occurrence of a common quote and scoring one.
 */
export function bestExactMatch(text: string, quote: string, context: QuoteContext): QuoteCandidate | undefined {
  const ceilings = exactStarts(text, quote, context).map((start) => {
    const end = start + quote.length;
    const prefix = contextCeiling(context.prefix, text.slice(Math.max(0, start - context.prefix.length), start) === context.prefix, start === 0);
    const suffix = contextCeiling(context.suffix, text.slice(end, end + context.suffix.length) === context.suffix, end === text.length);
    const ceiling =
      SCORE_WEIGHTS.quote + SCORE_WEIGHTS.prefix * prefix + SCORE_WEIGHTS.suffix * suffix + SCORE_WEIGHTS.position * positionScore(text.length, start, context.hint);
    return { start, ceiling };
  });
  ceilings.sort((a, b) => b.ceiling - a.ceiling);
  const order = byScore(context);
  let best: QuoteCandidate | undefined;
  for (const { start, ceiling } of ceilings) {
    if (best && ceiling < best.score) break;
    const candidate = scoreCandidate(text, quote.length, context, { start, end: start + quote.length, errors: 0 });
    if (!best || order(candidate, best) < 0) best = candidate;
  }
  return best;
}

/** Whether `quote` occurs exactly once in `text` (overlapping occurrences count). */
export function occursOnce(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first !== -1 && text.indexOf(quote, first + 1) === -1;
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
  if (quote.length === 0) throw new RangeError('Cannot search for an empty quote');
  const from = Math.max(0, span.start);
  const to = Math.min(text.length, span.end);
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  const seen = new Set<number>();
  const candidates: QuoteCandidate[] = [];
  for (const match of search(text.slice(from, to), quote, maxErrors)) {
    const start = from + match.start;
    if (seen.has(start)) continue;
    seen.add(start);
    candidates.push(scoreCandidate(text, quote.length, context, { start, end: from + match.end, errors: match.errors }));
  }
  return candidates.sort(byScore(context));
}
