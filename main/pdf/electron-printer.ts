/**
 * The `Printer` adapter for the desktop app: Chromium's print engine through
 * `webContents.printToPDF`, in a hidden window that can do nothing but lay out the brief —
 * sandboxed, JavaScript off, no preload, an in-memory session that loads nothing but the page
 * being printed and its `data:` fonts (`PrintRequestGate`).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { Printer } from '../../app/platform/printer';
import { lockDownSession } from '../security/lockdown';
import { printToPdfOptions } from './print-to-pdf-options';
import { PrintRequestGate } from './print-request-gate';
import { withPdfMetadata } from '../../app/brief/pdf-metadata';
import { errorMessage } from '../../app/model/error-message';

/** No `persist:` prefix: the print session lives in memory and is forgotten on quit. */
const PRINT_PARTITION = 'briefing-desk-print';

/**
 * A Printer that prints through hidden Electron windows. Call after the app is ready. The HTML
 * goes through a temporary file rather than a data URL, because Chromium refuses URLs over
 * 2 MB and a brief with its whole article can be larger.
 */
export function createElectronPrinter(): Printer {
  const printSession = session.fromPartition(PRINT_PARTITION);
  lockDownSession(printSession);
  const gate = new PrintRequestGate();
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !gate.allows(details.url) }));

  return {
    async print(html, options, signal) {
      signal?.throwIfAborted();
      const folder = await mkdtemp(join(tmpdir(), 'briefing-desk-print-'));
      const window = new BrowserWindow({
        show: false,
        webPreferences: {
          partition: PRINT_PARTITION,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          webSecurity: true,
          spellcheck: false,
        },
      });
      // Cancelling destroys the window, which makes loading or printing reject at once.
      const stop = () => window.destroy();
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const file = join(folder, 'brief.html');
        await writeFile(file, html, 'utf8');
        const close = gate.open(pathToFileURL(file).href);
        try {
          await window.loadFile(file);
          return await withPdfMetadata(new Uint8Array(await window.webContents.printToPDF(printToPdfOptions(options))), options);
        } finally {
          close();
        }
      } catch (error) {
        throw new Error(`Could not print the brief: ${errorMessage(error)}`, { cause: error });
      } finally {
        signal?.removeEventListener('abort', stop);
        if (!window.isDestroyed()) window.destroy();
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
