/**
 * A page's furniture, which an article leaves out: running headers and footers (a line
 * repeated near the same place on most pages, page numbers inside it allowed to change),
 * page numbers on their own (`4`, `Page 4 of 12`, `4 / 12`, `- 4 -`, `iv`) in the top or
 * bottom band, and line numbers down a margin.
 */
import type { PdfLine } from './pdf-lines';
import type { PdfTextRun } from './pdf-text';

/** The top and bottom bands where headers, footers and page numbers sit, as a share of the page's height. */
export const FURNITURE_BAND = 0.1;

/** Lines whose place differs by at most this share of the page's height are at the same place. */
const SAME_PLACE = 0.02;

const PAGE_NUMBER = /^(?:page\s+)?(?:[-–—]\s*)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—])?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** A page's lines with the page's height, as furniture removal reads them. */
export interface PageLines {
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

/** What a line says once numbers are set aside: the same header on page 3 and on page 4. */
function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inBand(line: PdfLine, height: number): boolean {
  return line.y < height * FURNITURE_BAND || line.y > height * (1 - FURNITURE_BAND);
}

/**
 * `pages` without their furniture. A line in the top or bottom band is furniture when a line
 * of the same key sits at the same place on at least half of the pages (and on two at least),
 * or when it is a page number alone. Body text is never in a band on most pages at one place,
 * so nothing of it is taken; nor is a line set larger than the body (`bodySize`): a heading
 * that opens every page (`Section 4`) is the page's text, not its furniture.
 */
export function withoutFurniture(pages: readonly PageLines[], bodySize = Infinity): PdfLine[][] {
  const seen = new Map<string, number[][]>();
  pages.forEach((page, index) => {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const key = furnitureKey(line.text);
      const places = seen.get(key) ?? [];
      places.push([index, line.y / page.height]);
      seen.set(key, places);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (line: PdfLine, height: number): boolean => {
    if (line.size > 1.15 * bodySize) return false;
    const places = seen.get(furnitureKey(line.text)) ?? [];
    const at = line.y / height;
    return new Set(places.filter(([, y]) => Math.abs(y! - at) <= SAME_PLACE).map(([page]) => page)).size >= needed;
  };
  return pages.map((page) => page.lines.filter((line) => !(inBand(line, page.height) && (PAGE_NUMBER.test(line.text) || repeated(line, page.height)))));
}

/**
 * `runs` without line numbers: runs of digits alone that stand in one column (the same left
 * edge, within two points) at least three times on the page, counting up from top to
 * bottom, with everything else on the page to one side of them (a margin). A number in
 * the text has text on both sides.
 */
export function withoutLineNumbers(runs: readonly PdfTextRun[]): PdfTextRun[] {
  const numeric = runs.filter((r) => /^\d{1,5}$/.test(r.text.trim()));
  const columns: PdfTextRun[][] = [];
  for (const run of numeric) {
    const column = columns.find((c) => Math.abs(c[0]!.x - run.x) <= 2);
    if (column) column.push(run);
    else columns.push([run]);
  }
  const drop = new Set<PdfTextRun>();
  for (const column of columns) {
    if (column.length < 3) continue;
    const byY = [...column].sort((a, b) => a.y - b.y);
    const values = byY.map((r) => Number(r.text.trim()));
    const increasing = values.every((v, i) => i === 0 || v > values[i - 1]!);
    const x = column[0]!.x;
    const right = Math.max(...column.map((r) => r.x + r.width));
    // The column stands in a margin: everything else of the page is on one side of it.
    const others = runs.filter((r) => !column.includes(r));
    const clear = others.every((r) => r.x >= right - 0.5) || others.every((r) => r.x + r.width <= x + 0.5);
    if (increasing && clear) for (const run of column) drop.add(run);
  }
  return runs.filter((r) => !drop.has(r));
}
