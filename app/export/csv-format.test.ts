import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsv, neutraliseFormula, UTF8_BOM } from './csv-format';

const parse = (csv: string): string[][] => {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // A trailing CRLF ends the last record; papaparse reports the empty line after it.
  return result.data.filter((row, i) => !(i === result.data.length - 1 && row.length === 1 && row[0] === ''));
};

describe('neutraliseFormula', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['a=b', 'a=b'],
    ['  =1+1', "'  =1+1"],
    ['\uFF1DSUM(A1)', "'\uFF1DSUM(A1)"],
    ['\u3000@x', "'\u3000@x"],
    ['', ''],
    ['¶ 3', '¶ 3'],
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});

describe('formatCsv', () => {
  it('quotes every cell, doubling quotes, and ends rows with CRLF', () => {
    expect(formatCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe(`${UTF8_BOM}"a","b,c","say ""hi""","two\nlines",""\r\n`);
  });

  it('parses back to the same rows with papaparse', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\n', '\r', ' ', '=', "'", ';') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 })), (rows) => {
        // A row of one empty cell is an empty line, which CSV cannot tell from no row.
        fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
        expect(parse(formatCsv(rows))).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
