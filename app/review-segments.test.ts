import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from './anchored-annotations';
import { fixtureAnnotation } from './brief-test-fixture';
import { reviewSegments } from './review-segments';

const placed = (id: string, tag: 'guarantee' | 'risk', start: number, end: number): AnchoredAnnotation => ({
  annotation: fixtureAnnotation(id, tag, 'Europe offers a reassurance force.'),
  range: { start, end },
});

describe('reviewSegments', () => {
  it('cuts a block at highlight edges, overlaps carrying both tags', () => {
    // Block "abcdefghij" starts at 100; g covers "cdef", r covers "efgh".
    const segments = reviewSegments('abcdefghij', 100, [placed('g', 'guarantee', 102, 106), placed('r', 'risk', 104, 108)]);
    expect(segments).toEqual([
      { text: 'ab', tags: [] },
      { text: 'cd', tags: ['guarantee'] },
      { text: 'ef', tags: ['guarantee', 'risk'] },
      { text: 'gh', tags: ['risk'] },
      { text: 'ij', tags: [] },
    ]);
  });

  it('clips highlights running over the block\'s edges and ignores others', () => {
    expect(reviewSegments('abc', 10, [placed('g', 'guarantee', 5, 11), placed('r', 'risk', 20, 30)])).toEqual([
      { text: 'a', tags: ['guarantee'] },
      { text: 'bc', tags: [] },
    ]);
    expect(reviewSegments('abc', 0, [])).toEqual([{ text: 'abc', tags: [] }]);
  });
});
