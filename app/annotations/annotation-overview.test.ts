import { describe, expect, it } from 'vitest';
import type { AnchoredAnnotation } from './anchored-annotations';
import { applyToMap, createChanges, deleteChanges, editChanges, linkChanges, type ChangeSet } from './annotation-changes';
import { overviewOf, updateOverview, type AnnotationOverview } from './annotation-overview';
import type { Annotation } from '../model/model';
import { TAGS, type Tag } from '../model/tags';

const NOW = '2026-02-02T00:00:00Z';

function annotation(id: string, tag: Tag, start: number, links: string[] = []): Annotation {
  return {
    id,
    briefId: 'brief', articleId: 'art',
    tag,
    target: { position: { type: 'TextPositionSelector', start, end: start + 5 }, quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' } },
    note: '',
    links,
    author: 'A',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

/** Every annotation placed at its stored position, in text order, as the session places them. */
function placed(all: ReadonlyMap<string, Annotation>): AnchoredAnnotation[] {
  return [...all.values()]
    .map((a) => ({ annotation: a, range: { start: a.target.position.start, end: a.target.position.end } }))
    .sort((a, b) => a.range.start - b.range.start);
}

/** Applies `changes` to `all` and the overview, as the session's commit does. */
function step(all: ReadonlyMap<string, Annotation>, overview: AnnotationOverview, changes: ChangeSet) {
  const next = applyToMap(all, changes);
  return { all: next, overview: updateOverview(overview, changes, next, placed(next)) };
}

const start = new Map([
  ['g1', annotation('g1', 'guarantee', 10)],
  ['g2', annotation('g2', 'guarantee', 50)],
  ['r1', annotation('r1', 'risk', 30, ['g1'])],
  ['p1', annotation('p1', 'precedent', 70, ['g1', 'g2'])],
]);

describe('updateOverview', () => {
  it('counts a new risk, and keeps the guarantees and the reverse links as the same objects', () => {
    const before = overviewOf(start, placed(start));
    const { overview } = step(start, before, createChanges(annotation('r2', 'risk', 40)));
    expect(overview.counts).toEqual({ all: 5, guarantee: 2, risk: 2, precedent: 1 });
    expect(overview.guarantees).toBe(before.guarantees);
    expect(overview.linkedFrom).toBe(before.linkedFrom);
  });

  it('puts a new guarantee among the guarantees in text order', () => {
    const before = overviewOf(start, placed(start));
    const { overview } = step(start, before, createChanges(annotation('g3', 'guarantee', 20)));
    expect(overview.guarantees.map((g) => g.id)).toEqual(['g1', 'g3', 'g2']);
    expect(overview.counts.guarantee).toBe(3);
  });

  it('follows a link made, and a tag changed, like a count from scratch', () => {
    const before = overviewOf(start, placed(start));
    const linked = step(start, before, linkChanges(start, 'r1', 'g2', true, NOW));
    expect(linked.overview.linkedFrom.get('g2')?.map((a) => a.id)).toEqual(['r1', 'p1']);
    const retagged = step(linked.all, linked.overview, editChanges(linked.all, 'r1', { tag: 'precedent' }, NOW));
    expect(retagged.overview.counts).toEqual({ all: 4, guarantee: 2, risk: 0, precedent: 2 });
    expect(retagged.overview).toEqual(overviewOf(retagged.all, placed(retagged.all)));
  });

  it('keeps the counts and guarantees for a note on a risk, and lists the edited risk under its guarantee', () => {
    const before = overviewOf(start, placed(start));
    const { overview } = step(start, before, editChanges(start, 'r1', { note: 'a note' }, NOW));
    expect(overview.counts).toBe(before.counts);
    expect(overview.guarantees).toBe(before.guarantees);
    expect(overview.linkedFrom.get('g1')?.find((a) => a.id === 'r1')?.note).toBe('a note');
    expect(overview.linkedFrom.get('g2')).toBe(before.linkedFrom.get('g2'));
  });

  it('after any run of creations, edits, links and deletions, equals the overview computed afresh', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let all: ReadonlyMap<string, Annotation> = start;
    let overview = overviewOf(all, placed(all));
    for (let i = 0; i < 300; i++) {
      const ids = [...all.keys()];
      const pick = (tags: readonly Tag[] = TAGS) => {
        const some = ids.filter((id) => tags.includes(all.get(id)!.tag));
        return some[random(some.length)];
      };
      const source = pick(['risk', 'precedent']);
      const target = pick(['guarantee']);
      const kind = ids.length < 3 ? 0 : random(source && target ? 5 : 4);
      const changes =
        kind === 0
          ? createChanges(annotation(`n${i}`, TAGS[random(3)]!, random(1000)))
          : kind === 1
            ? deleteChanges(all, pick()!, NOW)
            : kind === 2
              ? editChanges(all, pick()!, { tag: TAGS[random(3)]! }, NOW)
              : kind === 3
                ? editChanges(all, pick()!, { note: `note ${i}` }, NOW)
                : linkChanges(all, source!, target!, random(2) === 0, NOW);
      ({ all, overview } = step(all, overview, changes));
      expect(overview).toEqual(overviewOf(all, placed(all)));
    }
  });
});
