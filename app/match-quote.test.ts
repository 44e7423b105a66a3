import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestExactMatch, exactMatches, fuzzyMatches, occursOnce, scoreCandidate, SCORE_WEIGHTS } from './match-quote';

const text = 'The treaty was signed in Minsk. Later the treaty was broken in Donbass. A treaty was signed again.';
const at = text.indexOf('treaty was broken');
const context = { prefix: 'signed in Minsk. Later the ', suffix: ' in Donbass. A treaty', hint: at };

describe('scoreCandidate', () => {
  it('gives 1 to the exact quote in its context where it was', () => {
    const c = scoreCandidate(text, 17, context, { start: at, end: at + 17, errors: 0 });
    expect(c).toEqual({ start: at, end: at + 17, score: 1, quoteSimilarity: 1, contextSimilarity: 1 });
  });

  it('weighs the quote, then each side of context, then position', () => {
    const elsewhere = scoreCandidate(text, 17, { prefix: 'zzzz', suffix: 'zzzz', hint: at }, { start: at, end: at + 17, errors: 0 });
    expect(elsewhere.score).toBeCloseTo(SCORE_WEIGHTS.quote + SCORE_WEIGHTS.position);
    expect(elsewhere.contextSimilarity).toBe(0);
  });

  it('counts an empty stored prefix as neutral once text was added before the quote', () => {
    const c = scoreCandidate('New: The treaty', 10, { prefix: '', suffix: '', hint: 5 }, { start: 5, end: 15, errors: 0 });
    expect(c.score).toBeCloseTo(SCORE_WEIGHTS.quote + 0.5 * SCORE_WEIGHTS.prefix + SCORE_WEIGHTS.suffix + SCORE_WEIGHTS.position);
  });

  it('refuses a candidate outside the text', () => {
    expect(() => scoreCandidate(text, 5, context, { start: 90, end: 200, errors: 0 })).toThrow(RangeError);
  });
});

describe('exactMatches', () => {
  it('ranks occurrences by context before distance', () => {
    const [best, ...rest] = exactMatches(text, 'treaty was', { ...context, hint: 0 });
    expect(best?.start).toBe(at);
    expect(rest).toHaveLength(2);
  });

  it('refuses an empty quote', () => {
    expect(() => exactMatches(text, '', context)).toThrow(RangeError);
  });
});

describe('fuzzyMatches', () => {
  it('finds an edited quote in its context and scores the edit', () => {
    const edited = text.replace('treaty was broken', 'treaty got broken');
    const [best] = fuzzyMatches(edited, 'treaty was broken', context);
    expect(edited.slice(best?.start, best?.end)).toBe('treaty got broken');
    expect(best?.quoteSimilarity).toBeCloseTo(1 - 3 / 17);
  });

  it('searches only the given window', () => {
    const found = fuzzyMatches(text, 'treaty was broken', context, { start: 0, end: 20 });
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['treaty was sign']);
  });

  it('finds nothing more than half rewritten', () => {
    expect(fuzzyMatches('completely different words here', 'treaty was broken', context)).toEqual([]);
  });
});

describe('occursOnce', () => {
  it.each([
    ['Donbass', true],
    ['treaty', false],
    ['Crimea', false],
  ])('%s → %s', (quote, once) => expect(occursOnce(text, quote)).toBe(once));
});

describe('bestExactMatch', () => {
  it('always picks what exactMatches ranks first, on texts full of repeated phrases', () => {
    const words = ['the', 'guarantee', 'said', 'Ukraine', 'force', 'risk'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 20, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.array(fc.constantFrom(...words), { maxLength: 6 }),
        (tokens, at, hintShift, noise) => {
          const text = tokens.join(' ');
          const quote = tokens[at % tokens.length]!;
          const start = text.indexOf(quote);
          // Stored context that may or may not still read as in the text.
          const prefix = (noise.join(' ') + text.slice(0, start)).slice(-32);
          const suffix = text.slice(start + quote.length, start + quote.length + 32);
          const context = { prefix, suffix, hint: (start + hintShift) % (text.length + 1) };
          const best = bestExactMatch(text, quote, context);
          const first = exactMatches(text, quote, context)[0];
          expect(best && [best.start, best.score]).toEqual(first && [first.start, first.score]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
