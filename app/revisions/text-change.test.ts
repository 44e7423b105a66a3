import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationTarget } from '../model/model';
import { confirmWordingChanges, retarget, sameWording, verdictOnEarlierWording } from './text-change';

function target(exact: string, start = 10): AnnotationTarget {
  return { position: { type: 'TextPositionSelector', start, end: start + exact.length }, quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' } };
}

const annotation: Annotation = {
  id: 'a',
  briefId: 'brief', articleId: 'art',
  tag: 'guarantee',
  target: target('guarantees akin to Article 5'),
  note: 'core offer',
  links: [],
  author: 'Ada',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  verdict: { status: 'agreed', comment: '', reviewer: 'Rev', at: '2026-01-02T00:00:00.000Z' },
};

describe('retarget', () => {
  it('remembers the old words when the new passage reads differently', () => {
    const moved = retarget(annotation, target('guarantees similar to Article 5', 40));
    expect(moved.target.quote.exact).toBe('guarantees similar to Article 5');
    expect(moved.textChange).toEqual({ before: 'guarantees akin to Article 5' });
    expect(verdictOnEarlierWording(moved)).toBe(true);
  });

  it('flags nothing when only the position or the spacing changed', () => {
    expect(retarget(annotation, target('guarantees akin to Article 5', 99)).textChange).toBeUndefined();
    expect(retarget(annotation, target('guarantees akin  to\u00a0Article 5')).textChange).toBeUndefined();
  });

  it('keeps the earliest unconfirmed wording across two revisions, and drops the flag when the words come back', () => {
    const once = retarget(annotation, target('guarantees similar to Article 5'));
    const twice = retarget(once, target('guarantees like Article 5'));
    expect(twice.textChange).toEqual({ before: 'guarantees akin to Article 5' });
    expect(retarget(twice, target('guarantees akin to Article 5')).textChange).toBeUndefined();
  });

  it('reads a quote without a verdict as changed but no verdict as stale', () => {
    const unreviewed: Annotation = { ...annotation, verdict: undefined };
    expect(verdictOnEarlierWording(retarget(unreviewed, target('other words')))).toBe(false);
  });
});

describe('confirmWordingChanges', () => {
  const changed = retarget(annotation, target('guarantees similar to Article 5'));
  const all = new Map([[changed.id, changed]]);

  it('takes the flag away, keeping the verdict, in one undoable change', () => {
    const [change, ...rest] = confirmWordingChanges(all, 'a', 'later');
    expect(rest).toEqual([]);
    expect(change?.after?.textChange).toBeUndefined();
    expect(change?.after?.verdict).toEqual(annotation.verdict);
    expect(change?.after && verdictOnEarlierWording(change.after)).toBe(false);
    expect(change?.before).toBe(changed);
  });

  it('changes nothing on an annotation without a text change', () => {
    expect(confirmWordingChanges(new Map([['a', annotation]]), 'a', 'later')).toEqual([]);
  });
});

describe('sameWording', () => {
  it('tells words apart, not spacing', () => {
    expect(sameWording('a  b', 'a b')).toBe(true);
    expect(sameWording('akin', 'similar')).toBe(false);
  });
});
