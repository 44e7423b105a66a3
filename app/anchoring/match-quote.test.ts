import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestExactMatch, bestFuzzyMatch, exactMatches, fuzzyMatches, occursOnce, scoreCandidate, SCORE_WEIGHTS } from './match-quote';
import { OccurrenceIndex } from './occurrence-index';

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

/** The occurrences exactMatches looks at, by its definition: each doubled span rescanned whole. */
function windowedStarts(text: string, quote: string, context: { prefix: string; suffix: string; hint: number }): number[] {
  const hint = Math.min(Math.max(0, context.hint), text.length);
  for (let radius = Math.max(1024, 4 * quote.length); ; radius *= 2) {
    const from = Math.max(0, hint - radius);
    const to = Math.min(text.length, hint + quote.length + radius);
    const starts: number[] = [];
    for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) starts.push(at);
    const intact = (at: number) =>
      text.slice(Math.max(0, at - context.prefix.length), at) === context.prefix &&
      text.slice(at + quote.length, at + quote.length + context.suffix.length) === context.suffix;
    if ((from === 0 && to === text.length) || starts.some(intact)) return starts;
  }
}

/** A small vocabulary, so that generated texts repeat their quotes many times over. */
const WORDS = ['the', 'guarantee', 'said', 'Ukraine', 'force', 'risk', 'a'];

describe('exactMatches on texts longer than its first window', () => {
  it('scores the occurrences of the first doubled window that holds one in context, or of the whole text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 200, maxLength: 2500 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (tokens, at, hint, keepContext) => {
          const text = tokens.join(' ');
          const quote = tokens[at % tokens.length]!;
          const start = text.indexOf(quote, hint % text.length);
          const where = start === -1 ? text.indexOf(quote) : start;
          const context = {
            prefix: keepContext ? text.slice(Math.max(0, where - 32), where) : 'no such prefix',
            suffix: text.slice(where + quote.length, where + quote.length + 32),
            hint: hint % (text.length + 1),
          };
          const starts = exactMatches(text, quote, context).map((c) => c.start);
          expect(starts.sort((a, b) => a - b)).toEqual(windowedStarts(text, quote, context));
        },
      ),
      { numRuns: 200 },
    );
  });
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

describe('bestExactMatch with an occurrence index', () => {
  it('picks what exactMatches ranks first on texts long enough for the index to be used', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1500, maxLength: 4000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 3 }),
        fc.nat(),
        fc.boolean(),
        (tokens, at, count, hint, keepContext) => {
          const text = tokens.join(' ');
          const first = at % tokens.length;
          const quote = tokens.slice(first, first + count).join(' ');
          const where = tokens.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
          const context = {
            prefix: keepContext ? text.slice(Math.max(0, where - 32), where) : 'no such prefix',
            suffix: text.slice(where + quote.length, where + quote.length + 32),
            hint: hint % (text.length + 1),
          };
          expect(bestExactMatch(text, quote, context, new OccurrenceIndex(text))).toEqual(exactMatches(text, quote, context)[0]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses an index of another text', () => {
    expect(() => bestExactMatch(text, 'treaty was', context, new OccurrenceIndex(`${text} `))).toThrow(RangeError);
  });
});

describe('bestFuzzyMatch', () => {
  it('always picks what fuzzyMatches ranks first, whether or not the quote still occurs exactly', () => {
    const words = ['the', 'guarantee', 'said', 'Ukraine', 'force', 'risk', 'treaty', 'signed'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 20, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 1, max: 14 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('', 'x', 'ea', ' ')), { maxLength: 4 }),
        fc.nat(),
        fc.option(fc.tuple(fc.nat(), fc.nat())),
        (tokens, at, count, edits, hintShift, window) => {
          const text = tokens.join(' ');
          const first = at % tokens.length;
          const original = tokens.slice(first, first + count).join(' ');
          const start = tokens.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
          // The quote as the analyst tagged it: the text with a few edits, often not in the text any more.
          const quote = edits.reduce((q, [where, insert]) => {
            const i = where % (q.length + 1);
            return q.slice(0, i) + insert + q.slice(i + 1);
          }, original) || original;
          const context = {
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + original.length, start + original.length + 32),
            hint: (start + hintShift) % (text.length + 1),
          };
          const span = window ? { start: window[0] % text.length, end: (window[0] % text.length) + window[1] } : undefined;
          const best = bestFuzzyMatch(text, quote, context, span);
          const expected = fuzzyMatches(text, quote, context, span)[0];
          expect(best).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses an empty quote', () => {
    expect(() => bestFuzzyMatch(text, '', context)).toThrow(RangeError);
  });
});
