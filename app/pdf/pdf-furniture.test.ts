import { describe, expect, it } from 'vitest';
import { withoutFurniture, withoutLineNumbers } from './pdf-furniture';
import { linesOf } from './pdf-lines';
import { run } from '../testing/pdf-runs';

const HEIGHT = 800;

/** A page with a running header, body lines and a footer carrying `folio`. */
function page(n: number, folio: string, body: string[] = [`Body text of page ${n} goes here.`, 'More of the body.']) {
  return { height: HEIGHT, lines: linesOf([run('Journal of Fixture Studies · Vol. 3', 50, 30, 8), ...body.map((t, i) => run(t, 50, 200 + i * 12)), run(folio, 300, 780, 8)]) };
}

describe('withoutFurniture', () => {
  it('drops a header repeated on most pages and the page numbers, whatever their form', () => {
    const forms = ['1', 'Page 2 of 4', '3 / 4', '- 4 -'];
    const kept = withoutFurniture(forms.map((folio, i) => page(i + 1, folio)));
    expect(kept.map((lines) => lines.map((l) => l.text))).toEqual(forms.map((_, i) => [`Body text of page ${i + 1} goes here.`, 'More of the body.']));
  });

  it('drops a footer that repeats with a changing number in it', () => {
    const kept = withoutFurniture([1, 2, 3].map((n) => page(n, `Fixture Ministry — statement ${n}`)));
    expect(kept.flat().some((l) => l.text.includes('Fixture Ministry'))).toBe(false);
  });

  it('keeps body text, and a line in a band that repeats on too few pages', () => {
    const pages = [page(1, 'A note only on the first page'), page(2, '2'), page(3, '3'), page(4, '4')];
    const kept = withoutFurniture(pages);
    expect(kept[0]!.map((l) => l.text)).toContain('A note only on the first page');
    expect(kept.flat().filter((l) => l.text === 'More of the body.')).toHaveLength(4);
  });

  it('keeps a heading larger than the body that opens every page', () => {
    const pages = [1, 2, 3].map((n) => ({ height: HEIGHT, lines: linesOf([run(`Section ${n}`, 50, 40, 14), run('Body text of the section goes here.', 50, 200)]) }));
    expect(withoutFurniture(pages, 10).map((lines) => lines[0]?.text)).toEqual(['Section 1', 'Section 2', 'Section 3']);
    expect(withoutFurniture(pages).map((lines) => lines.length)).toEqual([1, 1, 1]);
  });

  it('keeps a number in the body: only the top and bottom bands hold page numbers', () => {
    const kept = withoutFurniture([page(1, '1', ['1994', 'was the year']), page(2, '2')]);
    expect(kept[0]!.map((l) => l.text)).toEqual(['1994', 'was the year']);
  });
});

describe('withoutLineNumbers', () => {
  it('drops a column of counting numbers down the margin', () => {
    const numbers = [5, 10, 15].map((n, i) => run(String(n), 20, 100 + i * 60, 7));
    const body = [0, 1, 2, 3, 4].map((i) => run(`Line ${i} of the draft resolution`, 60, 100 + i * 30));
    expect(withoutLineNumbers([...numbers, ...body])).toEqual(body);
  });

  it('keeps numbers that do not count up, and numbers inside the text', () => {
    const table = [7, 3, 9].map((n, i) => run(String(n), 20, 100 + i * 60, 7));
    expect(withoutLineNumbers(table)).toEqual(table);
    const inText = [100, 112, 124].flatMap((y, i) => [run('In', 20, y), run(String(1994 + i), 40, y), run('the treaty held', 70, y)]);
    expect(withoutLineNumbers(inText)).toEqual(inText);
  });
});
