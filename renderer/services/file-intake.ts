/**
 * One way in for files, whichever way they come — dropped on the window, opened by the OS
 * (double-click, Open Recent, a second launch) or picked in a file chooser: each is handed
 * to the importer registered for its type, and a file no importer takes gets one message.
 */

/** An importer of one kind of file. */
export interface FileImporter {
  /** Whether this importer takes a file of this name (by its extension). */
  readonly accepts: (fileName: string) => boolean;
  /** Reads and imports the file, reporting its own outcome. */
  readonly open: (file: File) => unknown;
}

/** What the analyst reads when no importer takes a file. */
export function notOpenedMessage(name: string): string {
  return `“${name}” cannot be imported: only .txt, .md, .markdown, .html and .htm files are read as articles, and .brief files as briefs. Nothing was changed.`;
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
   * Hands `file` to the first importer that takes it; false when none does, after `refuse`
   * has been told the message to show.
   */
  deliver(file: File, refuse: (message: string) => void): boolean {
    for (const importer of this.importers) {
      if (!importer.accepts(file.name)) continue;
      void importer.open(file);
      return true;
    }
    refuse(notOpenedMessage(file.name));
    return false;
  }
}
