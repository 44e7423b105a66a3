/**
 * Conversions between UTF-16 offsets (what JavaScript strings and the DOM count) and Unicode
 * code point offsets (what W3C TextPositionSelectors count). Only the boundaries convert.
 */

/** How many texts keep their surrogate-pair index: the open article and a revision or two. */
const CACHED_TEXTS = 4;

/** The UTF-16 offsets of the surrogate pairs of recently converted texts, oldest first. */
const pairsByText = new Map<string, readonly number[]>();

/**
 * Texts shorter than this are not cached: finding their pairs again costs less than hashing
 * them for the cache, and re-anchoring converts offsets in a fresh window of text around each
 * of ten thousand quotes, which filled the cache with windows and evicted the article.
 */
const UNCACHED_LENGTH = 4096;

/** The UTF-16 offsets of the surrogate pairs of `text`, found afresh. */
function findPairs(text: string): number[] {
  return Array.from(text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g), (match) => match.index);
}

/**
 * The ascending UTF-16 offsets at which `text` has a surrogate pair (a high surrogate followed
 * by a low one), for a long text computed once and kept for the next conversions: walking a
 * megabyte-long article from its start for every offset made opening ten thousand annotations
 * take minutes (measured in bench/).
 */
function surrogatePairs(text: string): readonly number[] {
  if (text.length < UNCACHED_LENGTH) return findPairs(text);
  let pairs = pairsByText.get(text);
  if (!pairs) {
    pairs = findPairs(text);
    if (pairsByText.size >= CACHED_TEXTS) pairsByText.delete(pairsByText.keys().next().value as string);
    pairsByText.set(text, pairs);
  }
  return pairs;
}

/** How many of the ascending `values` satisfy `below` (which holds for a prefix of them). */
function countWhile(values: readonly number[], below: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(values[mid] ?? 0, mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of code points in the first `utf16Offset` UTF-16 units of `text`. */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (utf16Offset < 0 || utf16Offset > text.length) {
    throw new RangeError(`UTF-16 offset ${utf16Offset} outside text of length ${text.length}`);
  }
  // Each pair wholly before the offset is two units but one code point; a pair the offset
  // splits counts its high half as one.
  return utf16Offset - countWhile(surrogatePairs(text), (pair) => pair + 1 < utf16Offset);
}

/** The UTF-16 offset of code point offset `codePointOffset` in `text`. */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  if (codePointOffset < 0) throw new RangeError(`Negative code point offset ${codePointOffset}`);
  const pairs = surrogatePairs(text);
  if (codePointOffset > text.length - pairs.length) {
    throw new RangeError(`Code point offset ${codePointOffset} outside text`);
  }
  // The k-th pair starts at code point (its UTF-16 offset − k); each one before the offset adds a unit.
  return codePointOffset + countWhile(pairs, (pair, k) => pair - k < codePointOffset);
}
