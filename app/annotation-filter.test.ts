import { describe, expect, it } from 'vitest';
import type { Annotation } from './model';
import { countByTag, matchesFilter } from './annotation-filter';

function annotation(tag: Annotation['tag'], exact: string, note = '', speaker?: string): Annotation {
  return {
    id: exact,
    articleId: 'a',
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

describe('matchesFilter', () => {
  it.each([
    [{ tag: 'all', query: '' }, 3],
    [{ tag: 'risk', query: '' }, 1],
    [{ tag: 'all', query: 'BUDAPEST' }, 1],
    [{ tag: 'all', query: 'donbass' }, 1],
    [{ tag: 'all', query: 'reisner' }, 1],
    [{ tag: 'guarantee', query: 'budapest' }, 0],
  ] as const)('%o shows %i', (filter, count) => {
    expect(list.filter((a) => matchesFilter(a, filter)).length).toBe(count);
  });

  it('ignores accents', () => {
    expect(matchesFilter(annotation('risk', 'Zelenskyy’s café'), { tag: 'all', query: 'cafe' })).toBe(true);
  });
});

it('counts per tag', () => {
  expect(countByTag(list)).toEqual({ all: 3, guarantee: 1, risk: 1, precedent: 1 });
});
