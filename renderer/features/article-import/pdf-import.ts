/**
 * A PDF file read into an import candidate with pdf.js, offline and inert: the parsing runs in
 * pdf.js's worker, served from the app itself; no `eval`, no fonts installed in the page, no
 * scripting, forms or links (only the text content is asked for); character maps and standard
 * font data come from the app's own `pdfjs/` folder. What it refuses, it refuses before work
 * starts where it can (size, a file that is not a whole PDF, too many pages), with a message
 * naming the file; a password-protected PDF asks for its password.
 * Loaded the first time a PDF is imported, so pdf.js is not in the start-up bundle.
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfArticle } from '../../../app/pdf/pdf-article';
import { readPdfText, type PdfJsDocument } from '../../../app/pdf/pdf-document';
import { MAX_PDF_BYTES, MAX_PDF_PAGES } from '../../../app/pdf/pdf-limits';
import { ImportRefusal, PdfPasswordNeeded, refusal, type ImportCandidate } from './import-candidate';

/** The message of a PDF without a text layer. */
export const NO_TEXT_LAYER = 'This PDF has no text layer (it is a scan); OCR is not supported.';

/** Options of {@link readPdfFile}. */
export interface ReadPdfFileOptions {
  /** Pages read so far, of the document's page count. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Cancels the reading; it then rejects with an `AbortError`. */
  readonly signal?: AbortSignal;
  readonly password?: string;
}

/** Whether `bytes` hold the start of a PDF (`%PDF-` within the first kilobyte, as readers allow). */
function startsAsPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');
}

/** Whether `bytes` end as a PDF does (`%%EOF` in the last two kilobytes): a cut-off download does not. */
function endsAsPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF');
}

/** The URL of the app's copy of pdf.js's folder `name` (`cmaps`, `standard_fonts`). */
function assetFolder(name: string): string {
  return new URL(`pdfjs/${name}/`, document.baseURI).href;
}

/** pdf.js's exception names, as its errors carry them. */
function exceptionName(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : undefined;
}

/**
 * The candidate for PDF `file`. Rejects with an `ImportRefusal` naming the file, a
 * `PdfPasswordNeeded` when it is encrypted and the password is missing or wrong, or the
 * signal's `AbortError` when cancelled.
 */
export async function readPdfFile(file: File, options: ReadPdfFileOptions = {}): Promise<ImportCandidate> {
  if (file.size > MAX_PDF_BYTES) {
    throw refusal(file.name, `it is ${(file.size / 1024 / 1024).toFixed(1)} MB, and PDFs are imported up to ${MAX_PDF_BYTES / 1024 / 1024} MB.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw refusal(file.name, 'the file could not be read. Check that it still exists and that you may open it.');
  }
  if (!startsAsPdf(bytes)) throw refusal(file.name, 'it is not a PDF (it does not begin as one). Check that it is the file you meant.');
  if (!endsAsPdf(bytes)) throw refusal(file.name, 'the PDF is damaged or incomplete: it stops before its end. Download or copy it again.');
  options.signal?.throwIfAborted();

  GlobalWorkerOptions.workerSrc = workerUrl;
  const task: PDFDocumentLoadingTask = getDocument({
    data: bytes,
    password: options.password,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    cMapUrl: assetFolder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetFolder('standard_fonts'),
  });
  // Cancelling settles at once, even while pdf.js's worker is still starting.
  let onAbort = (): void => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(options.signal?.reason);
  });
  cancelled.catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let pdf: PdfJsDocument;
    try {
      pdf = await Promise.race([task.promise, cancelled]);
    } catch (e) {
      options.signal?.throwIfAborted();
      if (exceptionName(e) === 'PasswordException') throw new PdfPasswordNeeded(file.name, options.password !== undefined);
      throw refusal(file.name, 'the PDF is damaged or is not a PDF pdf.js can read.');
    }
    if (pdf.numPages > MAX_PDF_PAGES) throw refusal(file.name, `it has ${pdf.numPages} pages, and PDFs are imported up to ${MAX_PDF_PAGES} pages.`);
    if (pdf.numPages === 0) throw refusal(file.name, 'the PDF has no pages.');
    options.onProgress?.(0, pdf.numPages);
    let text;
    try {
      text = await readPdfText(pdf, { onPage: options.onProgress, signal: options.signal });
    } catch (e) {
      options.signal?.throwIfAborted();
      if (e instanceof ImportRefusal) throw e;
      throw refusal(file.name, 'a page of the PDF is damaged and could not be read.');
    }
    const read = pdfArticle(text.pages, text.info, file.name);
    if (read.characters === 0) throw new ImportRefusal(`“${file.name}” cannot be imported: ${NO_TEXT_LAYER}`);
    return { source: file.name, kind: 'pdf', cleaned: read.draft, raw: read.raw };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    // The worker is stopped in the background: nothing waits on it.
    void task.destroy().catch(() => undefined);
  }
}
