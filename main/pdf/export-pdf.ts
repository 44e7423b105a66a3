/**
 * Export PDF, as main runs it for the renderer: ask where to save, print the brief HTML, write
 * the bytes atomically. The dialog, the printer and the writer are ports, so this is tested
 * with a fake printer and real folders; main passes Electron's dialog and printer.
 */
import { basename } from 'node:path';
import type { ExportPdfRequest, ExportPdfResult } from '../../app/platform/ipc-contract';
import type { Printer } from '../../app/platform/printer';
import type { PaperSize } from '../../app/model/paper-size';

/** What exporting needs from the platform. */
export interface ExportPdfPorts {
  /** Asks the user where to save, offering `suggestedName`; `undefined` when they cancel. */
  readonly chooseSavePath: (suggestedName: string) => Promise<string | undefined>;
  /** Turns the HTML into PDF bytes. */
  readonly printer: Printer;
  /** Writes the bytes so a failure leaves no half-written file (see `writeFileAtomic`). */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** The paper to print on when the request names none. */
  readonly paper: PaperSize;
  /** Aborted when the user cancels the export (`cancelExport`). */
  readonly signal?: AbortSignal;
}

/**
 * Exports `request` as a PDF file the user picks, on the request's paper. Resolves `{status:'cancelled'}` when the dialog is cancelled or `signal`
 * aborts before the file is written (nothing written), `{status:'saved', fileName}` once the
 * file is complete on disk; rejects with the printer's or the file system's error otherwise.
 */
export async function exportPdf(request: ExportPdfRequest, ports: ExportPdfPorts): Promise<ExportPdfResult> {
  const { signal } = ports;
  const chosen = await ports.chooseSavePath(request.suggestedName);
  if (chosen === undefined || chosen === '' || signal?.aborted) return { status: 'cancelled' };
  const path = withPdfExtension(chosen);
  const options = { paper: request.paper ?? ports.paper, title: request.title, author: request.author };
  let bytes: Uint8Array;
  try {
    bytes = await ports.printer.print(request.html, options, signal);
  } catch (error) {
    // A cancelled print fails by design (its window is destroyed): that is no error to report.
    if (signal?.aborted) return { status: 'cancelled' };
    throw error;
  }
  if (signal?.aborted) return { status: 'cancelled' };
  await ports.writeFile(path, bytes);
  return { status: 'saved', fileName: basename(path) };
}

/** `path` ending in `.pdf`: Linux save dialogs do not add the extension the filter names. */
function withPdfExtension(path: string): string {
  return path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`;
}
