import { describe, expect, it } from 'vitest';
import { compareBriefs } from './compare-briefs';
import { pairDifferences } from './compare-analysts';
import { canonicalText } from '../model/canonical-text';
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

  it('gives κ per source and overall, over each shared source’s characters and over all of them end to end', () => {
    const g = fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.');
    const n = notesAnnotation('n1', 'risk', 'No country has pledged troops yet.');
    const theirs = {
      articles: [
        { id: 'a', title: 'Article', textHash: FIXTURE_ARTICLE.textHash },
        { id: 'n', title: 'Notes', textHash: FIXTURE_NOTES.textHash },
      ],
      annotations: [
        { ...g, id: 'x1', articleId: 'a' },
        { ...n, id: 'x2', articleId: 'n', tag: 'precedent' as const },
      ],
    };
    const result = compareBriefs([FIXTURE_ARTICLE, FIXTURE_NOTES], [g, n], theirs);
    const lengths = [FIXTURE_ARTICLE, FIXTURE_NOTES].map((a) => [...canonicalText(a.blocks)].length);
    expect(result.perSource[0]!.agreement.overall.all).toMatchObject({ items: lengths[0] });
    // On S1 both tagged one passage alike: all of the text agrees; on the coded text, one category only, κ is not defined.
    expect(result.perSource[0]!.agreement.overall.all.kappa).toBeCloseTo(1, 10);
    expect(result.perSource[0]!.agreement.overall.coded).toMatchObject({ observed: 1, kappa: undefined });
    expect(result.perSource[1]!.agreement.overall.coded).toMatchObject({ observed: 0 });
    expect(result.agreement.overall.all.items).toBe(lengths[0]! + lengths[1]!);
    expect(result.agreement.overall.coded.items).toBe('Europe offers a reassurance force.'.length + 'No country has pledged troops yet.'.length);
    expect(result.agreement.overall.coded.observed).toBeCloseTo(0.5, 1);
    // α_u: S1's guarantee agrees exactly, S2's unit is a risk here and a precedent there.
    expect(result.perSource[0]!.alpha.perTag.guarantee.alpha).toBeCloseTo(1, 10);
    expect(result.perSource[1]!.alpha.overall.alpha).toBeLessThan(0.5);
    expect(result.alpha.overall.units).toBe(4);
  });
});

describe('pairDifferences', () => {
  it('names the note, confidence and speaker that differ on one passage', () => {
    const a = fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'Firm', confidence: 'high', speaker: 'Merz' });
    expect(pairDifferences({ a, b: { ...a, note: ' Firm ', speaker: 'Merz' } })).toEqual([]);
    expect(pairDifferences({ a, b: { ...a, note: 'Soft', confidence: undefined } })).toEqual([
      { field: 'note', a: 'Firm', b: 'Soft' },
      { field: 'confidence', a: 'high', b: '' },
    ]);
  });
});
