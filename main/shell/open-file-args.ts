/**
 * Which files the OS asked the app to open, and what to do with each: from the command line of
 * a first or second launch (Windows and Linux file associations pass the path as an argument)
 * or macOS's `open-file` event. Only `.brief` files are opened; each is read with a size limit
 * and handed to the renderer as `{name, text}`, never as a path.
 */
import { basename, extname, resolve } from 'node:path';
import { MAX_OPENED_FILE_BYTES, type OpenedFile } from '../../app/platform/desktop-contract';
import { readLimitedText } from '../files/backup-store';

/** File endings the app opens from the OS. */
export const OPENABLE_EXTENSIONS = ['.brief'] as const;

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

/** What the app does with a path the OS handed it. */
export type FileRoute = { readonly kind: 'brief' } | { readonly kind: 'unsupported'; readonly reason: string };

/** The route of `path`: a `.brief` opens; anything else is refused with a reason the user can read. */
export function routeOpenedPath(path: string): FileRoute {
  const extension = extname(path).toLowerCase();
  if ((OPENABLE_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'brief' };
  return { kind: 'unsupported', reason: `Briefing Desk opens .brief files from the system; import ${basename(path)} with File › Import article… instead.` };
}

/** Reads a `.brief` the OS asked to open, refusing files over the format's size limit. */
export async function readOpenedFile(path: string): Promise<OpenedFile> {
  const name = basename(path);
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
