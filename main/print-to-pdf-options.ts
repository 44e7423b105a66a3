/**
 * How main asks Chromium's print engine for a brief: the paper, backgrounds (tag colours),
 * a document outline from the headings, a tagged (accessible) PDF, the marking at the top of
 * every page and "Page n of m" at the bottom.
 */
import type { PrintToPDFOptions } from 'electron';
import type { PaperSize, PrintOptions } from '../app/printer';

/** Electron's page size for each paper. */
const PAGE_SIZES = { a4: 'A4', letter: 'Letter' } as const satisfies Record<PaperSize, PrintToPDFOptions['pageSize']>;

/**
 * Header and footer templates are rendered apart from the page with no stylesheet and a zero
 * default font size, so they carry their own small inline style.
 */
const TEMPLATE_STYLE = 'font-family: sans-serif; font-size: 9px; width: 100%; text-align: center; color: #333;';

/** `text` safe to place in HTML text or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The `webContents.printToPDF` options for `options`. */
export function printToPdfOptions(options: PrintOptions): PrintToPDFOptions {
  return {
    pageSize: PAGE_SIZES[options.paper],
    printBackground: true,
    generateDocumentOutline: true,
    generateTaggedPDF: true,
    displayHeaderFooter: true,
    headerTemplate: `<div style="${TEMPLATE_STYLE} font-weight: bold;">${escapeHtml(options.marking)}</div>`,
    // Chromium fills elements of class pageNumber and totalPages on each page.
    footerTemplate: `<div style="${TEMPLATE_STYLE}">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  };
}
