/**
 * The bridge for a plain browser (the e2e tests, and reviewers without the desktop app):
 * the same contract as the Electron preload, done with what a web page may do.
 */
import type { AppCommand } from '../../app/platform/app-commands';
import type { BriefingDeskBridge, ExportPdfRequest, ExportPdfResult, SaveFileRequest, SaveFileResult } from '../../app/platform/ipc-contract';
import { exportPdfRequestSchema, saveFileRequestSchema } from '../../app/platform/ipc-contract';
import { browserDesktopMethods } from './browser-desktop';
import { adoptInlineStyles } from './print-view-styles';

/**
 * A browser bridge. `openWindow` is the page's `window.open`, a parameter so tests can
 * see what is opened.
 */
export function createBrowserBridge(openWindow: typeof window.open = window.open.bind(window)): BriefingDeskBridge {
  return {
    kind: 'browser',
    ...browserDesktopMethods(openWindow),
    async exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult> {
      const { html } = exportPdfRequestSchema.parse(request);
      // The brief opens as its own document in a print view; Chromium's print engine
      // makes the PDF from it, as the desktop app's hidden window does.
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      const view = openWindow(url, '_blank');
      if (!view) {
        URL.revokeObjectURL(url);
        throw new Error('The print view could not open: allow pop-up windows for this page and export again.');
      }
      view.addEventListener(
        'load',
        () => {
          adoptInlineStyles(view);
          view.print();
        },
        { once: true },
      );
      return { status: 'opened' };
    },
    async cancelExport(): Promise<void> {
      // The print view opened as exportPdf returned: nothing is left running to stop.
    },
    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      const { suggestedName, mimeType, content } = saveFileRequestSchema.parse(request);
      // A page cannot choose where files go: the browser's downloads take it.
      const url = URL.createObjectURL(new Blob([typeof content === 'string' ? content : content.slice()], { type: typeof content === 'string' ? `${mimeType};charset=utf-8` : mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      // Revoked later, not now: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'downloaded' };
    },
    onDidRequestCommand(_listener: (command: AppCommand) => void): () => void {
      // A browser has no native menu: commands come from the page's own buttons and keys.
      return () => {};
    },
    async setCommandStates(): Promise<void> {
      // No native menu to update: the page's own buttons show their state.
    },
  };
}
