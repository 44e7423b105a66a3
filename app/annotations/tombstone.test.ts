import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/model';
import { tombstoneOf } from './tombstone';

describe('tombstoneOf', () => {
  it('keeps the id and article of the deleted annotation, with who and when', () => {
    const annotation = { id: 'a1', articleId: 'art', note: 'gone' } as Annotation;
    expect(tombstoneOf(annotation, 'Ana', '2025-12-18T10:00:00Z')).toEqual({ id: 'a1', articleId: 'art', deletedAt: '2025-12-18T10:00:00Z', deletedBy: 'Ana' });
  });
});
