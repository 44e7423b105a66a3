import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationOrigin } from '../model/model';
import { applyChanges, type AnnotationSet } from '../annotations/annotation-set';
import { lastModified, sameContent } from '../annotations/annotation-version';
import { mergeAnnotations, mergeChangeSet, type IncomingAnnotations } from './merge';
import { swapConflict, swappedConflict } from './merge-conflict';
import type { AnnotationTombstone } from '../annotations/tombstone';

const T = (minute: number): string => new Date(Date.UTC(2025, 11, 18, 9, minute)).toISOString();

function ann(id: string, fields: Partial<Annotation> = {}): Annotation {
  return {
    id,
    briefId: 'brief',
    articleId: 'art',
    tag: 'guarantee',
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      quote: { type: 'TextQuoteSelector', exact: 'Alpha', prefix: '', suffix: ' beta' },
    },
    note: '',
    links: [],
    author: 'Ana',
    createdAt: T(0),
    updatedAt: T(1),
    ...fields,
  };
}

const tomb = (id: string, minute: number, deletedBy = 'Ana'): AnnotationTombstone => ({ id, briefId: 'brief', articleId: 'art', deletedAt: T(minute), deletedBy });

const bob: AnnotationOrigin = { author: 'Bob', exportedAt: T(30) };
const empty: AnnotationSet = { annotations: [], tombstones: [] };
const from = (set: AnnotationSet, source = bob): IncomingAnnotations => ({ ...set, source });

