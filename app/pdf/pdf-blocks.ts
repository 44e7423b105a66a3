/**
 * Flows of lines into blocks: paragraphs broken where the space between lines grows, where a
 * first line is indented, where a short line ends a sentence or where the size or face
 * changes; headings told by their size (larger than the body) or their face (another font
 * than the body's, at least the body's size, short, not ending a sentence); captions by how
 * they begin (`Figure 2.`, `Table 1:`).
 */
import type { PdfFlow } from './pdf-columns';
import type { PdfLine } from './pdf-lines';

/** What a block is read as, before its lines are joined. */
export interface PdfBlockLines {
  readonly type: 'heading' | 'paragraph' | 'caption';
  readonly lines: readonly PdfLine[];
}

/** The body's measures the reading compares with. */
export interface BodyStyle {
  readonly size: number;
  readonly font: string;
  /** The usual distance between two baselines of one paragraph. */
  readonly pitch: number;
}

const CAPTION = /^(?:figure|fig\.|table|chart|map|photo|exhibit|graph)\s*\d+[a-z]?\s*[.:—–-]/i;
const SENTENCE_END = /[.!?:;…"”’)\]]$/u;

/** Whether `size` is the body's (within 12 %). */
function bodySized(size: number, body: BodyStyle): boolean {
  return Math.abs(size - body.size) <= 0.12 * body.size;
}

/** The type a finished run of lines is read as. */
function typeOf(lines: readonly PdfLine[], body: BodyStyle): PdfBlockLines['type'] {
  const first = lines[0]!;
  const text = lines.map((l) => l.text).join(' ');
  if (CAPTION.test(text)) return 'caption';
  if (first.size >= 1.12 * body.size) return 'heading';
  if (first.font !== body.font && first.size >= 0.95 * body.size && lines.length <= 2 && text.length <= 120 && !/[.,;]$/.test(text) && bodySized(first.size, body)) return 'heading';
  return 'paragraph';
}

/** Whether `line` starts a new block after `previous` in one flow whose lines span `left`…`right`. */
function breaksBefore(previous: PdfLine, line: PdfLine, body: BodyStyle, left: number, right: number): boolean {
  const gap = line.y - previous.y;
  const pitch = Math.max(previous.size, line.size) * (body.pitch / body.size);
  if (gap > pitch * 1.3 + 1) return true;
  if (Math.abs(line.size - previous.size) > 0.1 * line.size) return true;
  if ((line.font === body.font) !== (previous.font === body.font)) return true;
  const indent = line.x - left;
  if (indent > 0.6 * line.size && indent < 6 * line.size && previous.x - left < 0.3 * line.size) return true;
  if (right - previous.right > 4 * line.size && SENTENCE_END.test(previous.text)) return true;
  return false;
}

/** The blocks of one flow, top to bottom. */
export function flowBlocks(flow: PdfFlow, body: BodyStyle): PdfBlockLines[] {
  if (flow.length === 0) return [];
  const left = Math.min(...flow.map((l) => l.x));
  const right = Math.max(...flow.map((l) => l.right));
  const blocks: PdfLine[][] = [[flow[0]!]];
  for (let i = 1; i < flow.length; i += 1) {
    if (breaksBefore(flow[i - 1]!, flow[i]!, body, left, right)) blocks.push([flow[i]!]);
    else blocks[blocks.length - 1]!.push(flow[i]!);
  }
  return blocks.map((lines) => ({ type: typeOf(lines, body), lines }));
}

/**
 * Whether block `next` (the first of a new column or page) goes on with paragraph `previous`:
 * both paragraphs in the body's face and size, the previous one stopping mid-sentence.
 */
export function continues(previous: PdfBlockLines, next: PdfBlockLines, body: BodyStyle): boolean {
  if (previous.type !== 'paragraph' || next.type !== 'paragraph') return false;
  const last = previous.lines[previous.lines.length - 1]!;
  const first = next.lines[0]!;
  return bodySized(last.size, body) && bodySized(first.size, body) && last.font === first.font && !SENTENCE_END.test(last.text);
}
