/**
 * The edit distance that scores a quote's context: how many edits turn the stored context
 * into the start of the text now beside the quote, both read outward from the quote, so the
 * alignment is pinned at the quote's boundary (a floating search would credit context found a
 * few words away, which is exactly what a nearby repetition of the same phrase has). Computed
 * only as far as a caller can use it: re-anchoring scores tens of thousands of occurrences of
 * repeated phrases, most far too unlike the stored context to matter, and the full table for
 * each was most of its time (measured in bench/).
 */

/** How many units of `stored` fit the bit-parallel computation: one bit each in a 32-bit word. */
const WORD = 32;

/**
 * `boundaryDistance` without a limit for a `stored` string of at most `WORD` units, one column
 * of the table per unit of `actual` in a few word operations (Myers 1999, with the boundary
 * row of an edit distance rather than a search, as Hyyrö 2001 explains it): a stored context
 * of 32 units fits one word, and on the 10k bench this halved the time the band took.
 */
function wordDistance(stored: string, actual: string, backward: boolean): number {
  const m = stored.length;
  if (m === 0) return 0;
  const storedUnit = (i: number): number => stored.charCodeAt(backward ? m - 1 - i : i);
  // Which positions of `stored` hold each unit: a table for ASCII, a scan of `stored` for the rest.
  const ascii = new Int32Array(128);
  for (let i = 0; i < m; i++) {
    const unit = storedUnit(i);
    if (unit < 128) ascii[unit] = (ascii[unit] ?? 0) | (1 << i);
  }
  const matching = (unit: number): number => {
    if (unit < 128) return ascii[unit] ?? 0;
    let bits = 0;
    for (let i = 0; i < m; i++) if (storedUnit(i) === unit) bits |= 1 << i;
    return bits;
  };
  const last = 1 << (m - 1);
  // Vertical deltas of the current column (+1 everywhere in column 0) and its last row's value.
  let plus = -1;
  let minus = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < actual.length; j++) {
    const eq = matching(actual.charCodeAt(backward ? actual.length - 1 - j : j));
    const xv = eq | minus;
    const xh = ((((eq & plus) + plus) | 0) ^ plus) | eq;
    let hPlus = minus | ~(xh | plus);
    let hMinus = plus & xh;
    if ((hPlus & last) !== 0) score++;
    else if ((hMinus & last) !== 0) score--;
    // Shifting in a +1 is the boundary row 0, 1, 2… of an edit distance; a search shifts in 0.
    hPlus = (hPlus << 1) | 1;
    hMinus <<= 1;
    plus = hMinus | ~(xv | hPlus);
    minus = hPlus & xv;
    if (score < best) best = score;
  }
  return best;
}

/**
 * `boundaryDistance` for a `stored` string of any length, in O(limit × stored.length): only
 * the diagonal band of the table within `limit` of the corner can stay within `limit`, and
 * the work stops at the first row that has exceeded it everywhere.
 */
function bandedDistance(stored: string, actual: string, limit: number, backward: boolean): number {
  const m = stored.length;
  const n = actual.length;
  const bound = Math.min(limit, m);
  const over = bound + 1;
  // Every start of `actual` this short needs more than `bound` deletions of `stored`.
  if (m - n > bound) return limit + 1;
  // Unit i (from 1) of either string is charCodeAt(base + step × i).
  const step = backward ? -1 : 1;
  const storedBase = backward ? m : -1;
  const actualBase = backward ? n : -1;
  // One row of the table. Cells outside the band hold `over` so they never win a minimum:
  // those right of it keep this first row's value, those left of it are set as the band moves.
  const row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = Math.min(j, over);
  let rowMin = 0;
  for (let i = 1; i <= m; i++) {
    const unit = stored.charCodeAt(storedBase + step * i);
    const lo = Math.max(1, i - bound);
    const hi = Math.min(n, i + bound);
    let diagonal = row[lo - 1] ?? over;
    let left = lo === 1 ? Math.min(i, over) : over;
    row[lo - 1] = left;
    rowMin = left;
    for (let j = lo; j <= hi; j++) {
      const up = row[j] ?? over;
      let cell = diagonal + (unit === actual.charCodeAt(actualBase + step * j) ? 0 : 1);
      if (up + 1 < cell) cell = up + 1;
      if (left + 1 < cell) cell = left + 1;
      if (cell > over) cell = over;
      row[j] = cell;
      diagonal = up;
      left = cell;
      if (cell < rowMin) rowMin = cell;
    }
    // No cell of a later row can be smaller than the smallest of this one.
    if (rowMin > bound) return limit + 1;
  }
  return rowMin > bound ? limit + 1 : rowMin;
}

/**
 * The fewest single-unit edits (insertions, deletions, substitutions of UTF-16 units) turning
 * `stored` into some start of `actual`, whatever follows in `actual` being free, when that is
 * at most `limit`; otherwise `limit + 1`, whatever the true distance. Both strings are read
 * from their first unit, or from their last one when `backward` (a prefix is read outward
 * from the quote without reversing it). The distance never exceeds `stored.length` (delete it
 * all), so a larger `limit` computes it exactly. A caller that only needs to know whether
 * the distance is small passes a small `limit`, which a long `stored` string makes cheaper.
 * Throws a RangeError for a negative or non-integer `limit`.
 */
export function boundaryDistance(stored: string, actual: string, limit: number, backward = false): number {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, not ${limit}`);
  if (stored.length > WORD) return bandedDistance(stored, actual, limit, backward);
  const distance = wordDistance(stored, actual, backward);
  return distance <= limit ? distance : limit + 1;
}