describe('mergeAnnotations, one id at a time', () => {
  const cases: {
    name: string;
    local: AnnotationSet;
    incoming: AnnotationSet;
    expected: AnnotationSet;
    summary: Partial<Record<'added' | 'updated' | 'deleted' | 'unchanged' | 'conflicts', number>>;
    conflict?: { kind: string; keptSide: string };
  }[] = [
    {
      name: 'adds a new annotation, keeping its author and stamping its origin',
      local: empty,
      incoming: { annotations: [ann('a', { author: 'Bob' })], tombstones: [] },
      expected: { annotations: [ann('a', { author: 'Bob', origin: bob })], tombstones: [] },
      summary: { added: 1, unchanged: 0 },
    },
    {
      name: 'leaves an identical annotation alone (an own annotation gains no origin)',
      local: { annotations: [ann('a')], tombstones: [] },
      incoming: { annotations: [ann('a')], tombstones: [] },
      expected: { annotations: [ann('a')], tombstones: [] },
      summary: { unchanged: 1, added: 0, updated: 0 },
    },
    {
      name: 'keeps the newer incoming edit and records the local one',
      local: { annotations: [ann('a', { note: 'mine' })], tombstones: [] },
      incoming: { annotations: [ann('a', { note: 'theirs', updatedAt: T(5) })], tombstones: [] },
      expected: { annotations: [ann('a', { note: 'theirs', updatedAt: T(5), origin: bob })], tombstones: [] },
      summary: { updated: 1, conflicts: 1 },
      conflict: { kind: 'both-edited', keptSide: 'incoming' },
    },
    {
      name: 'keeps the newer local edit and records the incoming one',
      local: { annotations: [ann('a', { note: 'mine', updatedAt: T(9) })], tombstones: [] },
      incoming: { annotations: [ann('a', { note: 'theirs', updatedAt: T(5) })], tombstones: [] },
      expected: { annotations: [ann('a', { note: 'mine', updatedAt: T(9) })], tombstones: [] },
      summary: { unchanged: 1, conflicts: 1 },
      conflict: { kind: 'both-edited', keptSide: 'local' },
    },
    {
      name: 'counts a verdict as an edit even when updatedAt was not bumped',
      local: { annotations: [ann('a')], tombstones: [] },
      incoming: { annotations: [ann('a', { verdict: { status: 'agreed', comment: 'ok', reviewer: 'Rea', at: T(20) } })], tombstones: [] },
      expected: { annotations: [ann('a', { verdict: { status: 'agreed', comment: 'ok', reviewer: 'Rea', at: T(20) }, origin: bob })], tombstones: [] },
      summary: { updated: 1, conflicts: 1 },
      conflict: { kind: 'both-edited', keptSide: 'incoming' },
    },
    {
      name: 'deletes a local annotation not updated after the incoming deletion',
      local: { annotations: [ann('a', { updatedAt: T(5) })], tombstones: [] },
      incoming: { annotations: [], tombstones: [tomb('a', 5, 'Bob')] },
      expected: { annotations: [], tombstones: [tomb('a', 5, 'Bob')] },
      summary: { deleted: 1, conflicts: 0 },
    },
    {
      name: 'keeps a local annotation edited after the incoming deletion, as a conflict',
      local: { annotations: [ann('a', { updatedAt: T(6) })], tombstones: [] },
      incoming: { annotations: [], tombstones: [tomb('a', 5, 'Bob')] },
      expected: { annotations: [ann('a', { updatedAt: T(6) })], tombstones: [] },
      summary: { unchanged: 1, conflicts: 1 },
      conflict: { kind: 'edited-after-deletion', keptSide: 'local' },
    },
    {
      name: 'does not let a local tombstone be undone by an older incoming annotation',
      local: { annotations: [], tombstones: [tomb('a', 5)] },
      incoming: { annotations: [ann('a', { updatedAt: T(4) })], tombstones: [] },
      expected: { annotations: [], tombstones: [tomb('a', 5)] },
      summary: { unchanged: 1, added: 0, conflicts: 0 },
    },
    {
      name: 'brings back an annotation edited after the local deletion, as a conflict',
      local: { annotations: [], tombstones: [tomb('a', 5)] },
      incoming: { annotations: [ann('a', { updatedAt: T(7) })], tombstones: [] },
      expected: { annotations: [ann('a', { updatedAt: T(7), origin: bob })], tombstones: [] },
      summary: { added: 1, conflicts: 1 },
      conflict: { kind: 'edited-after-deletion', keptSide: 'incoming' },
    },
    {
      name: 'stores an incoming tombstone for an id never seen here',
      local: empty,
      incoming: { annotations: [], tombstones: [tomb('a', 5, 'Bob')] },
      expected: { annotations: [], tombstones: [tomb('a', 5, 'Bob')] },
      summary: { unchanged: 1, deleted: 0 },
    },
    {
      name: 'keeps the later of two tombstones',
      local: { annotations: [], tombstones: [tomb('a', 5)] },
      incoming: { annotations: [], tombstones: [tomb('a', 8, 'Bob')] },
      expected: { annotations: [], tombstones: [tomb('a', 8, 'Bob')] },
      summary: { unchanged: 1 },
    },
    {
      name: 'drops links to annotations that end up deleted, from local and incoming survivors',
      local: { annotations: [ann('g'), ann('r', { tag: 'risk', links: ['g'] })], tombstones: [] },
      incoming: { annotations: [ann('p', { tag: 'precedent', links: ['g', 'r'] })], tombstones: [tomb('g', 5, 'Bob')] },
      expected: {
        annotations: [ann('p', { tag: 'precedent', links: ['r'], origin: bob }), ann('r', { tag: 'risk', links: [] })],
        tombstones: [tomb('g', 5, 'Bob')],
      },
      summary: { added: 1, deleted: 1, updated: 1, unchanged: 0 },
    },
  ];

  it.each(cases)('$name', ({ local, incoming, expected, summary, conflict }) => {
    const plan = mergeAnnotations(local, from(incoming));
    expect(applyChanges(local, plan)).toEqual(expected);
    expect(plan.summary).toMatchObject({ conflicts: 0, ...summary });
    if (conflict) expect(plan.conflicts).toMatchObject([conflict]);
    else expect(plan.conflicts).toEqual([]);
  });

  it('breaks a tie of equal times the same way whichever side holds which version', () => {
    const x = ann('a', { note: 'x' });
    const y = ann('a', { note: 'y' });
    const one = applyChanges({ annotations: [x], tombstones: [] }, mergeAnnotations({ annotations: [x], tombstones: [] }, from({ annotations: [y], tombstones: [] })));
    const two = applyChanges({ annotations: [y], tombstones: [] }, mergeAnnotations({ annotations: [y], tombstones: [] }, from({ annotations: [x], tombstones: [] })));
    expect(one.annotations[0]?.note).toBe(two.annotations[0]?.note);
  });

  it('leaves its inputs untouched', () => {
    const local = Object.freeze({ annotations: Object.freeze([Object.freeze(ann('r', { links: Object.freeze(['g']) }))]), tombstones: Object.freeze([]) });
    const incoming = Object.freeze(from({ annotations: [], tombstones: [Object.freeze(tomb('g', 3))] }));
    expect(() => mergeAnnotations(local, incoming)).not.toThrow();
    expect(local.annotations[0]?.links).toEqual(['g']);
  });

  it('refuses a copy holding one id twice, and annotations of two briefs', () => {
    expect(() => mergeAnnotations({ annotations: [ann('a')], tombstones: [tomb('a', 2)] }, from(empty))).toThrow(/local annotations hold id a more than once/);
    expect(() => mergeAnnotations(empty, from({ annotations: [ann('a'), ann('a')], tombstones: [] }))).toThrow(/incoming annotations hold id a/);
    expect(() => mergeAnnotations({ annotations: [ann('a')], tombstones: [] }, from({ annotations: [ann('b', { briefId: 'other' })], tombstones: [] }))).toThrow(
      /different briefs: brief, other/,
    );
    // One brief's annotations on two of its sources merge as one.
    expect(mergeAnnotations({ annotations: [ann('a')], tombstones: [] }, from({ annotations: [ann('b', { articleId: 'other' })], tombstones: [] })).summary.added).toBe(1);
  });

  it('refuses an unreadable time with the id it belongs to', () => {
    expect(() => mergeAnnotations({ annotations: [ann('a', { note: 'x' })], tombstones: [] }, from({ annotations: [ann('a', { updatedAt: 'yesterday' })], tombstones: [] }))).toThrow(
      /Annotation a has an unreadable time: "yesterday"/,
    );
  });
});

