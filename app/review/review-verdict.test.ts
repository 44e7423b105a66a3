import { describe, expect, it } from 'vitest';
import { fixtureAnnotation } from '../testing/brief-test-fixture';
import type { ReviewVerdict } from '../model/model';
import { verdictChanges } from './review-verdict';

const g1 = fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.');
const all = new Map([[g1.id, g1]]);
const verdict: ReviewVerdict = { status: 'disputed', comment: 'Which force?', reviewer: 'Rita', at: '2026-01-07T10:00:00Z' };

describe('verdictChanges', () => {
  it('sets a verdict without touching the analyst\'s update time', () => {
    const [change] = verdictChanges(all, 'g1', verdict);
    expect(change).toEqual({ before: g1, after: { ...g1, verdict } });
  });

  it('removes a verdict, leaving no verdict key', () => {
    const judged = { ...g1, verdict };
    const [change] = verdictChanges(new Map([[g1.id, judged]]), 'g1', undefined);
    expect(change?.after).toEqual(g1);
    expect(change?.after && 'verdict' in change.after).toBe(false);
  });

  it('changes nothing when the verdict is the same, and refuses unknown ids', () => {
    expect(verdictChanges(new Map([[g1.id, { ...g1, verdict }]]), 'g1', { ...verdict })).toEqual([]);
    expect(verdictChanges(all, 'g1', undefined)).toEqual([]);
    expect(() => verdictChanges(all, 'nope', verdict)).toThrow(RangeError);
  });
});
