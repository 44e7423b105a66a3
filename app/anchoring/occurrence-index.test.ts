import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAM_LENGTH, OccurrenceIndex } from './occurrence-index';

/** Every start of `quote` wholly within `from`–`to` of `text`, by scanning. */
function scanned(text: string, quote: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote, from); at !== -1 && at + quote.length <= to; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

describe('OccurrenceIndex', () => {
  it('finds every occurrence, overlapping ones too, in order', () => {
    const text = 'the treaty, the treaty, the treatyyyyyyyyyy';
    const index = new OccurrenceIndex(text);
    expect(index.finder('the treaty')?.(0, index.text.length)).toEqual([0, 12, 24]);
    expect(index.finder('yyyyyyyyy')?.(0, index.text.length)).toEqual([33, 34]);
    expect(index.finder('the treaty')?.(1, 34)).toEqual([12, 24]);
    expect(index.finder('the treaty')?.(0, 33)).toEqual([0, 12]);
    expect(index.finder('no such words')?.(0, index.text.length)).toEqual([]);
  });

  it('bounds a span by where occurrences start, not where the n-gram it looked up starts', () => {
    // The quote's rarest n-gram is the one starting at its second unit.
    const index = new OccurrenceIndex(`${'a'.repeat(40)}Zqwertyu`);
    expect(index.finder('aaaaaaaaZqwertyu')?.(32, index.text.length)).toEqual([32]);
    expect(index.finder('aaaaaaaaZqwertyu')?.(33, index.text.length)).toEqual([]);
  });

  it('leaves quotes shorter than an n-gram to the caller', () => {
    expect(new OccurrenceIndex('the treaty').finder('treaty'.slice(0, GRAM_LENGTH - 1))).toBeUndefined();
  });

  it('finds what a scan finds, in any span, on texts of few distinct units', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\uD83D', '\uDE00');
    fc.assert(
      fc.property(
        fc.array(unit, { minLength: 0, maxLength: 3000 }).map((units) => units.join('')),
        fc.nat(),
        fc.integer({ min: GRAM_LENGTH, max: 16 }),
        fc.nat(),
        fc.nat(),
        (text, at, length, a, b) => {
          // Quotes taken from the text occur at least once; others mostly not at all.
          const quote = text.length >= length ? text.slice(at % (text.length - length + 1)).slice(0, length) : 'ab ab ab ab';
          const from = a % (text.length + 1);
          const to = from + (b % (text.length - from + 1));
          const index = new OccurrenceIndex(text);
          expect(index.finder(quote)?.(from, to)).toEqual(scanned(text, quote, from, to));
          expect(index.finder(quote)?.(0, index.text.length)).toEqual(scanned(text, quote, 0, text.length));
        },
      ),
      { numRuns: 300 },
    );
  });
});
