/**
 * A page's footnotes, kept apart from its text: the lines below the body's last line that
 * are set smaller than the body, each note beginning at a line that starts with its mark
 * (`1`, `¹`, `*`, `†`).
 */
import type { PdfLine } from './pdf-lines';

/** One footnote: its mark and its text's lines. */
export interface PdfFootnote {
  readonly marker: string;
  readonly lines: readonly string[];
}

/** A page's lines split into its text and its footnotes. */
export interface PageWithNotes {
  readonly text: readonly PdfLine[];
  readonly notes: readonly PdfFootnote[];
}

const NOTE_START = /^([\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|[*†‡§])\.?\s+(?=\S)/u;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A mark as its note's label: superscript digits as plain digits. */
function plainMarker(mark: string): string {
  return [...mark].map((c) => (SUPERSCRIPT_DIGITS.includes(c) ? String(SUPERSCRIPT_DIGITS.indexOf(c)) : c)).join('');
}

/**
 * `lines` (one page's, furniture gone) split into text and footnotes. Footnotes are the
 * lines below every body-size line (within 12 % of `bodySize`) that are smaller than the body
 * and sit in the lower half of the page, the first of them starting with a mark; without such
 * a first line the page has no footnotes.
 */
export function splitFootnotes(lines: readonly PdfLine[], bodySize: number, pageHeight: number): PageWithNotes {
  const bodyBottom = Math.max(-Infinity, ...lines.filter((l) => Math.abs(l.size - bodySize) <= 0.12 * bodySize).map((l) => l.y));
  const below = lines.filter((l) => l.y > bodyBottom && l.y > pageHeight / 2 && l.size < 0.92 * bodySize).sort((a, b) => a.y - b.y || a.x - b.x);
  if (below.length === 0 || !NOTE_START.test(below[0]!.text)) return { text: lines, notes: [] };
  const notes: { marker: string; lines: string[] }[] = [];
  for (const line of below) {
    const start = NOTE_START.exec(line.text);
    if (start) notes.push({ marker: plainMarker(start[1]!), lines: [line.text.slice(start[0].length)] });
    else notes[notes.length - 1]!.lines.push(line.text);
  }
  const taken = new Set(below);
  return { text: lines.filter((l) => !taken.has(l)), notes };
}
