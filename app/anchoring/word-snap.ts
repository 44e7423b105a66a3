/**
 * Snapping a selection to whole words: a selection that starts or ends inside a word grows
 * to take the whole word, since half a word is never what an analyst means to quote.
 */
import type { TextRange } from './text-selectors';

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;

function isWordChar(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && WORD.test(char);
}

/** `range` grown to whole words of `text`; an empty range stays empty. */
export function snapToWords(text: string, range: TextRange): TextRange {
  if (range.start >= range.end) return range;
  let { start, end } = range;
  while (start > 0 && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (end < text.length && isWordChar(text, end) && isWordChar(text, end - 1)) end++;
  return { start, end };
}
