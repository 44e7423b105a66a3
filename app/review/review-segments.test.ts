import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from '../annotations/anchored-annotations';
import { fixtureAnnotation } from '../testing/brief-test-fixture';
import { blockStarts } from '../model/canonical-text';
import type { ArticleBlock } from '../model/model';
import { reviewArticleSegments, reviewHighlights, reviewSegments, type ReviewHighlight } from './review-segments';

const g = (start: number, end: number): ReviewHighlight => ({ tag: 'guarantee', start, end });
const r = (start: number, end: number): ReviewHighlight => ({ tag: 'risk', start, end });
const placed = (id: string, tag: 'guarantee' | 'risk', start: number, end: number): AnchoredAnnotation => ({
  annotation: fixtureAnnotation(id, tag, 'Europe offers a reassurance force.'),
  range: { start, end },
});

describe('reviewSegments', () => {
  it('cuts a block at highlight edges, overlaps carrying both tags', () => {
    // Block "abcdefghij" starts at 100; g covers "cdef", r covers "efgh".
    expect(reviewSegments('abcdefghij', 100, [g(102, 106), r(104, 108)])).toEqual([
      { text: 'ab', tags: [] },
      { text: 'cd', tags: ['guarantee'] },
      { text: 'ef', tags: ['guarantee', 'risk'] },
      { text: 'gh', tags: ['risk'] },
      { text: 'ij', tags: [] },
    ]);
  });

  it("clips highlights running over the block's edges and ignores others", () => {
    expect(reviewSegments('abc', 10, [g(5, 11), r(20, 30)])).toEqual([
      { text: 'a', tags: ['guarantee'] },
      { text: 'bc', tags: [] },
    ]);
    expect(reviewSegments('abc', 0, [])).toEqual([{ text: 'abc', tags: [] }]);
  });
});

describe('reviewArticleSegments', () => {
  const blocks: ArticleBlock[] = [
    { type: 'heading', text: 'Title here' },
    { type: 'paragraph', text: 'First paragraph of text.' },
    { type: 'paragraph', text: '' },
    { type: 'paragraph', text: 'Second one, longer than the first.' },
  ];
  const starts = blockStarts(blocks);

  it('cuts every block as cutting it against all the highlights would, a highlight across blocks included', () => {
    const highlights = [g(0, 5), r(starts[1]! + 6, starts[3]! + 6), g(starts[1]! + 2, starts[1]! + 9), r(starts[3]! + 12, starts[3]! + 34), g(starts[2]!, starts[2]!)];
    const expected = blocks.map((block, b) => reviewSegments(block.text, starts[b]!, highlights));
    expect(reviewArticleSegments(blocks, highlights)).toEqual(expected);
    expect(expected[1]!.filter((segment) => segment.tags.length === 2)).toEqual([{ text: 'par', tags: ['risk', 'guarantee'] }]);
  });

  it('leaves an article without highlights as one untagged run a block, and an empty block as none', () => {
    expect(reviewArticleSegments(blocks, [])).toEqual(blocks.map((b) => (b.text ? [{ text: b.text, tags: [] }] : [])));
  });
});

describe('reviewHighlights', () => {
  it('keeps the previous list while no tag or range changed, and makes a new one when one did', () => {
    const first = reviewHighlights([placed('a', 'guarantee', 1, 4), placed('b', 'risk', 3, 9)]);
    expect(first).toEqual([g(1, 4), r(3, 9)]);
    const withVerdict = [placed('a', 'guarantee', 1, 4), { ...placed('b', 'risk', 3, 9) }];
    expect(reviewHighlights(withVerdict, first)).toBe(first);
    expect(reviewHighlights([placed('a', 'risk', 1, 4), placed('b', 'risk', 3, 9)], first)).toEqual([r(1, 4), r(3, 9)]);
    expect(reviewHighlights([placed('a', 'guarantee', 1, 4)], first)).toEqual([g(1, 4)]);
  });
});
