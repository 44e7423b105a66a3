/**
 * Export PDF as the renderer runs it: compose the brief from its sources, their annotations
 * and the analyst's brief, render the HTML with the bundled fonts, and hand it to the bridge —
 * reporting each stage and stopping when the analyst cancels. Before the bridge call a cancel
 * stops everything; during it the bridge is asked to stop (Electron destroys the print window
 * and writes no file).
 */
import { composeBrief } from '../../../app/brief/brief-compose';
import { renderBriefHtml } from '../../../app/brief/brief-html';
import type { BriefFont } from '../../../app/brief/brief-styles';
import type { BriefingDeskBridge, ExportPdfResult } from '../../../app/platform/ipc-contract';
import type { Annotation, Article } from '../../../app/model/model';
import type { Brief } from '../../../app/brief/brief';
import { fileStem } from '../../../app/export/file-stem';

/** Where an export is: composing the brief's HTML, or printing and saving it through the bridge. */
export type PdfExportStage = 'composing' | 'printing';

/** What `runPdfExport` needs. */
export interface PdfExportInput {
  /** The brief's sources, in its order. */
  readonly articles: readonly Article[];
  readonly annotations: readonly Annotation[];
  /** The analyst's brief; the PDF uses defaults without one. */
  readonly brief?: Brief;
  readonly analyst: string;
  readonly bridge: BriefingDeskBridge;
  /** The fonts to embed (the bundled ones, loaded lazily). */
  readonly loadFonts: () => Promise<readonly BriefFont[]>;
  /** Aborted when the analyst presses Cancel export. */
  readonly signal: AbortSignal;
  readonly onStage: (stage: PdfExportStage) => void;
  /** The export time, ISO 8601; now by default. */
  readonly now?: () => string;
}


/** Lets the page paint the progress and handle a Cancel click before the next stage. */
const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const CANCELLED: ExportPdfResult = { status: 'cancelled' };

/**
 * Exports the brief. Resolves with the bridge's result, or `{status: 'cancelled'}` when the
 * analyst cancelled first; rejects with the composer's, the renderer's or the bridge's error.
 */
export async function runPdfExport(input: PdfExportInput): Promise<ExportPdfResult> {
  const { bridge, signal } = input;
  input.onStage('composing');
  await yieldToPage();
  if (signal.aborted) return CANCELLED;
  const fonts = await input.loadFonts();
  if (signal.aborted) return CANCELLED;
  const model = composeBrief({
    articles: input.articles,
    annotations: input.annotations,
    brief: input.brief,
    exportedAt: (input.now ?? (() => new Date().toISOString()))(),
    analyst: input.analyst,
  });
  // A browser's print view adds no header or footer of ours, so the document draws its own.
  const html = renderBriefHtml(model, { fonts });
  await yieldToPage();
  if (signal.aborted) return CANCELLED;

  input.onStage('printing');
  const stop = () => void bridge.cancelExport().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await bridge.exportPdf({ html, suggestedName: `${fileStem(model.title)}.pdf`, title: model.title, paper: model.paper, author: model.analyst });
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
