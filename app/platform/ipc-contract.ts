/**
 * The IPC contract: the one interface through which the renderer reaches the platform
 * (the page global `briefingDesk`). The Electron preload implements it over IPC; the browser bridge
 * implements it with downloads and a print view. Channel names and argument schemas live
 * here and nowhere else, so main and preload cannot drift apart.
 */
import { z } from 'zod';
import type { AppCommand, CommandStates } from './app-commands';
import type { BackupFile, BackupInfo, OpenedFile, SaveBackupRequest, SaveBackupResult } from './desktop-contract';

/** Longest HTML document the renderer may hand to the printer (50 MB of text). */
export const MAX_PRINT_HTML_LENGTH = 50_000_000;

/** Whether `name` is a file name without folders or characters file systems refuse, ending in .pdf. */
function isPlainPdfName(name: string): boolean {
  return name.endsWith('.pdf') && name.length > 4 && !/[/\\:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20);
}

/** What the renderer asks for when the analyst exports a PDF. */
export const exportPdfRequestSchema = z
  .object({
    /** The self-contained brief HTML (see `renderBriefHtml`). */
    html: z.string().min(1).max(MAX_PRINT_HTML_LENGTH),
    /** File name offered in the save dialog, without folders. */
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .refine(isPlainPdfName, 'must be a plain file name ending in .pdf'),
    /** Document title written into the PDF's metadata. */
    title: z.string().max(500),
    /** The analyst, written into the PDF's metadata as its author. */
    author: z.string().max(200).optional(),
    /** The paper the brief asks for; the region's usual paper when absent. */
    paper: z.enum(['a4', 'letter']).optional(),
  })
  .strict();

/** The argument of `cancelExport`: nothing but an empty object (IPC handlers take exactly one). */
export const cancelExportRequestSchema = z.object({}).strict();

/** What the renderer asks for when the analyst exports a PDF. */
export type ExportPdfRequest = z.infer<typeof exportPdfRequestSchema>;

/** How an export ended: written to a file, handed to a print view, or cancelled by the user. */
export type ExportPdfResult =
  | { readonly status: 'saved'; readonly fileName: string }
  | { readonly status: 'opened' }
  | { readonly status: 'cancelled' };

/** Longest file the renderer may hand over for saving (a `.brief` file's limit, 20 MB of text). */
export const MAX_SAVE_FILE_LENGTH = 20_000_000;

/** File-name endings `saveFile` writes, and the MIME type each is saved with. */
export const SAVE_FILE_TYPES = {
  '.brief': 'application/json',
  '.jsonld': 'application/ld+json',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.qdpx': 'application/zip',
} as const;

/** Longest binary file (a Word brief, a REFI-QDA project) the renderer may hand over, in bytes. */
export const MAX_SAVE_FILE_BYTES = 100_000_000;

/** Whether `name` is a file name without folders or characters file systems refuse, ending in one of `SAVE_FILE_TYPES`. */
function isPlainSaveName(name: string): boolean {
  const extension = Object.keys(SAVE_FILE_TYPES).find((ext) => name.endsWith(ext));
  return !!extension && name.length > extension.length && !/[/\\:*?"<>|]/.test(name) && ![...name].some((c) => c.charCodeAt(0) < 0x20) && !name.startsWith('.');
}

/** What the renderer asks for when the analyst exports a file (`.brief`, JSON-LD, Markdown, CSV, Word, REFI-QDA). */
export const saveFileRequestSchema = z
  .object({
    /** File name offered in the save dialog, without folders. */
    suggestedName: z.string().min(1).max(200).refine(isPlainSaveName, 'must be a plain file name ending in .brief, .jsonld, .md, .csv, .docx or .qdpx'),
    mimeType: z.enum(Object.values(SAVE_FILE_TYPES)),
    /** The file's text, written as UTF-8, or its bytes (a Word document, a ZIP). */
    content: z.union([z.string().max(MAX_SAVE_FILE_LENGTH), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_SAVE_FILE_BYTES, 'is too large')]),
  })
  .strict();

/** What the renderer asks for when the analyst exports a text file. */
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

/** How a save ended: written where the user chose, handed to the browser's downloads, or cancelled. */
export type SaveFileResult = { readonly status: 'saved'; readonly fileName: string } | { readonly status: 'downloaded' } | { readonly status: 'cancelled' };

/** The platform as the renderer sees it. Every method returns a Promise; events are `onDid…`. */
export interface BriefingDeskBridge {
  /** Which implementation this is; the UI words a few messages differently. */
  readonly kind: 'electron' | 'browser';
  /** Turns brief HTML into a PDF the analyst keeps (Electron: save dialog, then print to file). */
  exportPdf(request: ExportPdfRequest): Promise<ExportPdfResult>;
  /**
   * Stops the export in progress, if any: Electron destroys the print window and writes no
   * file, and the pending `exportPdf` resolves `{status: 'cancelled'}`. The browser's print view
   * opens at once, so there it has nothing to stop.
   */
  cancelExport(): Promise<void>;
  /** Saves a file the analyst keeps (Electron: save dialog, then an atomic write; browser: a download). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Subscribes to commands from the native menu; returns the disposer. */
  onDidRequestCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Tells the platform which commands can run now and what Undo and Redo would do, so the
   * native menu disables what nothing handles and names the step (browser: nothing to tell).
   */
  setCommandStates(states: CommandStates): Promise<void>;
  /** Keeps a database backup (Electron: atomic write into userData/backups, last 10 kept; browser: a download). */
  saveBackup(request: SaveBackupRequest): Promise<SaveBackupResult>;
  /** The kept backups, newest first (browser: none). */
  listBackups(): Promise<readonly BackupInfo[]>;
  /** One kept backup's text, by a name from `listBackups`. */
  readBackup(name: string): Promise<string>;
  /** Lets the analyst pick a backup file; `undefined` when they cancel. */
  chooseBackup(): Promise<BackupFile | undefined>;
  /** Opens an http(s) link the analyst clicked in the system browser; other links are refused. */
  openExternal(url: string): Promise<void>;
  /**
   * The name of the operating system account the app runs under, the analyst's name until
   * they give one (browser: undefined, a page cannot know it).
   */
  osAccountName(): Promise<string | undefined>;
  /** Answers a `back-up-before-quit` command without a backup (nothing worth keeping), so quitting need not wait. */
  skipQuitBackup(): Promise<void>;
  /** Subscribes to `.brief` files the OS asks the app to open; returns the disposer. */
  onDidOpenFile(listener: (file: OpenedFile) => void): () => void;
}

/** IPC channel names: used by the preload and main only, through this object. */
export const IPC_CHANNELS = {
  exportPdf: 'briefing-desk:export-pdf',
  cancelExport: 'briefing-desk:cancel-export',
  saveFile: 'briefing-desk:save-file',
  command: 'briefing-desk:command',
  commandStates: 'briefing-desk:command-states',
  saveBackup: 'briefing-desk:save-backup',
  listBackups: 'briefing-desk:list-backups',
  readBackup: 'briefing-desk:read-backup',
  chooseBackup: 'briefing-desk:choose-backup',
  openExternal: 'briefing-desk:open-external',
  osAccountName: 'briefing-desk:os-account-name',
  openFile: 'briefing-desk:open-file',
  openFileReady: 'briefing-desk:open-file-ready',
  skipQuitBackup: 'briefing-desk:skip-quit-backup',
} as const;
