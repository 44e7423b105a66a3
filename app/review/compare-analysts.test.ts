import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareAnalysts, samePassage } from './compare-analysts';
import type { Annotation } from '../model/model';
import type { Tag } from '../model/tags';

const at = (id: string, start: number, end: number, tag: Tag = 'guarantee'): Annotation => ({
  id,
  briefId: 'brief', articleId: 'art',
  tag,
  target: { position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact: 'x'.repeat(end - start), prefix: '', suffix: '' } },
  note: '',
  links: [],
  author: id.startsWith('a') ? 'Ana' : 'Bob',
  createdAt: '2025-12-18T10:00:00Z',
  updatedAt: '2025-12-18T10:00:00Z',
});

describe('samePassage', () => {
  it.each([
    { a: [0, 10], b: [0, 10], same: true },
    { a: [0, 10], b: [5, 30], same: true }, // overlap 5 = half of the shorter (10)
    { a: [0, 10], b: [6, 30], same: false },
    { a: [0, 100], b: [40, 50], same: true }, // one inside the other
    { a: [0, 10], b: [10, 20], same: false }, // touching is not overlapping
    { a: [5, 5], b: [0, 10], same: false }, // empty
  ])('$a and $b: $same', ({ a, b, same }) => {
    expect(samePassage(at('a', a[0]!, a[1]!), at('b', b[0]!, b[1]!))).toBe(same);
  });
});

describe('compareAnalysts', () => {
  it('sorts passages into agreements, disagreements and one-sided ones', () => {
    const result = compareAnalysts(
      [at('a1', 0, 20), at('a2', 30, 50, 'risk'), at('a3', 60, 70)],
      [at('b1', 2, 22), at('b2', 32, 48, 'precedent'), at('b3', 80, 90, 'risk')],
    );
    expect(result.agreements.map((p) => [p.a.id, p.b.id])).toEqual([['a1', 'b1']]);
    expect(result.disagreements.map((p) => [p.a.id, p.b.id])).toEqual([['a2', 'b2']]);
    expect(result.onlyA.map((a) => a.id)).toEqual(['a3']);
    expect(result.onlyB.map((b) => b.id)).toEqual(['b3']);
  });

  it('pairs a passage A tagged twice with B’s annotation of the same tag', () => {
    const result = compareAnalysts([at('a1', 0, 20, 'guarantee'), at('a2', 0, 20, 'risk')], [at('b1', 0, 20, 'risk')]);
    expect(result.agreements.map((p) => [p.a.id, p.b.id])).toEqual([['a2', 'b1']]);
    expect(result.disagreements).toEqual([]);
    expect(result.onlyA.map((a) => a.id)).toEqual(['a1']);
  });

  it('pairs each annotation at most once, the closest in extent first', () => {
    const result = compareAnalysts([at('a1', 0, 40)], [at('b1', 0, 20), at('b2', 0, 38)]);
    expect(result.agreements.map((p) => p.b.id)).toEqual(['b2']);
    expect(result.onlyB.map((b) => b.id)).toEqual(['b1']);
  });

  it('accounts for every annotation exactly once and leaves no matching passage unpaired', () => {
    const annotations = (prefix: string) =>
      fc.array(
        fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom<Tag>('guarantee', 'risk', 'precedent')),
        { maxLength: 8 },
      ).map((specs) => specs.map(([start, length, tag], i) => at(`${prefix}${i}`, start, start + length, tag)));
    fc.assert(
      fc.property(annotations('a'), annotations('b'), (as, bs) => {
        const result = compareAnalysts(as, bs);
        const pairs = [...result.agreements, ...result.disagreements];
        expect([...pairs.map((p) => p.a), ...result.onlyA].map((a) => a.id).sort()).toEqual(as.map((a) => a.id).sort());
        expect([...pairs.map((p) => p.b), ...result.onlyB].map((b) => b.id).sort()).toEqual(bs.map((b) => b.id).sort());
        for (const p of pairs) expect(samePassage(p.a, p.b)).toBe(true);
        for (const a of result.onlyA) expect(result.onlyB.filter((b) => samePassage(a, b))).toEqual([]);
      }),
    );
  });
});
