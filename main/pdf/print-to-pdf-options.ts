/**
 * How main asks Chromium's print engine for a brief: the paper, backgrounds (tag colours),
 * a document outline from the headings and a tagged (accessible) PDF. The marking and
 * "Page n of m" come with the brief's HTML, in its page-margin boxes.
 */
import type { PrintToPDFOptions } from 'electron';
import type { PrintOptions } from '../../app/platform/printer';
import type { PaperSize } from '../../app/model/paper-size';

/** Electron's page size for each paper. */
const PAGE_SIZES = { a4: 'A4', letter: 'Letter' } as const satisfies Record<PaperSize, PrintToPDFOptions['pageSize']>;

/** The `webContents.printToPDF` options for `options`. */
export function printToPdfOptions(options: PrintOptions): PrintToPDFOptions {
  return {
    pageSize: PAGE_SIZES[options.paper],
    printBackground: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
    // The marking and page numbers are the brief's own page-margin boxes (app/brief/brief-styles.ts).
    displayHeaderFooter: false,
  };
}
