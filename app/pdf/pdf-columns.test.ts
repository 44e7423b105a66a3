import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnStarts, readingFlows } from './pdf-columns';
import { linesOf } from './pdf-lines';
import { column, run } from '../testing/pdf-runs';

const WIDTH = 600;
/** A line of body text just under the 24-character width of a 120-point column (size 10, fixed advance). */
const fill = (label: string) => `${label} `.padEnd(22, 'x');

describe('columnStarts', () => {
  it('finds one, two or three columns from where the body lines start', () => {
    const lines = (xs: number[]) => linesOf(xs.flatMap((x) => column(Array.from({ length: 8 }, (_, i) => fill(`${x}-${i}`)), x, 100)));
    expect(columnStarts(lines([50]), WIDTH, 10)).toEqual([50]);
    expect(columnStarts(lines([50, 320]), WIDTH, 10)).toEqual([50, 320]);
    expect(columnStarts(lines([40, 230, 420]), WIDTH, 10)).toEqual([40, 230, 420]);
  });

  it('does not take indented first lines for a column', () => {
    const runs = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => run(`${'word '.repeat(16)}${i}`, i % 3 === 0 ? 62 : 50, 100 + i * 12));
    expect(columnStarts(linesOf(runs), WIDTH, 10)).toHaveLength(1);
  });
});

describe('readingFlows', () => {
  it('reads the left column before the right one, even where their paragraph gaps line up', () => {
    const left = column(['L1', 'L2', '', 'L3', 'L4'].map(fill), 50, 100).filter((r) => r.text.trim() !== 'x'.repeat(0) && !r.text.startsWith(' '));
    const right = column(['R1', 'R2', '', 'R3', 'R4'].map(fill), 320, 100);
    const flows = readingFlows(linesOf([...right, ...left].filter((r) => !/^ x+$/.test(r.text))), WIDTH, 10);
    expect(flows.flat().map((l) => l.text.slice(0, 2))).toEqual(['L1', 'L2', 'L3', 'L4', 'R1', 'R2', 'R3', 'R4']);
  });

  it('reads a title across the page first, then the columns under it; a line across the page between sections splits them', () => {
    const runs = [
      run('A title set across the whole width of the page', 50, 60, 20),
      run('and its second line', 50, 84, 20),
      ...column(['a1', 'a2', 'a3'].map(fill), 50, 120),
      ...column(['b1', 'b2', 'b3'].map(fill), 320, 120),
      run(`Across: ${'a full-width line '.repeat(3)}`, 50, 170),
      ...column(['c1', 'c2'].map(fill), 50, 190),
      ...column(['d1', 'd2'].map(fill), 320, 190),
    ];
    const flows = readingFlows(linesOf(runs), WIDTH, 10);
    expect(flows.map((flow) => flow.map((l) => l.text.slice(0, 2)))).toEqual([['A ', 'an'], ['a1', 'a2', 'a3'], ['b1', 'b2', 'b3'], ['Ac'], ['c1', 'c2'], ['d1', 'd2']]);
  });

  // A column is three lines at least: fewer cannot be told from lines that merely start alike.
  it('loses and repeats no line of a page of one to three columns (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 3, max: 40 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (count, heights, title) => {
        const gutter = WIDTH / count;
        const runs = [];
        if (title) runs.push(run('Title of the paper across the page', 20, 40, 20));
        const expected: string[] = title ? ['Title of the paper across the page'] : [];
        for (let c = 0; c < count; c += 1) {
          const rows = heights[c % heights.length]!;
          const texts = Array.from({ length: rows }, (_, i) => `c${c}l${i}`.padEnd(Math.floor(gutter / 5) - 4, 'x'));
          runs.push(...column(texts, 20 + c * gutter, 80));
          expected.push(...texts);
        }
        const read = readingFlows(linesOf(runs), WIDTH, 10).flat().map((l) => l.text);
        expect(read).toEqual(expected);
      }),
    );
  });
});
