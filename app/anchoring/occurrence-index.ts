/**
 * Finding every occurrence of a quote in a long text without scanning the text: re-anchoring
 * asks this of hundreds of quotes whose context changed, and on a megabyte-long article each
 * scan cost a millisecond (measured in bench/). The text is indexed once by its n-grams; a quote
 * is then looked up through its rarest n-gram and each hit checked in place.
 */

/** How many UTF-16 units an indexed n-gram has: quotes shorter than this are not indexed. */
export const GRAM_LENGTH = 8;

/**
 * The most hash buckets an index uses (two tables of 4 bytes each). More spread a megabyte's
 * n-grams thinner but made indexing it slower, its tables no longer fitting in cache; a bucket
 * shared by a few n-grams only costs a few more checks.
 */
const MAX_BUCKET_BITS = 16;

/** The hash of each `GRAM_LENGTH`-unit n-gram of `text`, by its start, in `bits` bits. */
function gramHashes(text: string, bits: number): Int32Array {
  const count = Math.max(0, text.length - GRAM_LENGTH + 1);
  const hashes = new Int32Array(count);
  // A polynomial rolling hash, so each step costs the same whatever GRAM_LENGTH is.
  const base = 0x01000193;
  let outgoing = 1;
  for (let i = 1; i < GRAM_LENGTH; i++) outgoing = Math.imul(outgoing, base);
  let hash = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= GRAM_LENGTH) hash = (hash - Math.imul(text.charCodeAt(i - GRAM_LENGTH), outgoing)) | 0;
    hash = (Math.imul(hash, base) + text.charCodeAt(i)) | 0;
    // Multiplying by an odd constant and keeping the top bits spreads nearby hashes apart.
    if (i >= GRAM_LENGTH - 1) hashes[i - GRAM_LENGTH + 1] = Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
  }
  return hashes;
}

/** Every occurrence of any quote in one text, found through an index of its n-grams. */
export class OccurrenceIndex {
  private readonly bits: number;
  /** The starts of the text's n-grams, by bucket and, within a bucket, ascending. */
  private readonly grams: Int32Array;
  /** Where each bucket's run begins in `grams`, and after the last one where it ends. */
  private readonly buckets: Int32Array;

  /** Indexes `text` in O(text) time and about 8 bytes per unit. */
  constructor(readonly text: string) {
    this.bits = Math.min(MAX_BUCKET_BITS, Math.max(8, Math.ceil(Math.log2(text.length + 1))));
    const hashes = gramHashes(text, this.bits);
    // A counting sort: runs laid out one after another, so a lookup reads one run in order.
    const buckets = new Int32Array((1 << this.bits) + 1);
    for (const bucket of hashes) buckets[bucket + 1] = (buckets[bucket + 1] ?? 0) + 1;
    for (let b = 1; b < buckets.length; b++) buckets[b] = (buckets[b] ?? 0) + (buckets[b - 1] ?? 0);
    const next = buckets.slice(0, -1);
    this.grams = new Int32Array(hashes.length);
    for (let start = 0; start < hashes.length; start++) {
      const bucket = hashes[start] ?? 0;
      this.grams[next[bucket] ?? 0] = start;
      next[bucket] = (next[bucket] ?? 0) + 1;
    }
    this.buckets = buckets;
  }

  /**
   * A finder of the occurrences of `quote` (overlapping ones too): given a span `from`–`to` of
   * the text, the starts of those lying wholly within it, ascending. Undefined for a quote
   * shorter than `GRAM_LENGTH`, which the caller must scan for. The quote is hashed once, so
   * looking in each of many spans costs a binary search and the checks of what lies there.
   */
  finder(quote: string): ((from: number, to: number) => number[]) | undefined {
    if (quote.length < GRAM_LENGTH) return undefined;
    // The quote's n-gram in the smallest bucket leaves the fewest places to check.
    const hashes = gramHashes(quote, this.bits);
    const size = (bucket: number): number => (this.buckets[bucket + 1] ?? 0) - (this.buckets[bucket] ?? 0);
    let offset = 0;
    for (let at = 1; at < hashes.length; at++) {
      if (size(hashes[at] ?? 0) < size(hashes[offset] ?? 0)) offset = at;
    }
    const bucket = hashes[offset] ?? 0;
    const first = this.buckets[bucket] ?? 0;
    const end = this.buckets[bucket + 1] ?? 0;
    return (from, to) => {
      // The first n-gram of the run that could start an occurrence at or after `from`.
      let lo = first;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((this.grams[mid] ?? 0) - offset < from) lo = mid + 1;
        else hi = mid;
      }
      const starts: number[] = [];
      for (let i = lo; i < end; i++) {
        const start = (this.grams[i] ?? 0) - offset;
        if (start + quote.length > to) break;
        if (this.text.startsWith(quote, start)) starts.push(start);
      }
      return starts;
    };
  }
}
