import { describe, expect, it } from 'vitest';
import { segmentArticle } from './brief-appendix';
import { blockStarts } from '../model/canonical-text';

const blocks = [
  { type: 'paragraph', text: 'abcdef' },
  { type: 'paragraph', text: 'ghij' },
] as const;
const starts = blockStarts(blocks);

const texts = (result: ReturnType<typeof segmentArticle<string>>) =>
  result.map((b) => b.segments.map((s) => `${s.text}[${s.covering.join('')}|${s.ending.join('')}]`).join(' '));

describe('segmentArticle', () => {
  it('cuts at every boundary of overlapping highlights', () => {
    const result = segmentArticle(blocks, starts, [
      { ref: 'A', range: { start: 1, end: 4 } },
      { ref: 'B', range: { start: 2, end: 6 } },
      { ref: 'C', range: { start: 2, end: 3 } },
    ]);
    expect(texts(result)).toEqual(['a[|] b[A|] c[ABC|C] d[AB|A] ef[B|B]', 'ghij[|]']);
    expect(result.map((b) => b.paragraph)).toEqual([1, 2]);
  });

  it('cuts a highlight across blocks at the break and numbers only its last piece', () => {
    const result = segmentArticle(blocks, starts, [{ ref: 'X', range: { start: 4, end: 10 } }]);
    expect(texts(result)).toEqual(['abcd[|] ef[X|]', 'gh[X|X] ij[|]']);
  });

  it('numbers a highlight ending inside a block separator after its last character', () => {
    const result = segmentArticle(blocks, starts, [{ ref: 'Y', range: { start: 3, end: 7 } }]);
    expect(texts(result)).toEqual(['abc[|] def[Y|Y]', 'ghij[|]']);
  });
});
