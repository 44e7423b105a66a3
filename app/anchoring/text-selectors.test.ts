import { describe, expect, it } from 'vitest';
import { anchorTarget, describeRange, QUOTE_CONTEXT } from './text-selectors';

const text = 'Alpha beta gamma.\n\nThe guarantee is binding. Delta epsilon zeta eta theta iota kappa.';

describe('describeRange', () => {
  it('gives position and quote selectors for a range', () => {
    const start = text.indexOf('guarantee');
    const target = describeRange(text, { start, end: start + 'guarantee'.length });
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 9 });
    expect(target.quote.exact).toBe('guarantee');
    expect(target.quote.prefix).toBe(text.slice(Math.max(0, start - QUOTE_CONTEXT), start));
    expect(target.quote.suffix).toBe(text.slice(start + 9, start + 9 + QUOTE_CONTEXT));
  });

  it('counts positions in code points, not UTF-16 units', () => {
    const emoji = '😀 😀 flag here';
    const start = emoji.indexOf('flag');
    const target = describeRange(emoji, { start, end: start + 4 });
    expect(target.position.start).toBe(4);
    expect(target.quote.exact).toBe('flag');
    expect(anchorTarget(emoji, target)).toEqual({ status: 'anchored', range: { start, end: start + 4 }, method: 'position' });
  });

  it('keeps the last 32 code points of context before the quote, whole pairs included', () => {
    const before = `${'x'.repeat(50)}${'😀'.repeat(20)}${'ab'.repeat(10)}`;
    const sample = `${before}QUOTE`;
    const target = describeRange(sample, { start: before.length, end: sample.length });
    expect(target.quote.prefix).toBe(Array.from(before).slice(-QUOTE_CONTEXT).join(''));
    expect(Array.from(target.quote.prefix)).toHaveLength(QUOTE_CONTEXT);
  });

  it('refuses an empty range', () => {
    expect(() => describeRange(text, { start: 3, end: 3 })).toThrow(RangeError);
  });
});

describe('anchorTarget', () => {
  const start = text.indexOf('binding');
  const target = describeRange(text, { start, end: start + 7 });

  it('uses the position when the text there still matches', () => {
    expect(anchorTarget(text, target)).toEqual({ status: 'anchored', range: { start, end: start + 7 }, method: 'position' });
  });

  it('finds the quote again when text before it changed', () => {
    const edited = 'New opening sentence. ' + text;
    const result = anchorTarget(edited, target);
    expect(result).toEqual({ status: 'anchored', range: { start: start + 22, end: start + 29 }, method: 'quote' });
  });

  it('orphans a target whose quote is gone instead of guessing', () => {
    expect(anchorTarget(text.replace('binding', 'optional'), target)).toEqual({ status: 'orphaned' });
  });
});
