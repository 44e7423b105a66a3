/**
 * Reading what the analyst brings in (a chosen or dropped file, a paste) into an import
 * candidate, or refusing it with a message that names it and says why. Nothing is stored
 * here: the preview decides.
 */
import { decodeText, refuseOversize } from '../../../app/import/decode-text';
import { importPlainText } from '../../../app/import/plain-text-import';
import { fileStem, importKind, refusal, ImportRefusal, textCandidate, type ImportCandidate, type ImportKind } from './import-candidate';
import type { ReadPdfFileOptions } from './pdf-import';

/** What a paste is called in messages. */
export const PASTE_SOURCE = 'Pasted text';

/**
 * The candidate for text of a known kind. The HTML and Markdown importers (Readability,
 * DOMPurify, markdown-it: a quarter of the start-up bundle) load the first time an import
 * needs them, not when the window opens.
 */
async function candidateOf(source: string, kind: Exclude<ImportKind, 'pdf'>, text: string): Promise<ImportCandidate> {
  if (kind === 'html') return (await import('./html-import')).htmlCandidate(source, text);
  if (kind === 'markdown') {
    const { importMarkdown } = await import('../../../app/import/markdown-import');
    return textCandidate(source, kind, text, (markdown) => importMarkdown(markdown, { fallbackTitle: fileStem(source) }));
  }
  return textCandidate(source, kind, text, importPlainText);
}

/**
 * The candidate for a file. Its size is checked before a byte is read, so a huge file is
 * refused at once; then its bytes are decoded (UTF-8, UTF-16 with BOM, windows-1252) and read
 * by the importer its extension names. A PDF is read by pdf.js (`pdf-import.ts`, loaded
 * then), page by page with `options`' progress and cancelling. Rejects with an
 * `ImportRefusal` (and, for a PDF, a `PdfPasswordNeeded` or an `AbortError`).
 */
export async function readImportFile(file: File, options: ReadPdfFileOptions = {}): Promise<ImportCandidate> {
  const kind = importKind(file.name);
  if (!kind) throw refusal(file.name, 'only .txt, .md, .markdown, .html, .htm and .pdf files are read as articles.');
  if (kind === 'pdf') return (await import('./pdf-import')).readPdfFile(file, options);
  const oversize = refuseOversize(file.name, file.size);
  if (oversize && !oversize.ok) throw new ImportRefusal(oversize.reason);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw refusal(file.name, 'the file could not be read. Check that it still exists and that you may open it.');
  }
  const decoded = decodeText(file.name, bytes);
  if (!decoded.ok) throw new ImportRefusal(decoded.reason);
  return candidateOf(file.name, kind, decoded.text);
}

/** Longest paste read, in characters of its HTML or its text: what a brief file can carry of an article. */
export const MAX_PASTE_CHARS = 10_000_000;

/**
 * The candidate for a paste: its HTML when it has any and an article is found in it, else
 * its plain text. Rejects with an `ImportRefusal` when neither holds text, or when either is
 * longer than `MAX_PASTE_CHARS`.
 */
export async function readPaste(html: string, text: string): Promise<ImportCandidate> {
  const longest = Math.max(html.length, text.length);
  if (longest > MAX_PASTE_CHARS) {
    throw refusal(PASTE_SOURCE, `it is too long (${(longest / 1e6).toFixed(1)} million characters; the limit is ${MAX_PASTE_CHARS / 1e6} million). Save it as a file and import that instead.`);
  }
  if (html.trim()) {
    try {
      return await candidateOf(PASTE_SOURCE, 'html', html);
    } catch (e) {
      if (!(e instanceof ImportRefusal) || !text.trim()) throw e;
    }
  }
  if (!text.trim()) throw refusal(PASTE_SOURCE, 'the clipboard holds no text.');
  return candidateOf(PASTE_SOURCE, 'text', text);
}
