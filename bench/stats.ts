/**
 * Summaries of repeated measurements: the median and the spread (min, max, interquartile
 * range) the report shows, and percentiles for latency distributions.
 */

/** A set of samples summarised. */
export interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p25: number;
  readonly p75: number;
  readonly p95: number;
}

/** The `p`-th percentile (0–100) of `samples` by linear interpolation between order statistics. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** The summary of `samples`. */
export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    median: percentile(samples, 50),
    min: Math.min(...samples),
    max: Math.max(...samples),
    p25: percentile(samples, 25),
    p75: percentile(samples, 75),
    p95: percentile(samples, 95),
  };
}
