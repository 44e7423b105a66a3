/**
 * A document opened by pdf.js read into pages of text runs, page by page, with progress and
 * a way to stop. Typed by the parts of pdf.js it calls, so the renderer (pdf.js with its
 * worker), the tests and the benchmark (pdf.js in Node) share one reading.
 */
import { runsOfTextItems, type PdfInfo, type PdfJsTextItem, type PdfPageText } from './pdf-text';

/** The parts of a pdf.js page this reading calls. */
export interface PdfJsPage {
  /** The page's box: `[x0, y0, x1, y1]` in points. */
  readonly view: readonly number[];
  getTextContent(): Promise<{ readonly items: readonly unknown[] }>;
  cleanup(): unknown;
}

/** The parts of a pdf.js document this reading calls. */
export interface PdfJsDocument {
  readonly numPages: number;
  getPage(number: number): Promise<PdfJsPage>;
  getMetadata(): Promise<{ readonly info: unknown }>;
}

/** A document's pages of text and its information. */
export interface PdfDocumentText {
  readonly pages: readonly PdfPageText[];
  readonly info: PdfInfo;
}

/** Options of {@link readPdfText}. */
export interface ReadPdfOptions {
  /** Called after each page with the pages read so far and the document's page count. */
  readonly onPage?: (done: number, total: number) => void;
  /** Stops the reading between pages: it rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** Whether `item` is a text item (not a marked-content marker). */
function isTextItem(item: unknown): item is PdfJsTextItem {
  return typeof item === 'object' && item !== null && typeof (item as { str?: unknown }).str === 'string';
}

/** Every page of `pdf` as text runs, in page order, and its document information. */
export async function readPdfText(pdf: PdfJsDocument, options: ReadPdfOptions = {}): Promise<PdfDocumentText> {
  const pages: PdfPageText[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    options.signal?.throwIfAborted();
    const page = await pdf.getPage(number);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const height = y1 - y0;
    const runs = runsOfTextItems(content.items.filter(isTextItem), y1).map((run) => ({ ...run, x: run.x - x0 }));
    pages.push({ number, width: x1 - x0, height, runs });
    page.cleanup();
    options.onPage?.(number, pdf.numPages);
  }
  options.signal?.throwIfAborted();
  const { info } = await pdf.getMetadata();
  return { pages, info: typeof info === 'object' && info !== null ? (info as PdfInfo) : {} };
}
