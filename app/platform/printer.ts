/**
 * The `Printer` port: turns one self-contained HTML document into PDF bytes. Adapters are
 * Electron's `webContents.printToPDF` (main/) and Chromium through playwright-core (the
 * command line and tests), so every caller prints the same HTML the same way.
 */
import type { PaperSize } from '../model/paper-size';

/** How to print. */
export interface PrintOptions {
  readonly paper: PaperSize;
  /** Document title for the PDF metadata. */
  readonly title: string;
  /** Document author for the PDF metadata (the analyst), if known. */
  readonly author?: string;
}

/** Something that prints HTML to PDF. */
export interface Printer {
  /**
   * The PDF bytes of `html`. Rejects with a message a user can act on, and when `signal`
   * aborts (adapters that cannot stop midway may finish first; callers check the signal).
   */
  print(html: string, options: PrintOptions, signal?: AbortSignal): Promise<Uint8Array>;
}
