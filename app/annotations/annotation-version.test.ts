import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, lastModified, sameContent, type AnnotationVersion } from './annotation-version';
import type { Annotation } from '../model/model';
import { annotationOn } from '../testing/test-annotation';

const annotation = (fields: Partial<Annotation> = {}): Annotation => annotationOn('a', 'a', { id: 'a', tag: 'risk', ...fields });
const live = (fields: Partial<Annotation> = {}): AnnotationVersion => ({ kind: 'annotation', annotation: annotation(fields) });
const dead = (deletedAt: string, deletedBy = 'Ana'): AnnotationVersion => ({ kind: 'tombstone', tombstone: { id: 'a', briefId: 'brief', articleId: 'art', deletedAt, deletedBy } });

describe('compareVersions', () => {
  it.each([
    { name: 'a later edit outranks an earlier one', a: live({ updatedAt: '2025-12-18T11:00:00Z' }), b: live(), expected: 1 },
    { name: 'times compare as instants, not as text', a: live({ updatedAt: '2025-12-18T10:30:00+01:00' }), b: live({ note: 'x' }), expected: -1 },
    { name: 'a tombstone outranks an annotation of the same time', a: dead('2025-12-18T10:00:00Z'), b: live(), expected: 1 },
    { name: 'an edit after the deletion outranks the tombstone', a: dead('2025-12-18T10:00:00Z'), b: live({ updatedAt: '2025-12-18T10:00:01Z' }), expected: -1 },
    { name: 'a verdict counts as a change', a: live({ verdict: { status: 'agreed', comment: '', reviewer: 'Rea', at: '2025-12-19T10:00:00Z' } }), b: live({ updatedAt: '2025-12-18T12:00:00Z' }), expected: 1 },
    { name: 'versions differing only in origin are the same', a: { kind: 'annotation', annotation: { ...annotation(), origin: { author: 'Bob', exportedAt: '2025-12-18T12:00:00Z' } } } as AnnotationVersion, b: live(), expected: 0 },
  ])('$name', ({ a, b, expected }) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });

  it('is a total order: antisymmetric, and 0 only for the same content', () => {
    const version = fc.oneof(
      fc.record({ note: fc.constantFrom('', 'x', 'y'), minute: fc.integer({ min: 0, max: 2 }) }).map((f) => live({ note: f.note, updatedAt: `2025-12-18T10:0${f.minute}:00Z` })),
      fc.record({ minute: fc.integer({ min: 0, max: 2 }), by: fc.constantFrom('Ana', 'Bob') }).map((f) => dead(`2025-12-18T10:0${f.minute}:00Z`, f.by)),
    );
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(Math.sign(compareVersions(a, b))).toBe(-Math.sign(compareVersions(b, a)) || 0);
        if (compareVersions(a, b) === 0) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        if (compareVersions(a, b) > 0 && compareVersions(b, c) > 0) expect(compareVersions(a, c)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('lastModified and sameContent', () => {
  it('read times as instants and ignore origin', () => {
    expect(lastModified(annotation({ updatedAt: '2025-12-18T11:00:00+01:00' }))).toBe(Date.parse('2025-12-18T10:00:00Z'));
    expect(sameContent(annotation(), { ...annotation(), origin: { author: 'Bob', exportedAt: '2025-12-18T12:00:00Z' } })).toBe(true);
    expect(sameContent(annotation(), annotation({ links: ['b'] }))).toBe(false);
  });

  it('refuses an unreadable time, naming the annotation', () => {
    expect(() => lastModified(annotation({ updatedAt: 'soon' }))).toThrow(/Annotation a has an unreadable time: "soon"/);
  });
});
