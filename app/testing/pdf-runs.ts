/**
 * Text runs for the PDF reading's tests: a word-per-run or line-per-run page laid out in
 * points like a printer lays it out (baselines from the top, widths from a fixed advance).
 */
import type { PdfTextRun } from '../pdf/pdf-text';

/** Width of one character at size 1, the fixtures' fixed advance. */
export const ADVANCE = 0.5;

/** A run of `text` at (`x`, `y`) in `size` and `font`, as wide as its characters at the fixed advance. */
export function run(text: string, x: number, y: number, size = 10, font = 'Body'): PdfTextRun {
  return { text, x, y, width: text.length * ADVANCE * size, size, font };
}

/** Lines of text set one under another from (`x`, `y`), `pitch` apart, one run each. */
export function column(lines: readonly string[], x: number, y: number, pitch = 12, size = 10, font = 'Body'): PdfTextRun[] {
  return lines.map((text, i) => run(text, x, y + i * pitch, size, font));
}
