import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { linkedFromIndex } from './linked-from';

const annotation = (id: string, links: string[] = []) => ({ id, links }) as unknown as Annotation;

describe('linkedFromIndex', () => {
  it('lists, for each annotation, those linking to it, in the order given', () => {
    const g1 = annotation('g1');
    const g2 = annotation('g2');
    const r = annotation('r', ['g1', 'g2']);
    const p = annotation('p', ['g1']);
    const index = linkedFromIndex([g1, r, g2, p]);
    expect(index.get('g1')).toEqual([r, p]);
    expect(index.get('g2')).toEqual([r]);
    expect(index.has('r')).toBe(false);
  });

  it('keeps a list that did not change as the same array, and replaces one that did', () => {
    const r = annotation('r', ['g1']);
    const p = annotation('p', ['g2']);
    const before = linkedFromIndex([r, p]);
    const q = annotation('q', ['g2']);
    const after = linkedFromIndex([r, p, q], before);
    expect(after.get('g1')).toBe(before.get('g1'));
    expect(after.get('g2')).not.toBe(before.get('g2'));
    expect(after.get('g2')).toEqual([p, q]);
  });

  it('replaces a list whose annotation changed, even at the same length', () => {
    const r = annotation('r', ['g1']);
    const before = linkedFromIndex([r]);
    const edited = { ...r, note: 'now with a note' } as Annotation;
    expect(linkedFromIndex([edited], before).get('g1')).toEqual([edited]);
    expect(linkedFromIndex([edited], before).get('g1')).not.toBe(before.get('g1'));
  });
});
