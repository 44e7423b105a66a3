import { describe, expect, it } from 'vitest';
import type { Annotation, ReviewVerdict } from '../model/model';
import { describeReviewProgress, reviewProgress } from './review-progress';

const annotation = (id: string, status?: ReviewVerdict['status']): Annotation => ({
  id,
  briefId: 'brief', articleId: 'art',
  tag: 'risk',
  target: { position: { type: 'TextPositionSelector', start: 0, end: 1 }, quote: { type: 'TextQuoteSelector', exact: 'a', prefix: '', suffix: '' } },
  note: '',
  links: [],
  author: 'Ana',
  createdAt: '2025-12-18T10:00:00Z',
  updatedAt: '2025-12-18T10:00:00Z',
  ...(status ? { verdict: { status, comment: '', reviewer: 'Rea', at: '2025-12-19T10:00:00Z' } } : {}),
});

describe('reviewProgress', () => {
  it.each([
    { name: 'nothing to review', statuses: [], text: '0 of 0 reviewed', byStatus: { agreed: 0, disputed: 0, 'needs-source': 0 } },
    { name: 'none reviewed yet', statuses: [undefined, undefined], text: '0 of 2 reviewed', byStatus: { agreed: 0, disputed: 0, 'needs-source': 0 } },
    {
      name: 'part reviewed',
      statuses: ['agreed', undefined, 'disputed', 'needs-source', 'agreed'] as const,
      text: '4 of 5 reviewed',
      byStatus: { agreed: 2, disputed: 1, 'needs-source': 1 },
    },
  ])('$name: $text', ({ statuses, text, byStatus }) => {
    const progress = reviewProgress(statuses.map((s, i) => annotation(String(i), s)));
    expect(describeReviewProgress(progress)).toBe(text);
    expect(progress.byStatus).toEqual(byStatus);
  });
});
