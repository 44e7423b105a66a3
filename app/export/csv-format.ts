/**
 * CSV text that spreadsheet programs open as intended: RFC 4180 quoting, CRLF line ends, a
 * UTF-8 byte order mark (without it Excel reads UTF-8 as a legacy code page), and no cell
 * that a spreadsheet would run as a formula (OWASP "CSV injection").
 */

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** First characters that make a spreadsheet read a cell as a formula (or strip to one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * `cell` made inert in a spreadsheet: a leading apostrophe when it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return, as OWASP advises; otherwise unchanged.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A cell as RFC 4180 writes it: quoted, inner quotes doubled, when it holds `,` `"` CR or LF. */
function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * `rows` as CSV text: the BOM, then each row's cells quoted as needed, rows ended by CRLF.
 * Cells are written as given: neutralise user text with `neutraliseFormula` first.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => `${row.map(quoteCell).join(',')}\r\n`).join('');
}
