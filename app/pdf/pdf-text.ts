/**
 * A PDF page's text as the importer reads it: runs of text placed on the page, taken from
 * pdf.js's text content. The reading of pages into an article (lines, columns, furniture,
 * paragraphs) works on these plain values only, so it runs and is tested anywhere.
 */

/** One run of text drawn in one font at one place: what pdf.js calls a text item. */
export interface PdfTextRun {
  readonly text: string;
  /** Left edge, in points from the page's left. */
  readonly x: number;
  /** Baseline, in points from the page's top. */
  readonly y: number;
  /** Advance width, in points. */
  readonly width: number;
  /** Font size, in points. */
  readonly size: number;
  /** The font's name in the document (tells body text from a heading's or a caption's face). */
  readonly font: string;
  /** Right-to-left text (pdf.js gives each run in logical order). */
  readonly rtl?: boolean;
}

/** One page's text runs, in the order the document draws them. */
export interface PdfPageText {
  /** 1-based page number. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly PdfTextRun[];
}

/** The document information a PDF may carry (its Info dictionary, as pdf.js reports it). */
export interface PdfInfo {
  readonly Title?: unknown;
  readonly Author?: unknown;
  readonly Subject?: unknown;
  readonly CreationDate?: unknown;
}

/** The parts of a pdf.js text item this reading uses (the structural type, not pdf.js's own). */
export interface PdfJsTextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly fontName?: string;
  readonly dir?: string;
}

/**
 * The runs of a pdf.js page: its text items (marked content left out) placed with the
 * baseline measured from the top of a page of height `height` (pdf.js measures from the
 * bottom). Rotated and vertical runs are read where they start; empty runs are dropped.
 */
export function runsOfTextItems(items: readonly PdfJsTextItem[], height: number): PdfTextRun[] {
  const runs: PdfTextRun[] = [];
  for (const item of items) {
    const { str, transform, width, fontName } = item;
    if (typeof str !== 'string' || str.length === 0 || !transform || transform.length < 6) continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = transform;
    const size = Math.hypot(a, b);
    if (!Number.isFinite(size) || size <= 0) continue;
    runs.push({ text: str, x: e, y: height - f, width: width ?? 0, size, font: fontName ?? '', ...(item.dir === 'rtl' ? { rtl: true } : {}) });
  }
  return runs;
}
