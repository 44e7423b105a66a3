import { describe, expect, it } from 'vitest';
import { aroundChanges, countWordChanges, wordChanges } from './word-changes';

/** The changes as a compact string: [-deleted-] {+inserted+}. */
function show(before: string, after: string): string {
  return wordChanges(before, after)
    .map((c) => (c.kind === 'same' ? c.text : c.kind === 'deleted' ? `[-${c.text}-]` : `{+${c.text}+}`))
    .join('');
}

describe('wordChanges', () => {
  it('shows a word replaced as the old word deleted and the new one inserted', () => {
    expect(show('guarantees akin to Article 5', 'guarantees similar to Article 5')).toBe('guarantees [-akin-]{+similar+} to Article 5');
  });

  it('keeps every character of both texts', () => {
    const before = 'The talks, held in Berlin, ended.';
    const after = 'The talks held in Berlin on Monday ended early.';
    const changes = wordChanges(before, after);
    expect(changes.filter((c) => c.kind !== 'inserted').map((c) => c.text).join('')).toBe(before);
    expect(changes.filter((c) => c.kind !== 'deleted').map((c) => c.text).join('')).toBe(after);
  });

  it('counts the words deleted and inserted', () => {
    expect(countWordChanges(wordChanges('drop the NATO bid now', 'drop its NATO bid for good now'))).toEqual({ deleted: 1, inserted: 3 });
    expect(wordChanges('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});

describe('aroundChanges', () => {
  const join = (before: string, after: string) =>
    aroundChanges(wordChanges(before, after), 3)
      .map((c) => (c.kind === 'same' ? c.text : c.kind === 'deleted' ? `[-${c.text}-]` : `{+${c.text}+}`))
      .join('');

  it('cuts a long quote to the words around its change', () => {
    const before = 'Article 5 of the NATO treaty does not stipulate that an attack must be met, but rather that each state should must use the means it deems necessary and appropriate';
    expect(join(before, before.replace('should must', 'must'))).toBe('… that each state [-should -]must use the …');
  });

  it('leaves a short quote whole', () => {
    expect(join('akin to Article 5', 'similar to Article 5')).toBe('[-akin-]{+similar+} to Article 5');
  });
});
