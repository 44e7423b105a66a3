/**
 * Reading order on a page of one, two or three columns. The columns are found from where the
 * body's lines start (a left edge many lines share, whose lines end before the next such
 * edge); a line crossing into the next column (a title, an abstract across the page) closes
 * a section, and each section is read column by column, top to bottom. The result is a list
 * of flows: runs of lines that follow each other in one column of one section.
 */
import type { PdfLine } from './pdf-lines';

/** Lines that follow each other in one column of one section, top to bottom. */
export type PdfFlow = readonly PdfLine[];

/** Left edges closer than this share of the page's width belong to one column (a first-line indent). */
const SAME_COLUMN = 0.15;

/**
 * The left edges of the page's columns, left to right: one entry for a single column. Only
 * lines in the body's size and longer than three font sizes count, so headings, marks and
 * short labels do not make columns.
 */
export function columnStarts(lines: readonly PdfLine[], pageWidth: number, bodySize: number): number[] {
  const body = lines.filter((l) => Math.abs(l.size - bodySize) <= 0.12 * bodySize && l.right - l.x > 3 * l.size);
  if (body.length === 0) return [Math.min(...lines.map((l) => l.x), 0)];
  // Left edges within a few points of each other are one edge, at the leftmost of them.
  const counts = new Map<number, { n: number; x: number }>();
  for (const line of body) {
    const key = Math.round(line.x / 3);
    const entry = counts.get(key) ?? { n: 0, x: line.x };
    counts.set(key, { n: entry.n + 1, x: Math.min(entry.x, line.x) });
  }
  // Two lines make a candidate; the check below that its neighbours' lines end before it is what tells a column.
  const needed = 2;
  const candidates = [...counts.values()].filter(({ n }) => n >= needed).sort((a, b) => a.x - b.x);
  const starts: number[] = [];
  for (const { x } of candidates) {
    const last = starts[starts.length - 1];
    if (last === undefined || x - last > SAME_COLUMN * pageWidth) starts.push(x);
  }
  if (starts.length === 0) return [Math.min(...body.map((l) => l.x))];
  // A column's lines end before the next column starts; else the "column" is an indent.
  const kept = [starts[0]!];
  for (let i = 1; i < starts.length; i += 1) {
    const previous = kept[kept.length - 1]!;
    const own = body.filter((l) => l.x >= previous - 2 && l.x < starts[i]! - 2);
    const inside = own.filter((l) => l.right <= starts[i]! + 2).length;
    if (own.length > 0 && inside >= own.length * 0.75) kept.push(starts[i]!);
  }
  return kept;
}

/** The column a line starts in (the last start at or left of it, with a little slack). */
function columnOf(line: PdfLine, starts: readonly number[]): number {
  let column = 0;
  starts.forEach((start, i) => {
    if (line.x >= start - 4) column = i;
  });
  return column;
}

/**
 * The page's lines in reading order, as flows. `lines` may come in any order; `bodySize` is
 * the document's body text size.
 */
export function readingFlows(lines: readonly PdfLine[], pageWidth: number, bodySize: number): PdfFlow[] {
  if (lines.length === 0) return [];
  const starts = columnStarts(lines, pageWidth, bodySize);
  const byY = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
  if (starts.length === 1) return [byY];
  const flows: PdfLine[][] = [];
  let section: PdfLine[][] = starts.map(() => []);
  // The flow of lines across the page being read, while no column line has come since.
  let across: PdfLine[] | undefined;
  const close = () => {
    for (const column of section) if (column.length) flows.push(column);
    section = starts.map(() => []);
  };
  for (const line of byY) {
    const column = columnOf(line, starts);
    const next = starts[column + 1];
    const last = across?.[across.length - 1];
    // A title's last short line goes on with its lines across the page.
    const goesOn = !!last && section.every((c) => c.length === 0) && Math.abs(last.size - line.size) < 0.5 && last.font === line.font && line.y - last.y < 1.6 * line.size;
    if ((next !== undefined && line.right > next + 2) || goesOn) {
      if (across && section.every((c) => c.length === 0)) across.push(line);
      else {
        close();
        across = [line];
        flows.push(across);
      }
    } else {
      section[column]!.push(line);
      across = undefined;
    }
  }
  close();
  return flows;
}
