// Re-anchoring over a set of realistic revisions of the sample article (app/testing/revision-set.ts):
// it never places an annotation on the wrong text, and each class of revision ends where an
// analyst expects it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/canonical-text';
import { importPlainText } from '../import/plain-text-import';
import { REVISION_SET, runRevisionCase, type RevisionCase } from '../testing/revision-set';
import { reanchorAnnotations } from './reanchor';

const raw = readFileSync(new URL('../../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8');
const sample = canonicalText(importPlainText(raw).blocks);

describe('re-anchoring the revision set', () => {
  const outcomes = REVISION_SET.map((c) => ({ c, outcome: runRevisionCase(sample, c, reanchorAnnotations) }));
  const of = (group: RevisionCase['group']) => outcomes.filter((o) => o.c.group === group).map((o) => [o.c.name, o.outcome]);

  it('never places an annotation on other text; only words that occur elsewhere are offered there, for the analyst to judge', () => {
    expect(outcomes.filter((o) => o.outcome === 'anchored-wrongly').map((o) => o.c.name)).toEqual([]);
    expect(outcomes.filter((o) => o.outcome === 'review-elsewhere').map((o) => o.c.group)).toEqual(['ambiguous']);
  });

  it('keeps passages placed through edits elsewhere, typo fixes and replaced words, and short unique quotes with new context', () => {
    for (const group of ['elsewhere', 'typo', 'short', 'marks'] as const) for (const [name, outcome] of of(group)) expect([name, outcome]).toEqual([name, 'anchored']);
  });

  it('sends rewritten sentences to review, and orphans passages cut from the article', () => {
    for (const [name, outcome] of of('rewrite')) expect([name, outcome]).toEqual([name, 'review']);
    for (const [name, outcome] of of('cut')) expect([name, outcome]).toEqual([name, 'orphaned']);
  });

  it('places no short quote that now occurs twice without review, and a replaced word only at the passage', () => {
    expect(of('ambiguous')).toEqual([
      ['"Minsk III" now twice', 'review'],
      ['"Article Five like" cut, kept elsewhere', 'review-elsewhere'],
    ]);
    for (const [, outcome] of of('word')) expect(['anchored', 'review']).toContain(outcome);
  });
});