describe('swapConflict', () => {
  it('puts the discarded annotation back, stamped so it outranks the kept one', () => {
    const local = { annotations: [ann('a', { note: 'mine' })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(5) })], tombstones: [] }));
    const merged = applyChanges(local, plan);
    const swapped = applyChanges(merged, swapConflict(merged, plan.conflicts[0]!, T(40)));
    expect(swapped.annotations).toEqual([ann('a', { note: 'mine', updatedAt: T(40) })]);
    // Merging the same file again keeps the analyst's choice.
    const again = mergeAnnotations(swapped, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(5) })], tombstones: [] }));
    expect(applyChanges(swapped, again).annotations[0]?.note).toBe('mine');
  });

  it('applies a discarded deletion and drops links to the deleted annotation', () => {
    const local = { annotations: [ann('g', { updatedAt: T(9) }), ann('r', { tag: 'risk', links: ['g'] })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [], tombstones: [tomb('g', 5, 'Bob')] }));
    const merged = applyChanges(local, plan);
    expect(merged.annotations.map((a) => a.id)).toEqual(['g', 'r']);
    const swapped = applyChanges(merged, swapConflict(merged, plan.conflicts[0]!, T(40)));
    expect(swapped).toEqual({ annotations: [ann('r', { tag: 'risk', links: [] })], tombstones: [tomb('g', 40, 'Bob')] });
  });

  it('stamps 1 ms after the kept version when the given time is earlier', () => {
    const local = { annotations: [ann('a', { note: 'mine', updatedAt: T(50) })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs' })], tombstones: [] }));
    const changes = swapConflict(local, plan.conflicts[0]!, T(40));
    expect(changes.toPut[0]?.updatedAt).toBe(new Date(Date.parse(T(50)) + 1).toISOString());
  });
});

