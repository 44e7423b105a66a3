import { describe, expect, it } from 'vitest';
import { splitFootnotes } from './pdf-footnotes';
import { linesOf } from './pdf-lines';
import { column, run } from '../testing/pdf-runs';

describe('splitFootnotes', () => {
  it('takes the smaller lines under the body, each note from its mark on', () => {
    const lines = linesOf([
      ...column(['Body text that cites a note.', 'More body text.'], 50, 100),
      run('1', 50, 700, 6),
      run('On the distinction between assurances', 55, 702, 7.5),
      run('and guarantees, see the memorandum.', 50, 711, 7.5),
      run('† Counted from the text.', 50, 720, 7.5),
    ]);
    const { text, notes } = splitFootnotes(lines, 10, 800);
    expect(text.map((l) => l.text)).toEqual(['Body text that cites a note.', 'More body text.']);
    expect(notes).toEqual([
      { marker: '1', lines: ['On the distinction between assurances', 'and guarantees, see the memorandum.'] },
      { marker: '†', lines: ['Counted from the text.'] },
    ]);
  });

  it('leaves a page alone whose small lines at the bottom do not start with a mark (a caption, a credit)', () => {
    const lines = linesOf([...column(['Body text.'], 50, 100), run('Photo: the fixture ministry', 50, 700, 7.5)]);
    expect(splitFootnotes(lines, 10, 800)).toEqual({ text: lines, notes: [] });
  });
});
