/**
 * Runs into lines: the runs sharing a baseline, left to right, split where a gap is wide
 * enough to be a column's gutter rather than a space. A smaller run raised above a line (a
 * footnote's mark) joins that line as a superscript.
 */
import type { PdfTextRun } from './pdf-text';

/** One line of text on a page. */
export interface PdfLine {
  /** The text, runs joined with the spaces their gaps stand for (soft hyphens still in). */
  readonly text: string;
  readonly x: number;
  readonly right: number;
  /** Baseline from the page's top. */
  readonly y: number;
  /** The size and font most of its characters are set in. */
  readonly size: number;
  readonly font: string;
  /** Whether it begins with a raised mark (a footnote's number set as a superscript). */
  readonly raisedStart?: boolean;
}

/** A gap wider than this many font sizes ends a line: a gutter, not a space. */
const GUTTER_GAP = 1.2;
/** A gap wider than this many font sizes stands for a space. */
const SPACE_GAP = 0.12;
/** Runs whose baselines differ by at most this many font sizes share a line. */
const BASELINE_TOLERANCE = 0.35;

const SUPERSCRIPT: Readonly<Record<string, string>> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

interface Row {
  y: number;
  size: number;
  runs: { run: PdfTextRun; raised: boolean }[];
}

/** Whether `run` is a raised mark of a line at baseline `y` in size `size`: smaller, above the baseline, not above the line's top. */
function raisedOver(run: PdfTextRun, y: number, size: number): boolean {
  const dy = y - run.y;
  return run.size < 0.9 * size && dy > BASELINE_TOLERANCE * run.size && dy < 0.7 * size && /^[\d*†‡§,\s]+$/.test(run.text);
}

/** The character a raised mark is drawn as: digits as superscript digits, other marks as they are. */
function raisedText(text: string): string {
  return text.replace(/\d/g, (d) => SUPERSCRIPT[d] ?? d);
}

/** The size and font most of `runs`' characters are set in. */
function dominant(runs: readonly PdfTextRun[]): { size: number; font: string } {
  const weight = new Map<string, { size: number; font: string; chars: number }>();
  for (const run of runs) {
    const key = `${run.size.toFixed(1)}|${run.font}`;
    const entry = weight.get(key) ?? { size: run.size, font: run.font, chars: 0 };
    entry.chars += run.text.trim().length;
    weight.set(key, entry);
  }
  let best = { size: runs[0]?.size ?? 0, font: runs[0]?.font ?? '', chars: -1 };
  for (const entry of weight.values()) if (entry.chars > best.chars) best = entry;
  return best;
}

/** One line from runs of one row, left to right (right to left when most of its text is). */
function lineOf(parts: readonly { run: PdfTextRun; raised: boolean }[]): PdfLine | undefined {
  const rtlChars = parts.reduce((n, p) => n + (p.run.rtl ? p.run.text.length : 0), 0);
  const allChars = parts.reduce((n, p) => n + p.run.text.length, 0);
  const rtl = rtlChars * 2 > allChars;
  const ordered = rtl ? [...parts].reverse() : parts;
  let text = '';
  let previous: PdfTextRun | undefined;
  for (const { run, raised } of ordered) {
    const piece = raised ? raisedText(run.text) : run.text;
    const gap = previous ? (rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width)) : 0;
    if (previous && !/\s$/.test(text) && !/^\s/.test(piece) && !raised && gap > SPACE_GAP * run.size) text += ' ';
    text += piece;
    previous = run;
  }
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  const body = parts.filter((p) => !p.raised).map((p) => p.run);
  const { size, font } = dominant(body.length ? body : parts.map((p) => p.run));
  const x = Math.min(...parts.map((p) => p.run.x));
  const right = Math.max(...parts.map((p) => p.run.x + p.run.width));
  const y = body.length ? body.reduce((sum, r) => sum + r.y, 0) / body.length : parts[0]!.run.y;
  return { text: trimmed, x, right, y, size, font, ...(parts[0]?.raised ? { raisedStart: true } : {}) };
}

/**
 * The lines of one page's runs, top to bottom and, on one baseline, left to right. Whitespace
 * inside a line is collapsed to single spaces; a raised digit becomes a superscript digit.
 */
export function linesOf(runs: readonly PdfTextRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const row = rows.find((r) => Math.abs(r.y - run.y) <= BASELINE_TOLERANCE * Math.max(r.size, run.size));
    if (row) {
      row.runs.push({ run, raised: false });
      row.size = Math.max(row.size, run.size);
    } else rows.push({ y: run.y, size: run.size, runs: [{ run, raised: false }] });
  }
  // A row of small marks just above another row is that row's superscripts.
  for (const row of [...rows]) {
    if (!row.runs.every((p) => p.run.text.trim() === '' || /^[\d*†‡§,\s]+$/.test(p.run.text))) continue;
    const host = rows.find((r) => r !== row && row.runs.every((p) => raisedOver(p.run, r.y, r.size) || p.run.text.trim() === ''));
    if (!host) continue;
    host.runs.push(...row.runs.map((p) => ({ run: p.run, raised: true })));
    rows.splice(rows.indexOf(row), 1);
  }
  const lines: PdfLine[] = [];
  for (const row of rows.sort((a, b) => a.y - b.y)) {
    const parts = row.runs.sort((a, b) => a.run.x - b.run.x);
    let current: { run: PdfTextRun; raised: boolean }[] = [];
    let end = -Infinity;
    for (const part of parts) {
      if (current.length && part.run.x - end > GUTTER_GAP * Math.max(part.run.size, row.size * 0.8) && part.run.text.trim()) {
        const line = lineOf(current);
        if (line) lines.push(line);
        current = [];
      }
      current.push(part);
      if (part.run.text.trim()) end = Math.max(end, part.run.x + part.run.width);
      else if (end === -Infinity) end = part.run.x + part.run.width;
    }
    const line = lineOf(current);
    if (line) lines.push(line);
  }
  return lines;
}