describe('mergeAnnotations never lets a file win by its clock', () => {
  const NOW = T(45);
  const FAR = '9999-12-31T23:59:59.999Z';

  it('a tombstone dated far ahead deletes nothing: a conflict keeps the annotation', () => {
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine' })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [], tombstones: [{ id: 'a', briefId: 'brief', articleId: 'art', deletedAt: FAR, deletedBy: 'Dana' }] }), NOW);
    expect(applyChanges(local, plan)).toEqual(local);
    expect(plan.summary).toMatchObject({ deleted: 0, conflicts: 1 });
    expect(plan.conflicts[0]).toMatchObject({ id: 'a', keptSide: 'local', reason: 'future', kind: 'edited-after-deletion' });
  });

  it('an edit dated far ahead overwrites nothing, and swapping it in stamps it now, not 9999', () => {
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine' })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: FAR, verdict: { status: 'agreed', comment: '', reviewer: 'Dana', at: FAR } })], tombstones: [] }), NOW);
    expect(applyChanges(local, plan).annotations[0]?.note).toBe('mine');
    const [conflict] = plan.conflicts;
    expect(conflict).toMatchObject({ keptSide: 'local', reason: 'future' });
    const changes = swapConflict(local, conflict!, NOW);
    expect(changes.toPut[0]).toMatchObject({ note: 'theirs', updatedAt: NOW });
    expect(lastModified(changes.toPut[0]!)).toBeLessThanOrEqual(Date.parse(NOW));
  });

  it('a new annotation dated far ahead is added with its times as now, so it cannot outrank later edits', () => {
    const plan = mergeAnnotations(empty, from({ annotations: [ann('a', { createdAt: FAR, updatedAt: FAR })], tombstones: [] }), NOW);
    expect(plan.toPut[0]).toMatchObject({ createdAt: NOW, updatedAt: NOW });
  });

  it('an export time far ahead is believed only up to now', () => {
    const plan = mergeAnnotations(empty, from({ annotations: [ann('a')], tombstones: [] }, { author: 'Dana', exportedAt: FAR }), NOW);
    expect(plan.toPut[0]?.origin).toEqual({ author: 'Dana', exportedAt: NOW });
  });

  it('a later version from the file does not replace a note the analyst changed here after the export: a conflict keeps it', () => {
    // Edited here at minute 35; the file was exported at minute 30 with an edit from minute 40.
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine', updatedAt: T(35) })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(40) })], tombstones: [] }), NOW);
    expect(applyChanges(local, plan).annotations[0]?.note).toBe('mine');
    expect(plan.conflicts[0]).toMatchObject({ keptSide: 'local', reason: 'edited-here' });
  });

  it('a later version does replace one not changed here since the export, recording the old one', () => {
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine', updatedAt: T(20) })], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(25) })], tombstones: [] }), NOW);
    expect(applyChanges(local, plan).annotations[0]?.note).toBe('theirs');
    expect(plan.conflicts[0]).toMatchObject({ keptSide: 'incoming', reason: 'later' });
  });

  it('a swap can be swapped back', () => {
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine', updatedAt: T(35) })], tombstones: [] };
    const [conflict] = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(40) })], tombstones: [] }), NOW).conflicts;
    const once = applyChanges(local, swapConflict(local, conflict!, NOW));
    expect(once.annotations[0]?.note).toBe('theirs');
    const swapped = swappedConflict(conflict!, NOW)!;
    expect(swapped).toMatchObject({ keptSide: 'incoming', kept: { note: 'theirs' } });
    const back = applyChanges(once, swapConflict(once, swapped, T(50)));
    expect(back.annotations[0]).toMatchObject({ note: 'mine', updatedAt: T(50) });
  });
});

