/**
 * CSV text that spreadsheet programs open as intended: RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte order mark (without it Excel reads UTF-8 as a legacy code page), and no cell
 * that a spreadsheet would run as a formula (OWASP "CSV injection").
 */

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * What makes a spreadsheet read a cell as a formula (or strip to one): `=`, `+`, `-`, `@`, a
 * tab or a carriage return first, their full-width forms (`＝` is read as `=` by some), and
 * any of them after leading spaces, which spreadsheets trim.
 */
const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * `cell` made inert in a spreadsheet: a leading apostrophe when it would start a formula
 * (`FORMULA_START`), as OWASP advises; otherwise unchanged.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell as RFC 4180 writes it, always quoted (inner quotes doubled): a spreadsheet that
 * splits on `;` or a tab instead of `,` then still cannot split inside a cell.
 */
function quoteCell(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}

/**
 * `rows` as CSV text: the BOM, then each row's cells quoted, rows ended by CRLF.
 * Cells are written as given: neutralise user text with `neutraliseFormula` first.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(quoteCell).join(',')}\r\n`).join('');
}
