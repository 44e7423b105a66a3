/**
 * One way in for files, whichever way they come — dropped on the window, opened by the OS
 * (double-click, Open Recent, a second launch) or picked in a file chooser: each is handed
 * to the importer registered for its type, and a file no importer takes gets one message.
 */

import { MAX_PDF_BYTES } from '../../app/pdf/pdf-limits';

/** An importer of one kind of file. */
export interface FileImporter {
  /** Whether this importer takes a file of this name (by its extension). */
  readonly accepts: (fileName: string) => boolean;
  /** Reads and imports the file, reporting its own outcome. */
  readonly open: (file: File) => unknown;
}

/** What the analyst reads when no importer takes a file. */
export function notOpenedMessage(name: string): string {
  return `“${name}” cannot be imported: only .txt, .md, .markdown, .html, .htm and .pdf files are read as articles, .brief files as briefs and .qdpx files as REFI-QDA projects. Nothing was changed.`;
}

/**
 * Largest file read, in bytes, checked before a byte is read: the largest any importer takes
 * (a PDF's limit; a brief file's text stops at 20 million characters), so a refusal here is for
 * files no importer could take, before they fill the memory.
 */
export const MAX_FILE_BYTES = MAX_PDF_BYTES;

/** What the analyst reads when a file is too large to read. */
export function tooLargeMessage(name: string, bytes: number): string {
  return `“${name}” is too large to import (${(bytes / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB). Nothing was changed.`;
}

/** The router. One per window. */
export class FileIntake {
  private readonly importers = new Set<FileImporter>();

  /** Adds an importer until the returned disposer is called. */
  register(importer: FileImporter): () => void {
    this.importers.add(importer);
    return () => this.importers.delete(importer);
  }

  /**
   * Hands `file` to the first importer that takes it; false when none does, or when the file
   * is larger than `MAX_FILE_BYTES`, after `refuse` has been told the message to show.
   */
  deliver(file: File, refuse: (message: string) => void): boolean {
    if (file.size > MAX_FILE_BYTES) {
      refuse(tooLargeMessage(file.name, file.size));
      return false;
    }
    for (const importer of this.importers) {
      if (!importer.accepts(file.name)) continue;
      void importer.open(file);
      return true;
    }
    refuse(notOpenedMessage(file.name));
    return false;
  }
}