// Property tests: two analysts' consistent files of one brief of three sources (each id once,
// on the same source in both; no links to the file's own tombstones, as a real database
// exports them), drawn from a small pool so ids collide; links cross sources.
const ids = ['a', 'b', 'c', 'd', 'e'];
const SOURCE_OF: Readonly<Record<string, string>> = { a: 'art', b: 'art', c: 'notes', d: 'notes', e: 'paper' };
const minute = fc.integer({ min: 0, max: 4 });
const versionArb = (id: string) =>
  fc.oneof(
    fc.record({ note: fc.constantFrom('', 'n1', 'n2'), tag: fc.constantFrom('guarantee' as const, 'risk' as const), updated: minute, links: fc.subarray(ids), author: fc.constantFrom('Ana', 'Bob') }).map(
      (f) => ann(id, { articleId: SOURCE_OF[id], note: f.note, tag: f.tag, updatedAt: T(f.updated), links: f.links.filter((l) => l !== id), author: f.author }),
    ),
    fc.record({ at: minute, by: fc.constantFrom('Ana', 'Bob') }).map((f) => ({ ...tomb(id, f.at, f.by), articleId: SOURCE_OF[id] ?? 'art' })),
  );
const fileArb = (author: string, exportedMinute: number) =>
  fc.subarray(ids).chain((present) => fc.tuple(...present.map(versionArb))).map((versions): IncomingAnnotations => {
    const tombstones = versions.filter((v): v is AnnotationTombstone => 'deletedAt' in v);
    const dead = new Set(tombstones.map((t) => t.id));
    const annotations = versions
      .filter((v): v is Annotation => !('deletedAt' in v))
      .map((a) => ({ ...a, links: a.links.filter((l) => !dead.has(l)) }));
    return { annotations, tombstones, source: { author, exportedAt: T(exportedMinute) } };
  });

const mergeInto = (set: AnnotationSet, file: IncomingAnnotations): AnnotationSet => applyChanges(set, mergeAnnotations(set, file));

