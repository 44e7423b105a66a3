/**
 * The `Printer` adapter for the command line, the bench and tests: Chromium's print engine
 * through playwright-core, with the system Chromium (Playwright cannot download browsers here).
 * The browser starts at the first print and serves every print after it until `close` (in the
 * bench, a first print of 2.5–2.7 s against 2.0–2.5 s after); each print gets a fresh context
 * with JavaScript off and every request refused, so the brief can only be laid out, and nothing
 * carries from one to the next.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Printer, PrintOptions } from '../app/platform/printer';
import { withPdfMetadata } from '../app/brief/pdf-metadata';
import { errorMessage } from '../app/model/error-message';

/** Debian's Chromium, the browser this project is tested with. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from reaching any network or service. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Thrown when no Chromium can be found; its message says where it looked and what to do. */
export class ChromiumNotFoundError extends Error {
  override readonly name = 'ChromiumNotFoundError';
}

/** Where to look for Chromium; the defaults are the real environment. */
export interface ChromiumLookup {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly exists?: (path: string) => boolean;
  /** Playwright's own Chromium, if it has one installed (undefined if not). */
  readonly playwrightChromium?: () => string | undefined;
}

/** Playwright's own Chromium path, or undefined when Playwright has none. */
function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium to print with: `CHROMIUM_PATH` when set (which must exist — a wrong setting is
 * an error, not a reason to pick another browser), else `/usr/bin/chromium`, else Playwright's
 * own. Throws ChromiumNotFoundError naming the places it tried.
 */
export function resolveChromiumPath(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (exists(configured)) return configured;
    throw new ChromiumNotFoundError(`CHROMIUM_PATH is set to ${configured}, but there is no file there.`);
  }
  if (exists(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = (lookup.playwrightChromium ?? playwrightChromiumPath)();
  if (bundled && exists(bundled)) return bundled;
  throw new ChromiumNotFoundError(
    `No Chromium found: CHROMIUM_PATH is not set, ${SYSTEM_CHROMIUM} does not exist, and Playwright has no browser installed. ` +
      'Install Chromium (e.g. apt-get install chromium) or set CHROMIUM_PATH to its executable.',
  );
}

/**
 * How to launch Chromium for `executablePath`: with its sandbox, unless this process runs as
 * root (`uid` 0), where Chromium will not start sandboxed; Playwright turns it off unless asked.
 */
export function chromiumLaunchOptions(executablePath: string, uid: number | undefined = process.getuid?.()) {
  return { executablePath, args: [...CHROMIUM_ARGS], chromiumSandbox: uid !== 0 };
}

/** `page.pdf` options for a brief: the same choices as the Electron adapter's `printToPDF`. */
export function chromiumPdfOptions(options: PrintOptions) {
  return {
    format: options.paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    outline: true,
    tagged: true,
    // The marking and page numbers are the brief's own page-margin boxes (app/brief/brief-styles.ts).
    displayHeaderFooter: false,
  } as const;
}

/** A Printer that keeps its browser between prints; `close` ends it (a later print starts another). */
export interface ChromiumPrinter extends Printer {
  close(): Promise<void>;
}

/**
 * A Printer using Chromium through playwright-core. The browser is looked up at the first
 * print (see `resolveChromiumPath`), so creating the printer never fails; printing rejects with
 * ChromiumNotFoundError when there is none, and with an Error saying what failed otherwise. A
 * browser that has crashed or was closed is started afresh at the next print.
 */
export function createChromiumPrinter(lookup: ChromiumLookup = {}): ChromiumPrinter {
  let running: Promise<Browser> | undefined;
  const browser = (): Promise<Browser> => {
    running ??= (async () => {
      const executablePath = resolveChromiumPath(lookup);
      try {
        const launched = await chromium.launch(chromiumLaunchOptions(executablePath));
        launched.on('disconnected', () => (running = undefined));
        return launched;
      } catch (error) {
        throw new Error(`Could not start Chromium at ${executablePath}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { cause: error });
      }
    })().catch((error: unknown) => {
      running = undefined;
      throw error;
    });
    return running;
  };
  return {
    async print(html, options) {
      const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        // The brief is self-contained; anything it would fetch is refused, not fetched.
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await withPdfMetadata(new Uint8Array(await page.pdf(chromiumPdfOptions(options))), options);
      } catch (error) {
        throw new Error(`Could not print the brief: ${errorMessage(error)}`, { cause: error });
      } finally {
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      const current = running;
      running = undefined;
      if (current) await (await current.catch(() => undefined))?.close();
    },
  };
}
