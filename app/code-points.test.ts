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
});