describe('mergeAnnotations, properties', () => {
  it('gives the same result merging two files into an empty base in either order', () => {
    fc.assert(
      fc.property(fileArb('Ana', 20), fileArb('Bob', 25), (a, b) => {
        expect(mergeInto(mergeInto(empty, a), b)).toEqual(mergeInto(mergeInto(empty, b), a));
      }),
    );
  });

  it('writes nothing when the same file is merged twice (its disagreements are shown again)', () => {
    fc.assert(
      fc.property(fileArb('Ana', 20), fileArb('Bob', 25), (a, b) => {
        const merged = mergeInto(mergeInto(empty, a), b);
        const again = mergeAnnotations(merged, b);
        expect([again.toPut, again.toDelete, again.tombstonesToPut, again.tombstonesToDelete]).toEqual([[], [], [], []]);
        expect(again.conflicts.every((c) => c.keptSide === 'local')).toBe(true);
        expect(again.summary.unchanged).toBe(b.annotations.length + b.tombstones.length);
      }),
    );
  });

  it('loses no version silently: each one is kept, recorded as a conflict, or deleted by a tombstone no older than it', () => {
    fc.assert(
      fc.property(fileArb('Ana', 20), fileArb('Bob', 25), (localFile, incoming) => {
        const local = mergeInto(empty, localFile);
        const plan = mergeAnnotations(local, incoming);
        const result = applyChanges(local, plan);
        const dead = new Set(result.tombstones.map((t) => t.id));
        for (const version of [...local.annotations, ...incoming.annotations]) {
          const stored = result.annotations.find((a) => a.id === version.id);
          const pruned = { ...version, links: version.links.filter((l) => !dead.has(l)) };
          const kept = stored !== undefined && sameContent(stored, pruned);
          const recorded = plan.conflicts.some((c) => c.discarded.kind === 'annotation' && sameContent(c.discarded.annotation, version));
          const tombstone = result.tombstones.find((t) => t.id === version.id);
          const deleted = tombstone !== undefined && Date.parse(tombstone.deletedAt) >= lastModified(version);
          expect(kept || recorded || deleted).toBe(true);
        }
        const { added, updated, deleted, unchanged } = plan.summary;
        expect(added + updated + deleted + unchanged).toBeGreaterThanOrEqual(incoming.annotations.length + incoming.tombstones.length);
        expect(plan.summary.conflicts).toBe(plan.conflicts.length);
      }),
    );
  });

  it('never changes or removes, without a conflict, an annotation the analyst edited here after the file was exported', () => {
    const own = fc.subarray(ids).chain((present) =>
      fc.tuple(...present.map((id) => fc.record({ note: fc.constantFrom('x', 'y'), minute: fc.integer({ min: 0, max: 40 }) }).map((f) => ann(id, { articleId: SOURCE_OF[id], note: f.note, updatedAt: T(f.minute) })))),
    );
    fc.assert(
      fc.property(own, fileArb('Bob', 25), fc.boolean(), (annotations, incoming, farFuture) => {
        const file = farFuture ? { ...incoming, annotations: incoming.annotations.map((a) => ({ ...a, updatedAt: '9999-01-01T00:00:00.000Z' })) } : incoming;
        const local: AnnotationSet = { annotations, tombstones: [] };
        const plan = mergeAnnotations(local, file, T(45));
        const result = applyChanges(local, plan);
        // Edited here after the export, or met by a version dated far ahead: kept as it was.
        const protectedIds = annotations.filter((a) => Date.parse(a.updatedAt) > Date.parse(T(25)) || (farFuture && file.annotations.some((b) => b.id === a.id)));
        for (const mine of protectedIds) {
          const stored = result.annotations.find((a) => a.id === mine.id);
          expect(stored !== undefined && sameContent(stored, mine), mine.id).toBe(true);
          const theirs = file.annotations.find((a) => a.id === mine.id) ?? file.tombstones.find((t) => t.id === mine.id);
          const differs = theirs !== undefined && !('note' in theirs && sameContent({ ...theirs, origin: undefined }, mine));
          if (differs) expect(plan.conflicts.some((c) => c.id === mine.id && c.keptSide === 'local'), mine.id).toBe(true);
        }
      }),
    );
  });

  it('gives the same result in either order onto the analyst\'s own annotations, and a second merge changes nothing', () => {
    const own = fc.subarray(ids).chain((present) => fc.tuple(...present.map((id) => fc.integer({ min: 0, max: 40 }).map((minute) => ann(id, { articleId: SOURCE_OF[id], note: 'own', updatedAt: T(minute) })))));
    fc.assert(
      fc.property(own, fileArb('Ana', 20), fileArb('Bob', 25), (annotations, a, b) => {
        const base: AnnotationSet = { annotations, tombstones: [] };
        const ab = mergeInto(mergeInto(base, a), b);
        expect(ab).toEqual(mergeInto(mergeInto(base, b), a));
        const again = mergeAnnotations(ab, b);
        expect([again.toPut, again.toDelete, again.tombstonesToPut, again.tombstonesToDelete]).toEqual([[], [], [], []]);
      }),
    );
  });

  it('leaves no link pointing at a deleted annotation', () => {
    fc.assert(
      fc.property(fileArb('Ana', 20), fileArb('Bob', 25), (a, b) => {
        const result = mergeInto(mergeInto(empty, a), b);
        const dead = new Set(result.tombstones.map((t) => t.id));
        expect(result.annotations.flatMap((x) => x.links).filter((l) => dead.has(l))).toEqual([]);
        expect(result.annotations.filter((x) => dead.has(x.id))).toEqual([]);
      }),
    );
  });
});

describe('mergeChangeSet', () => {
  it('is the merge as one change set over the annotations before it: updated, added and deleted', () => {
    const local: AnnotationSet = { annotations: [ann('a', { note: 'mine' }), ann('b')], tombstones: [] };
    const plan = mergeAnnotations(local, from({ annotations: [ann('a', { note: 'theirs', updatedAt: T(20) }), ann('c')], tombstones: [tomb('b', 20)] }), T(45));
    const changes = mergeChangeSet(local, plan);
    expect(changes.map((c) => [c.before?.id ?? null, c.after?.note ?? null])).toEqual([
      ['a', 'theirs'],
      [null, ''],
      ['b', null],
    ]);
  });
});
