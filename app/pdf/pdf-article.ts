/**
 * A PDF's pages read as an article: blocks in reading order, each remembering the page it
 * starts on. Per page: line numbers dropped, runs into lines, running headers, footers and
 * page numbers dropped (across pages), footnotes set apart, columns read in order, lines into
 * paragraphs, headings and captions; then paragraphs going on over a column or a page are
 * joined, each page's footnotes follow its text, and the title comes first.
 */
import type { ArticleBlock, ArticleDraft } from '../model/model';
import { continues, flowBlocks, type BodyStyle, type PdfBlockLines } from './pdf-blocks';
import { readingFlows } from './pdf-columns';
import { splitFootnotes, type PdfFootnote } from './pdf-footnotes';
import { withoutFurniture, withoutLineNumbers } from './pdf-furniture';
import { hyphenatedWords, joinLines } from './pdf-line-join';
import { linesOf, type PdfLine } from './pdf-lines';
import type { PdfInfo, PdfPageText } from './pdf-text';
import { normalisePdfText } from './pdf-text-normal';

/** The body's size, face and line pitch: the measures most of the document's characters share. */
export function bodyStyle(pages: readonly (readonly PdfLine[])[]): BodyStyle {
  const chars = new Map<string, number>();
  for (const lines of pages) for (const line of lines) chars.set(`${line.size.toFixed(1)}|${line.font}`, (chars.get(`${line.size.toFixed(1)}|${line.font}`) ?? 0) + line.text.length);
  let best = '10.0|';
  let most = -1;
  for (const [key, n] of chars) if (n > most) [best, most] = [key, n];
  const [size, font = ''] = [Number(best.split('|')[0]), best.slice(best.indexOf('|') + 1)];
  const gaps: number[] = [];
  for (const lines of pages) {
    const body = lines.filter((l) => l.font === font && Math.abs(l.size - size) < 0.5).sort((a, b) => a.x - b.x || a.y - b.y);
    for (let i = 1; i < body.length; i += 1) {
      const gap = body[i]!.y - body[i - 1]!.y;
      if (Math.abs(body[i]!.x - body[i - 1]!.x) < 20 && gap > 0.9 * size && gap < 2 * size) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return { size, font, pitch: gaps.length ? gaps[Math.floor(gaps.length / 2)]! : size * 1.2 };
}

/** A PDF date (`D:20251218093000+01'00'`) as `2025-12-18`, or undefined when it is not one. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01'] = match;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${year}-${month}-${day}`;
}

/** The document's own title when it names the work, not the file it was made from or a placeholder. */
function usableTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = normalisePdfText(value).replace(/\s+/g, ' ').trim();
  if (title.length < 3 || title.length > 300) return undefined;
  if (/\.(?:docx?|odt|pdf|rtf|tex|indd|pages|html?|txt)$/i.test(title) || /^(?:untitled|document\d*|microsoft word\b|about:blank)\b/i.test(title)) return undefined;
  return title;
}

/** The size each of `headings` is set in: the largest run of its text on the page. */
function headingSizes(headings: readonly PagedBlock[], runs: readonly PdfPageText['runs'][number][]): Map<PagedBlock, number> {
  const sizes = new Map<PagedBlock, number>();
  for (const run of runs) {
    const piece = normalisePdfText(run.text).trim();
    if (!piece) continue;
    for (const heading of headings) if (heading.text.includes(piece)) sizes.set(heading, Math.max(sizes.get(heading) ?? 0, run.size));
  }
  return sizes;
}

/** A block of the article with the page it starts on. */
type PagedBlock = ArticleBlock & { readonly page: number };

interface Pending {
  block: PdfBlockLines;
  page: number;
}

/** What the reading of a PDF found. */
export interface PdfArticle {
  readonly draft: ArticleDraft;
  /**
   * The same text with nothing reconstructed: under the title, every line of every page as
   * drawn, top to bottom (headers and page numbers too), each a paragraph with its page —
   * for when the reading goes wrong on an unusual layout.
   */
  readonly raw: ArticleDraft;
  /** Characters of text found on all pages, furniture left out: none means a scan without a text layer. */
  readonly characters: number;
}

/**
 * The article in `pages` (all of a document's, in order), with `info` its document
 * information and `fileName` the title of last resort. The title is the document's own when
 * usable, else the largest heading of the first page, else the file's name; the first block
 * is always the title heading.
 */
export function pdfArticle(pages: readonly PdfPageText[], info: PdfInfo, fileName: string): PdfArticle {
  const lined = pages.map((page) => linesOf(withoutLineNumbers(page.runs)));
  const kept = withoutFurniture(
    pages.map((page, i) => ({ height: page.height, lines: lined[i]! })),
    bodyStyle(lined).size,
  );
  // A scan's text layer, if any, is at most a page number.
  const characters = kept.reduce((n, lines) => n + lines.reduce((m, l) => m + l.text.replace(/\s/g, '').length, 0), 0);
  const body = bodyStyle(kept);
  const compounds = hyphenatedWords(kept.flatMap((lines) => lines.map((l) => l.text.replace(/\S+$/u, ''))));
  const blocks: PagedBlock[] = [];
  const text = (lines: readonly string[]) => normalisePdfText(joinLines(lines, compounds)).replace(/\s+/g, ' ').trim();
  let open: Pending | undefined;
  let waitingNotes: { notes: readonly PdfFootnote[]; page: number }[] = [];
  const emitOpen = () => {
    const value = open && text(open.block.lines.map((l) => l.text));
    if (open && value) blocks.push({ type: open.block.type, text: value, page: open.page });
    open = undefined;
  };
  const emitNotes = () => {
    for (const { notes, page } of waitingNotes) {
      for (const note of notes) {
        const value = text(note.lines);
        if (value) blocks.push({ type: 'note', text: value, marker: note.marker, page });
      }
    }
    waitingNotes = [];
  };
  pages.forEach((page, i) => {
    const { text: lines, notes } = splitFootnotes(kept[i]!, body.size, page.height);
    readingFlows(lines, page.width, body.size).forEach((flow, f) => {
      flowBlocks(flow, body).forEach((block, b) => {
        // Only the first block of a column or a page may go on with the paragraph before it.
        if (open && b === 0 && (f > 0 || i > 0) && continues(open.block, block, body)) {
          open.block = { ...open.block, lines: [...open.block.lines, ...block.lines] };
          return;
        }
        emitOpen();
        // A page's notes follow its text, once a paragraph going on over the page has ended.
        emitNotes();
        open = { block, page: page.number };
      });
    });
    if (notes.length) waitingNotes.push({ notes, page: page.number });
  });
  emitOpen();
  emitNotes();
  const draft = withTitle(blocks, pages, info, fileName);
  const rawBlocks = pages.flatMap((page, i) => lined[i]!.map((line): PagedBlock => ({ type: 'paragraph', text: normalisePdfText(line.text).replace(/\s+/g, ' ').trim(), page: page.number }))).filter((b) => b.text);
  const raw = { ...draft, blocks: [draft.blocks[0]!, ...rawBlocks] };
  return { draft, raw, characters };
}

/**
 * `blocks` led by the title heading, with the document's author and date. A document that
 * opens with its largest heading is titled by it (what the reader sees); else by its own
 * title in the metadata when usable; else by the file's name.
 */
function withTitle(blocks: PagedBlock[], pages: readonly PdfPageText[], info: PdfInfo, fileName: string): ArticleDraft {
  const firstPage = pages[0]?.number ?? 1;
  const opening = blocks[0]?.page === firstPage && blocks[0].type === 'heading' ? blocks[0] : undefined;
  const sizes = headingSizes(blocks.filter((b) => b.page === firstPage && b.type === 'heading'), pages[0]?.runs ?? []);
  const largest = Math.max(0, ...sizes.values());
  const leads = opening && (sizes.get(opening) ?? 0) >= largest ? opening : undefined;
  const title = leads?.text ?? usableTitle(info.Title) ?? (fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '') || 'Untitled PDF');
  const rest = leads ? blocks.slice(1) : blocks;
  const author = typeof info.Author === 'string' ? normalisePdfText(info.Author).replace(/\s+/g, ' ').trim().slice(0, 300) : '';
  const published = pdfDate(info.CreationDate);
  return {
    title,
    ...(author ? { byline: author } : {}),
    ...(published ? { published } : {}),
    blocks: [{ type: 'heading', text: title, page: firstPage }, ...rest],
  };
}
