import { describe, expect, it } from 'vitest';
import { fitCandidate } from './candidate-bounds';

/** The text `fitCandidate` leaves of the span `from`..`to` (given as substrings' edges) of `text`. */
function fitted(text: string, start: number, end: number, oldQuote: string): string {
  const range = fitCandidate(text, { start, end }, oldQuote);
  return text.slice(range.start, range.end);
}

const TEXT = 'The leaders spoke of a “buffer zone” along the line.\n\nMoscow said the zone was unacceptable.';

describe('fitCandidate', () => {
  it.each([
    ['a start inside a word mostly in the range widens to the word', TEXT.indexOf('eaders'), TEXT.indexOf(' of a'), 'leaders spoke', 'leaders spoke'],
    ['a start inside a word mostly outside narrows past it', TEXT.indexOf('rs spoke'), TEXT.indexOf(' of a'), 'spoke', 'spoke'],
    ['an end inside a word mostly in the range widens to the word', TEXT.indexOf('spoke'), TEXT.indexOf('ke of'), 'spoke', 'spoke'],
    ['an end inside a word mostly outside narrows before it', TEXT.indexOf('spoke'), TEXT.indexOf('ong the'), 'spoke of a “buffer zone” al', 'spoke of a “buffer zone”'],
    ['a word cut in half is left out', TEXT.indexOf('spoke'), TEXT.indexOf('f a'), 'spoke o', 'spoke'],
    ['the closing quotation mark of the old quote is kept', TEXT.indexOf('“'), TEXT.indexOf('”'), '“buffer zone”', '“buffer zone”'],
    ['the opening quotation mark of the old quote is kept', TEXT.indexOf('buffer'), TEXT.indexOf('”') + 1, '“buffer zone”', '“buffer zone”'],
    ['a match across a paragraph break keeps the paragraph with most of it', TEXT.indexOf('the line'), TEXT.indexOf(' was'), 'Moscow said the zone', 'Moscow said the zone'],
    ['spaces at the ends are trimmed', TEXT.indexOf(' spoke'), TEXT.indexOf(' of a') + 1, 'spoke', 'spoke'],
  ])('%s', (_name, start, end, oldQuote, expected) => {
    expect(fitted(TEXT, start, end, oldQuote)).toBe(expected);
  });

  it('takes in the closing mark past the comma before it, and no punctuation before the first word', () => {
    const text = 'He warned against a “buffer zone,” he said. In the United States, the guarantees differ.';
    expect(fitted(text, text.indexOf('“'), text.indexOf(','), '“buffer zone”')).toBe('“buffer zone,”');
    expect(fitted(text, text.indexOf('tes,'), text.indexOf(' differ'), 'the guarantees')).toBe('the guarantees');
  });

  it('keeps a paragraph break the old quote had', () => {
    const start = TEXT.indexOf('the line');
    const end = TEXT.indexOf(' said');
    expect(fitted(TEXT, start, end, 'the line.\n\nMoscow')).toBe('the line.\n\nMoscow');
  });

  it('takes in a first or last word replaced by a longer one when the old context stands intact around the match', () => {
    const text = 'Europe offered guarantees similar to those offered by Article 5, officials insisted on Monday.';
    // The fewest-edits match of the old quote leaves most of the longer new word outside.
    const start = text.indexOf('lar to');
    const end = text.indexOf(', officials');
    expect(fitted(text, start, end, 'akin to those offered by Article 5')).toBe('to those offered by Article 5');
    const context = { prefix: 'Europe offered guarantees ', suffix: ', officials said on Monday.' };
    const range = fitCandidate(text, { start, end }, 'akin to those offered by Article 5', context);
    expect(text.slice(range.start, range.end)).toBe('similar to those offered by Article 5');
    const last = 'Europe offered guarantees akin to those offered by the treaty, officials insisted.';
    const tail = fitCandidate(last, { start: last.indexOf('akin'), end: last.indexOf('by the') + 3 }, 'akin to those offered by NATO', { prefix: 'Europe offered guarantees ', suffix: ', officials insisted.' });
    expect(last.slice(tail.start, tail.end)).toBe('akin to those offered by the treaty');
  });

  it('takes in nothing when the context before the match was rewritten too', () => {
    const text = 'Europe now proposes pledges similar to those offered by Article 5.';
    const range = fitCandidate(text, { start: text.indexOf('lar to'), end: text.length - 1 }, 'akin to those offered by Article 5', { prefix: 'Europe offered guarantees ', suffix: '.' });
    expect(text.slice(range.start, range.end)).toBe('to those offered by Article 5');
  });

  it('never fits a range down to nothing', () => {
    const start = TEXT.indexOf('eaders');
    expect(fitted(TEXT, start, start + 2, 'le')).toBe('ea');
  });

  it('treats letters of any script and combining marks as word characters', () => {
    const text = 'Зеленський сказав: café\u0301 ouvert.';
    expect(fitted(text, 2, text.indexOf(' сказав') + 6, 'Зеленський сказав')).toBe('Зеленський сказав');
    expect(fitted(text, text.indexOf('caf'), text.indexOf('\u0301'), 'café')).toBe('café\u0301');
  });
});
