import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { describeRange } from '../anchoring/text-selectors';
import { insertInTextOrder, placeAnnotations } from './anchored-annotations';

const text = 'Alpha beta gamma delta epsilon.';

function annotation(id: string, word: string, createdAt = '2026-01-01T00:00:00Z'): Annotation {
  const start = text.indexOf(word);
  return {
    id,
    briefId: 'brief', articleId: 'a',
    tag: 'risk',
    target: describeRange(text, { start, end: start + word.length }),
    note: '',
    links: [],
    author: 'Analyst',
    createdAt,
    updatedAt: createdAt,
  };
}

describe('placeAnnotations', () => {
  it('orders anchored annotations by text position, enclosing before enclosed', () => {
    const placed = placeAnnotations(text, [annotation('d', 'delta'), annotation('b', 'beta'), annotation('bg', 'beta gamma')]);
    expect(placed.anchored.map((a) => a.annotation.id)).toEqual(['bg', 'b', 'd']);
    expect(placed.orphaned).toEqual([]);
  });

  it('keeps an annotation whose text is gone as orphaned', () => {
    const placed = placeAnnotations(text.replace('gamma', 'omega'), [annotation('g', 'gamma')]);
    expect(placed.anchored).toEqual([]);
    expect(placed.orphaned.map((a) => a.id)).toEqual(['g']);
  });
});

describe('insertInTextOrder', () => {
  it('inserts where text order puts the new annotation', () => {
    const { anchored } = placeAnnotations(text, [annotation('a', 'Alpha'), annotation('e', 'epsilon')]);
    const [gamma] = placeAnnotations(text, [annotation('g', 'gamma')]).anchored;
    expect(insertInTextOrder(anchored, gamma!).map((a) => a.annotation.id)).toEqual(['a', 'g', 'e']);
  });
});
