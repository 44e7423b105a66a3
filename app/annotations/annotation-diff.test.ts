import { describe, expect, it } from 'vitest';
import { annotationOn } from '../testing/test-annotation';
import { differingFields } from './annotation-diff';

const text = 'Europe offered guarantees akin to Article 5.';
const base = annotationOn(text, 'guarantees akin to Article 5', { id: 'a', note: 'core', links: ['x', 'y'] });

describe('differingFields', () => {
  it('names every field an analyst or reviewer changed, and nothing for the same content', () => {
    expect(differingFields(base, { ...base, updatedAt: 'later', links: ['y', 'x'] })).toEqual([]);
    expect(differingFields(base, { ...base, note: 'changed', tag: 'risk', confidence: 'high' })).toEqual(['tag', 'note', 'confidence']);
    expect(differingFields(base, { ...base, speaker: 'Merz', links: ['x'], verdict: { status: 'agreed', comment: '', reviewer: 'R', at: 't' } })).toEqual(['speaker', 'links', 'verdict']);
  });
});
