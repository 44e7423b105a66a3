/**
 * Export PDF, as main runs it for the renderer: ask where to save, print the brief HTML, write
 * the bytes atomically. The dialog, the printer and the writer are ports, so this is tested
 * with a fake printer and real folders; main passes Electron's dialog and printer.
 */
import { basename } from 'node:path';
import type { ExportPdfRequest, ExportPdfResult } from '../app/ipc-contract';
import type { PaperSize, Printer } from '../app/printer';

/** What exporting needs from the platform. */
export interface ExportPdfPorts {
  /** Asks the user where to save, offering `suggestedName`; `undefined` when they cancel. */
  readonly chooseSavePath: (suggestedName: string) => Promise<string | undefined>;
  /** Turns the HTML into PDF bytes. */
  readonly printer: Printer;
  /** Writes the bytes so a failure leaves no half-written file (see `writeFileAtomic`). */
  readonly writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** The paper to print on. */
  readonly paper: PaperSize;
}

/**
 * Exports `request` as a PDF file the user picks. Resolves `{status:'cancelled'}` when the
 * dialog is cancelled (nothing printed, nothing written), `{status:'saved', fileName}` once the
 * file is complete on disk; rejects with the printer's or the file system's error otherwise.
 */
export async function exportPdf(request: ExportPdfRequest, ports: ExportPdfPorts): Promise<ExportPdfResult> {
  const chosen = await ports.chooseSavePath(request.suggestedName);
  if (chosen === undefined || chosen === '') return { status: 'cancelled' };
  const path = withPdfExtension(chosen);
  // The request has no marking yet (app/ipc-contract.ts), so the page header stays empty and
  // the brief HTML carries the marking in its own body.
  const bytes = await ports.printer.print(request.html, { paper: ports.paper, title: request.title, marking: '' });
  await ports.writeFile(path, bytes);
  return { status: 'saved', fileName: basename(path) };
}

/** `path` ending in `.pdf`: Linux save dialogs do not add the extension the filter names. */
function withPdfExtension(path: string): string {
  return path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`;
}
