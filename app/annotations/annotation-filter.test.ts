import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { applyFilter, countByTag, filterPredicate } from './annotation-filter';

function annotation(tag: Annotation['tag'], exact: string, note = '', speaker?: string): Annotation {
  return {
    id: exact,
    briefId: 'brief', articleId: 'a',
    tag,
    target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } },
    note,
    speaker,
    links: [],
    author: 'A',
    createdAt: 't',
    updatedAt: 't',
  };
}

const list = [
  annotation('guarantee', 'legally binding commitment'),
  annotation('risk', 'buffer zone', 'Donbass access'),
  annotation('precedent', 'Budapest Memorandum', '', 'Reisner'),
];

describe('filterPredicate', () => {
  it.each([
    [{ tag: 'all', query: '' }, 3],
    [{ tag: 'risk', query: '' }, 1],
    [{ tag: 'all', query: 'BUDAPEST' }, 1],
    [{ tag: 'all', query: 'donbass' }, 1],
    [{ tag: 'all', query: 'reisner' }, 1],
    [{ tag: 'guarantee', query: 'budapest' }, 0],
  ] as const)('%o shows %i', (filter, count) => {
    expect(list.filter(filterPredicate(filter)).length).toBe(count);
  });

  it('ignores accents', () => {
    expect(filterPredicate({ tag: 'all', query: 'cafe' })(annotation('risk', 'Zelenskyy’s café'))).toBe(true);
  });
});

describe('applyFilter', () => {
  const placed = list.map((a, i) => ({ annotation: a, at: i }));

  it('hands back the list itself when the filter shows everything, blank search included', () => {
    expect(applyFilter(placed, { tag: 'all', query: '' }, (p) => p.annotation)).toBe(placed);
    expect(applyFilter(placed, { tag: 'all', query: '  ' }, (p) => p.annotation)).toBe(placed);
  });

  it('narrows by tag and search, keeping the order', () => {
    expect(applyFilter(placed, { tag: 'risk', query: '' }, (p) => p.annotation).map((p) => p.at)).toEqual([1]);
    expect(applyFilter(placed, { tag: 'all', query: 'b' }, (p) => p.annotation).map((p) => p.at)).toEqual([0, 1, 2]);
    expect(applyFilter(placed, { tag: 'all', query: 'zone' }, (p) => p.annotation).map((p) => p.at)).toEqual([1]);
  });
});

it('counts per tag', () => {
  expect(countByTag(list)).toEqual({ all: 3, guarantee: 1, risk: 1, precedent: 1 });
});
