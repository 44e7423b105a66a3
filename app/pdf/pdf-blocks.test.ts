import { describe, expect, it } from 'vitest';
import { continues, flowBlocks, type BodyStyle } from './pdf-blocks';
import { linesOf } from './pdf-lines';
import { column, run } from '../testing/pdf-runs';

const BODY: BodyStyle = { size: 10, font: 'Body', pitch: 12 };
const types = (blocks: ReturnType<typeof flowBlocks>) => blocks.map((b) => [b.type, b.lines.map((l) => l.text).join(' ')]);

describe('flowBlocks', () => {
  it('breaks paragraphs at a wider gap, at a first-line indent and after a short line ending a sentence', () => {
    const long = 'a line of body text that fills the column to its end';
    const runs = [
      ...column([long, 'ending here.'], 50, 100),
      run(long, 50, 140), // after a gap
      run(long, 62, 152), // indented
      run('short end.', 50, 164),
      run(long, 50, 176),
    ];
    expect(types(flowBlocks(linesOf(runs), BODY)).map(([, text]) => text)).toEqual([`${long} ending here.`, long, `${long} short end.`, long]);
  });

  it('tells headings by size or by another face, and captions by how they begin', () => {
    const runs = [
      run('1. Introduction', 50, 80, 14, 'Sans'),
      ...column(['Body text of the paragraph goes on', 'and ends.'], 50, 100),
      run('Subheading in bold', 50, 140, 10, 'Bold'),
      run('Figure 2. Pledges by country.', 50, 170, 8, 'Sans'),
      run('Text in italics, a sentence, stays a paragraph.', 50, 200, 10, 'Italic'),
    ];
    expect(types(flowBlocks(linesOf(runs), BODY))).toEqual([
      ['heading', '1. Introduction'],
      ['paragraph', 'Body text of the paragraph goes on and ends.'],
      ['heading', 'Subheading in bold'],
      ['caption', 'Figure 2. Pledges by country.'],
      ['paragraph', 'Text in italics, a sentence, stays a paragraph.'],
    ]);
  });
});

describe('continues', () => {
  const block = (text: string, type: 'paragraph' | 'heading' = 'paragraph') => ({ type, lines: linesOf([run(text, 50, 100)]) });

  it('goes on with a paragraph that stopped mid-sentence at the foot of a column', () => {
    expect(continues(block('the guarantees would'), block('hold for a decade.'), BODY)).toBe(true);
    expect(continues(block('the guarantees hold.'), block('A new paragraph.'), BODY)).toBe(false);
    expect(continues(block('Introduction', 'heading'), block('text'), BODY)).toBe(false);
  });
});
