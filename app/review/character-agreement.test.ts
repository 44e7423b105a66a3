import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import type { Tag } from '../model/tags';
import { characterAgreement } from './character-agreement';

/** An annotation of `tag` over code points [start, end). */
function span(tag: Tag, start: number, end: number, id = `${tag}${start}`): Annotation {
  return {
    id,
    briefId: 'b',
    articleId: 'a',
    tag,
    target: { position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } },
    note: '',
    links: [],
    author: 'A',
    createdAt: '2025-12-18T10:00:00Z',
    updatedAt: '2025-12-18T10:00:00Z',
  };
}

/** κ computed the slow way: every character checked against every annotation. */
function bruteKappa(length: number, a: readonly Annotation[], b: readonly Annotation[], label: (tags: Set<Tag>) => number, k: number, counted: (x: number, y: number) => boolean = () => true): number | undefined {
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const tagsAt = (list: readonly Annotation[], i: number) => new Set(list.filter((x) => x.target.position.start <= i && i < x.target.position.end).map((x) => x.tag));
  for (let i = 0; i < length; i += 1) {
    const x = label(tagsAt(a, i));
    const y = label(tagsAt(b, i));
    if (counted(x, y)) matrix[x]![y]! += 1;
  }
  const n = matrix.flat().reduce((s, v) => s + v, 0);
  if (n === 0) return undefined;
  const po = matrix.reduce((s, row, i) => s + row[i]!, 0) / n;
  const pe = matrix.reduce((s, row, i) => s + (row.reduce((r, v) => r + v, 0) / n) * (matrix.reduce((c, r) => c + r[i]!, 0) / n), 0);
  return pe >= 1 ? undefined : (po - pe) / (1 - pe);
}

const five = (tags: Set<Tag>): number => (tags.size === 0 ? 0 : tags.size > 1 ? 4 : { guarantee: 1, risk: 2, precedent: 3 }[[...tags][0]!]);
const eitherCoded = (x: number, y: number) => x !== 0 || y !== 0;

describe('characterAgreement', () => {
  it('is 1 when both analysts tagged the same passages the same way', () => {
    const same = [span('guarantee', 10, 30), span('risk', 50, 60)];
    const result = characterAgreement(100, same, same);
    expect(result.overall.all.kappa).toBeCloseTo(1, 10);
    expect(result.overall.coded).toMatchObject({ observed: 1, items: 30 });
    expect(result.overall.coded.kappa).toBeCloseTo(1, 10);
    expect(result.perTag.guarantee.all.kappa).toBeCloseTo(1, 10);
  });

  it('does not let untagged text inflate the figure: different passages agree on nothing in the coded text', () => {
    const a = [span('guarantee', 0, 10)];
    const b = [span('guarantee', 20, 30)];
    const result = characterAgreement(10_000, a, b);
    // Over all characters the untagged 9,980 make the observed agreement look high…
    expect(result.overall.all.observed).toBeGreaterThan(0.99);
    // …while over the 20 coded characters it is nothing.
    expect(result.overall.coded).toMatchObject({ observed: 0, items: 20 });
    expect(result.overall.coded.kappa).toBeLessThanOrEqual(0);
    expect(result.perTag.guarantee.coded.items).toBe(20);
  });

  it('counts a character tagged twice by one analyst as several tags', () => {
    const result = characterAgreement(10, [span('guarantee', 0, 10), span('risk', 0, 5)], [span('guarantee', 0, 10)]);
    expect(result.overall.all.observed).toBeCloseTo(0.5, 10);
    expect(result.perTag.guarantee.all.observed).toBe(1);
    expect(result.perTag.risk.all.observed).toBeCloseTo(0.5, 10);
  });

  it('matches a character-by-character computation, overall and per tag, all and coded (property)', () => {
    const tag = fc.constantFrom<Tag>('guarantee', 'risk', 'precedent');
    const spans = fc.array(fc.tuple(tag, fc.nat(60), fc.integer({ min: 1, max: 20 })).map(([t, s, l]) => span(t, s, Math.min(60, s + l))), { maxLength: 6 });
    fc.assert(
      fc.property(spans, spans, (a, b) => {
        const result = characterAgreement(60, a, b);
        const close = (x: number | undefined, y: number | undefined) => (x === undefined ? expect(y).toBeUndefined() : expect(x).toBeCloseTo(y!, 9));
        close(result.overall.all.kappa, bruteKappa(60, a, b, five, 5));
        close(result.overall.coded.kappa, bruteKappa(60, a, b, five, 5, eitherCoded));
        for (const t of ['guarantee', 'risk', 'precedent'] as const) {
          const has = (tags: Set<Tag>) => (tags.has(t) ? 1 : 0);
          close(result.perTag[t].all.kappa, bruteKappa(60, a, b, has, 2));
          close(result.perTag[t].coded.kappa, bruteKappa(60, a, b, has, 2, eitherCoded));
        }
      }),
    );
  });
});
