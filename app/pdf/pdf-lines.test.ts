import { describe, expect, it } from 'vitest';
import { linesOf } from './pdf-lines';
import { run } from '../testing/pdf-runs';

describe('linesOf', () => {
  it('joins the runs of one baseline left to right, with a space where the gap stands for one', () => {
    const lines = linesOf([run('world', 40, 100), run('Hello', 10, 100.5), run('again', 10, 112)]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'again']);
  });

  it('joins runs that touch without a space (a word split at a ligature)', () => {
    const lines = linesOf([run('O', 10, 100), run('ff', 15, 100), run('icials', 25, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['Officials']);
  });

  it('splits a baseline at a gutter: two columns side by side are two lines', () => {
    const lines = linesOf([run('left column text', 10, 100), run('right column text', 200, 100)]);
    expect(lines.map((l) => l.text)).toEqual(['left column text', 'right column text']);
    expect(lines[1]!.x).toBe(200);
  });

  it('sets a raised footnote mark as a superscript of the line it follows', () => {
    const lines = linesOf([run('forces ready.', 10, 100), run('12', 75, 96, 6.5)]);
    expect(lines.map((l) => l.text)).toEqual(['forces ready.¹²']);
    expect(lines[0]!.size).toBe(10);
  });

  it('reads a right-to-left line from right to left, joining glyphs that touch', () => {
    const rtl = (text: string, x: number) => ({ ...run(text, x, 100), rtl: true });
    const lines = linesOf([rtl('ة', 10), rtl('ي', 15), rtl('ن', 20), rtl('م', 25), rtl('أ', 30)]);
    expect(lines[0]!.text).toBe('أمنية');
  });

  it('takes the size and font most of the characters are in', () => {
    const [line] = linesOf([run('A', 10, 100, 10, 'Bold'), run('long stretch of body text', 20, 100)]);
    expect(line).toMatchObject({ size: 10, font: 'Body' });
  });
});
