import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCodePointOffset, toUtf16Offset } from './code-points';

describe('code point offsets', () => {
  const text = 'a😀b\u0301c';

  it('counts an astral character as one code point', () => {
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toUtf16Offset(text, 2)).toBe(3);
  });

  it('counts a combining mark as its own code point', () => {
    expect(toCodePointOffset(text, text.length)).toBe(5);
  });

  it('round-trips every code point boundary', () => {
    for (let p = 0; p <= 5; p++) expect(toCodePointOffset(text, toUtf16Offset(text, p))).toBe(p);
  });

  it('refuses offsets outside the text', () => {
    expect(() => toCodePointOffset(text, 99)).toThrow(RangeError);
    expect(() => toUtf16Offset(text, 9)).toThrow(RangeError);
  });

  // Texts of letters, astral characters and lone surrogates, long enough to hold several pairs.
  const mixedText = fc
    .array(fc.constantFrom('a', 'é', '😀', '𝄞', '\uD800', '\uDC00', ' '), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('agrees with splitting the text into code points, at every offset', () => {
    fc.assert(
      fc.property(mixedText, (sample) => {
        const points = Array.from(sample);
        for (let u = 0; u <= sample.length; u++) expect(toCodePointOffset(sample, u)).toBe(Array.from(sample.slice(0, u)).length);
        for (let p = 0; p <= points.length; p++) expect(toUtf16Offset(sample, p)).toBe(points.slice(0, p).join('').length);
        expect(() => toUtf16Offset(sample, points.length + 1)).toThrow(RangeError);
      }),
    );
  });

  it('converts long texts, whose pairs are kept between calls, each as its own', () => {
    const texts = ['😀😀😀x', 'xyz', '𝄞a𝄞b', 'plain', '😀', 'a😀b\u0301c'].map((unit) => unit.repeat(1000));
    for (let round = 0; round < 2; round++) {
      for (const sample of texts) {
        for (let u = 0; u <= sample.length; u += 997) expect(toCodePointOffset(sample, u)).toBe(Array.from(sample.slice(0, u)).length);
        const points = Array.from(sample).length;
        expect(toUtf16Offset(sample, points)).toBe(sample.length);
        expect(toUtf16Offset(sample, 1000)).toBe(Array.from(sample).slice(0, 1000).join('').length);
      }
    }
  });

  it('keeps each text\'s conversions apart when many texts are converted in turn', () => {
    const texts = ['😀😀😀x', 'xyz', '𝄞a𝄞b', 'plain', '😀', 'a😀b\u0301c'];
    for (let round = 0; round < 3; round++) {
      for (const sample of texts) expect(toCodePointOffset(sample, sample.length)).toBe(Array.from(sample).length);
    }
  });
});
