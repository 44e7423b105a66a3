import { describe, expect, it } from 'vitest';
import { compareBriefs } from './compare-briefs';
import { FIXTURE_ARTICLE, FIXTURE_NOTES, fixtureAnnotation, notesAnnotation } from '../testing/brief-test-fixture';

describe('compareBriefs', () => {
  it('compares each shared source by text hash, whatever its id there, sums them overall, and names the sources only one brief has', () => {
    const mine = [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.'), notesAnnotation('n1', 'risk', 'No country has pledged troops yet.')];
    const theirs = {
      articles: [
        { id: 'their-notes', title: 'Notes', textHash: FIXTURE_NOTES.textHash },
        { id: 'their-article', title: 'Article', textHash: FIXTURE_ARTICLE.textHash },
        { id: 'paper', title: 'A paper', textHash: 'e'.repeat(64) },
      ],
      annotations: [
        { ...fixtureAnnotation('x1', 'risk', 'Europe offers a reassurance force.'), articleId: 'their-article' },
        { ...notesAnnotation('x2', 'risk', 'No country has pledged troops yet.'), articleId: 'their-notes' },
        { ...notesAnnotation('x3', 'precedent', 'The 2015 observer mission could not stop violations.'), articleId: 'their-notes' },
      ],
    };
    const result = compareBriefs([FIXTURE_ARTICLE, FIXTURE_NOTES, { ...FIXTURE_NOTES, id: 'mine-only', title: 'Mine only', textHash: 'f'.repeat(64) }], mine, theirs);
    expect(result.perSource.map((s) => [s.label, s.comparison.agreements.length, s.comparison.disagreements.length, s.comparison.onlyB.length])).toEqual([
      ['S1', 0, 1, 0],
      ['S2', 1, 0, 1],
    ]);
    expect(result.overall.disagreements.map((p) => [p.a.id, p.b.id])).toEqual([['g1', 'x1']]);
    expect(result.overall.agreements.map((p) => [p.a.id, p.b.id])).toEqual([['n1', 'x2']]);
    expect(result.overall.onlyB.map((a) => a.id)).toEqual(['x3']);
    expect(result.onlyHere.map((a) => a.title)).toEqual(['Mine only']);
    expect(result.onlyThere.map((a) => a.title)).toEqual(['A paper']);
  });
});
