import { describe, expect, it } from 'vitest';
import { snapToWords } from './word-snap';

const text = "Peskov said: \"We don't want a truce.\" Then he left.";
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('snapToWords', () => {
  it.each([
    ['a start inside a word', text.indexOf('kov'), text.indexOf(' said'), 'Peskov'],
    ['an end inside a word', text.indexOf('We'), text.indexOf("n't") + 1, "We don't"],
    ['both ends inside words', text.indexOf('ruce') , text.indexOf('hen') + 1, 'truce." Then'],
    ['whole words unchanged', text.indexOf('want'), text.indexOf('want') + 4, 'want'],
  ])('grows %s to whole words', (_name, start, end, expected) => {
    expect(slice(snapToWords(text, { start, end }))).toBe(expected);
  });

  it('leaves an empty range empty', () => {
    expect(snapToWords(text, { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
  });
});
