/**
 * The PDF's document information: title and author. Chromium's print engine (Electron's and
 * headless) writes the page's <title> but ignores `<meta name="author">`, so both printers
 * set them on the printed bytes with pdf-lib, which keeps the outline and the tag tree.
 */
import { PDFDocument } from 'pdf-lib';

/** What the PDF says about itself. */
export interface PdfMetadata {
  readonly title: string;
  readonly author?: string;
}

/** `pdf` with its title, author and creator set; the pages and structure are untouched. */
export async function withPdfMetadata(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) document.setAuthor(metadata.author);
  document.setCreator('Briefing Desk');
  // Plain objects, as Chromium wrote them: readers and checks that scan the file still find the outline.
  return document.save({ useObjectStreams: false });
}
