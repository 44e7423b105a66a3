/**
 * The desktop shell's part of the IPC contract: database backups kept by main, links opened in
 * the system browser, and `.brief` files the OS hands the app. Schemas and types only; the
 * bridge methods and channel names that use them are in `ipc-contract.ts`.
 */
import { isWebLink } from '../model/web-address';
import { z } from 'zod';

/** Longest backup file main writes or reads (500 MB of text: years of annotations). */
export const MAX_BACKUP_LENGTH = 500_000_000;

/** Longest `.brief` file main reads when the OS opens one (the `.brief` format's 20 MB limit). */
export const MAX_OPENED_FILE_BYTES = 20_000_000;

/** Why a backup was made; part of its file name, so the analyst sees which ones they made. */
export const BACKUP_REASONS = ['manual', 'automatic', 'quit', 'upgrade'] as const;

/** Why a backup was made. */
export type BackupReason = (typeof BACKUP_REASONS)[number];

/**
 * Backup file names main writes: `briefing-desk-<UTC time>-<reason>.bdbackup`. Only such names
 * are read back, so a renderer request can never name another file.
 */
export const BACKUP_NAME_PATTERN = /^briefing-desk-\d{8}T\d{6}\d{3}Z-(manual|automatic|quit|upgrade)\.bdbackup$/;

/** What the renderer hands main to keep: the whole backup file's text (see renderer/storage/backup-file.ts). */
export const saveBackupRequestSchema = z
  .object({
    text: z.string().min(1).max(MAX_BACKUP_LENGTH),
    reason: z.enum(BACKUP_REASONS),
  })
  .strict();

/** What the renderer hands main to keep. */
export type SaveBackupRequest = z.infer<typeof saveBackupRequestSchema>;

/** Where a backup went: its file name in the backups folder, and that folder, for messages. */
export interface SaveBackupResult {
  readonly name: string;
  readonly folder: string;
  /** True when nothing changed since the newest backup, so it was not written again. */
  readonly unchanged?: boolean;
}

/** A backup in the backups folder, newest first in lists. */
export interface BackupInfo {
  readonly name: string;
  readonly bytes: number;
  /** When it was written, ISO 8601. */
  readonly modifiedAt: string;
}

/** A request that carries nothing (list, choose): still one strict object, so extra data is refused. */
export const emptyRequestSchema = z.object({}).strict();

/** Which backup to read: a name from `listBackups`. */
export const readBackupRequestSchema = z
  .object({ name: z.string().regex(BACKUP_NAME_PATTERN, 'must be a backup file name from the backups folder') })
  .strict();

/** A backup file the analyst picked in a dialog, or the newest one read for a restore. */
export interface BackupFile {
  readonly name: string;
  readonly text: string;
}

/** A link the analyst clicked in an article's source field, for the system browser. */
export const openExternalRequestSchema = z
  .object({ url: z.string().max(2048).refine(isWebLink, 'must be an http or https link') })
  .strict();

/**
 * A file the OS asked the app to open (double-click, Open with, command line, second launch),
 * handed over by name and content, never by path: a `.brief` or a text article as its text, a
 * PDF as its bytes.
 */
export type OpenedFile = { readonly name: string; readonly text: string } | { readonly name: string; readonly bytes: Uint8Array };
