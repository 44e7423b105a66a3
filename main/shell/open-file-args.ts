/**
 * Which files the OS asked the app to open, and what to do with each: from the command line of
 * a first or second launch (Windows and Linux file associations pass the path as an argument)
 * or macOS's `open-file` event. Briefs and article files are opened; each is read with a size
 * limit and handed to the renderer as `{name, text}` (a PDF as `{name, bytes}`), never as a path.
 */
import { basename, extname, resolve } from 'node:path';
import { MAX_OPENED_FILE_BYTES, type OpenedFile } from '../../app/platform/desktop-contract';
import { readLimitedBytes, readLimitedText } from '../files/backup-store';
import { MAX_PDF_BYTES } from '../../app/pdf/pdf-limits';

/** File endings the app opens from the OS: briefs, and the articles `Import article` reads. */
export const OPENABLE_EXTENSIONS = ['.brief', '.pdf', '.txt', '.md', '.markdown', '.html', '.htm'] as const;

/**
 * The file paths in a launch's arguments, absolute. `argv` is `process.argv` (or a second
 * instance's `commandLine`); `skip` is how many leading entries are the executable (and, when
 * run from sources, the app folder). Switches (`--x`, and Chromium's own) and anything after
 * `--` ending the options are told apart from paths.
 */
export function pathsFromArgv(argv: readonly string[], skip: number, workingDirectory: string): string[] {
  return argv
    .slice(skip)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => resolve(workingDirectory, arg));
}

/** How many leading `process.argv` entries are not user arguments: the executable, and the app folder when unpackaged. */
export function leadingArgs(isPackaged: boolean): number {
  return isPackaged ? 1 : 2;
}

/** What the app does with a path the OS handed it: a brief merges, an article goes to the import preview. */
export type FileRoute = { readonly kind: 'brief' } | { readonly kind: 'article' } | { readonly kind: 'unsupported'; readonly reason: string };

/** The route of `path` by its ending (any case); anything else is refused with a reason the user can read. */
export function routeOpenedPath(path: string): FileRoute {
  const extension = extname(path).toLowerCase();
  if (extension === '.brief') return { kind: 'brief' };
  if ((OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'article' };
  return { kind: 'unsupported', reason: `Briefing Desk opens .brief files and articles (.pdf, .txt, .md, .markdown, .html, .htm) from the system; ${basename(path)} is neither.` };
}

/**
 * Reads a file the OS asked to open, refusing one over its kind's size limit before reading
 * it: a PDF as its bytes (up to `MAX_PDF_BYTES`), anything else as its text.
 */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
  if (extname(path).toLowerCase() === '.pdf') return { name, bytes: await readLimitedBytes(path, MAX_PDF_BYTES, `The file ${name}`) };
  return { name, text: await readLimitedText(path, MAX_OPENED_FILE_BYTES, `The file ${name}`) };
}

/**
 * Holds files opened before the window can receive them (macOS sends `open-file` before
 * `ready`; a launch's arguments arrive before the page has loaded) and delivers them in order
 * once a receiver is attached.
 */
export class OpenFileQueue<T> {
  private pending: T[] = [];
  private receiver: ((item: T) => void) | undefined;

  /** Delivers `item` now if a receiver is attached, else keeps it for `attach`. */
  push(item: T): void {
    if (this.receiver) this.receiver(item);
    else this.pending.push(item);
  }

  /** Sets the receiver (the loaded window) and hands it everything held so far. */
  attach(receiver: (item: T) => void): void {
    this.receiver = receiver;
    const held = this.pending;
    this.pending = [];
    for (const item of held) receiver(item);
  }

  /** Forgets the receiver (its window closed); later items wait for the next one. */
  detach(): void {
    this.receiver = undefined;
  }
}
