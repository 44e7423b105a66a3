import { describe, expect, it } from 'vitest';
import { percentile, summarize } from './stats';

describe('benchmark statistics', () => {
  it('interpolates percentiles between order statistics', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([10, 20], 95)).toBe(19.5);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises the median and the spread', () => {
    expect(summarize([5, 1, 9, 3, 7])).toEqual({ n: 5, median: 5, min: 1, max: 9, p25: 3, p75: 7, p95: 8.6 });
  });
});
