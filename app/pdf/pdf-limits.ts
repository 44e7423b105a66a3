/**
 * How large a PDF the importer reads: checked before any work starts, in the renderer (a
 * chosen or dropped file) and in main (a file the OS asked the app to open).
 */

/** Largest PDF read, in bytes: reports with images run to tens of megabytes. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** Most pages read: a longer document is refused before any page is read. */
export const MAX_PDF_PAGES = 2000;
