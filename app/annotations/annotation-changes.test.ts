import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { applyToMap, createChanges, deleteChanges, editChanges, invertChanges, linkChanges, netChanges } from './annotation-changes';

function annotation(id: string, tag: Annotation['tag'], links: string[] = []): Annotation {
  return {
    id,
    briefId: 'brief', articleId: 'art',
    tag,
    target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' } },
    note: '',
    links,
    author: 'A',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const NOW = '2026-02-02T00:00:00Z';
const all = new Map([
  ['g', annotation('g', 'guarantee')],
  ['r', annotation('r', 'risk', ['g'])],
  ['p', annotation('p', 'precedent', ['g'])],
]);

describe('change sets', () => {
  it('deleting a guarantee removes the links to it and nothing else', () => {
    const after = applyToMap(all, deleteChanges(all, 'g', NOW));
    expect([...after.keys()]).toEqual(['r', 'p']);
    expect(after.get('r')?.links).toEqual([]);
    expect(after.get('r')?.tag).toBe('risk');
  });

  it('undoing a delete restores the annotation and its links exactly', () => {
    const changes = deleteChanges(all, 'g', NOW);
    expect(applyToMap(applyToMap(all, changes), invertChanges(changes))).toEqual(all);
  });

  it('an edit changes the fields and the update time', () => {
    const [change] = editChanges(all, 'r', { tag: 'precedent', note: 'why' }, NOW);
    expect(change?.after).toMatchObject({ tag: 'precedent', note: 'why', updatedAt: NOW });
  });

  it('an edit that changes nothing is no change', () => {
    expect(editChanges(all, 'r', { note: '' }, NOW)).toEqual([]);
  });

  it('clearing confidence and speaker removes them', () => {
    const withBoth = new Map([['g', { ...annotation('g', 'guarantee'), confidence: 'high' as const, speaker: 'Susan Stewart' }]]);
    const [change] = editChanges(withBoth, 'g', { confidence: undefined, speaker: '' }, NOW);
    expect(change?.after).not.toHaveProperty('confidence');
    expect(change?.after).not.toHaveProperty('speaker');
  });

  it('links only a risk or precedent to a guarantee', () => {
    const plain = new Map([...all].map(([id, a]) => [id, { ...a, links: [] }]));
    expect(applyToMap(plain, linkChanges(plain, 'r', 'g', true, NOW)).get('r')?.links).toEqual(['g']);
    expect(() => linkChanges(plain, 'g', 'r', true, NOW)).toThrow(RangeError);
    expect(applyToMap(all, linkChanges(all, 'r', 'g', false, NOW)).get('r')?.links).toEqual([]);
  });

  it('creating adds the annotation', () => {
    const fresh = annotation('n', 'risk');
    expect(applyToMap(all, createChanges(fresh)).get('n')).toBe(fresh);
  });
});

describe('netChanges', () => {
  it('folds several changes of one annotation into its first before and last after', () => {
    const g = all.get('g')!;
    const edited = { ...g, note: 'one' };
    const again = { ...g, note: 'two' };
    expect(netChanges([{ before: g, after: edited }, { before: edited, after: again }])).toEqual([{ before: g, after: again }]);
  });

  it('drops an annotation created and deleted in the same set, and keeps the others in order', () => {
    const fresh = annotation('n', 'risk');
    const r = all.get('r')!;
    expect(netChanges([{ before: null, after: fresh }, { before: r, after: null }, { before: fresh, after: null }])).toEqual([{ before: r, after: null }]);
  });
});
