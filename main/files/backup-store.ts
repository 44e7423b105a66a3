/**
 * The backups folder main owns (userData/backups): writes each backup atomically (a crash
 * mid-write never damages the last good one), keeps the newest ten, lists them, and reads back
 * only files it named itself, within a size limit. Plain Node, tested with real folders.
 */
import { mkdir, open, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BACKUP_NAME_PATTERN,
  MAX_BACKUP_LENGTH,
  type BackupInfo,
  type BackupReason,
  type SaveBackupRequest,
  type SaveBackupResult,
} from '../../app/platform/desktop-contract';
import { errorMessage } from '../../app/model/error-message';

/** How many backups the folder keeps. */
export const BACKUPS_KEPT = 10;

/** Writes `data` to `path` atomically (node/atomic-write.ts; a parameter so tests can make it fail). */
export type WriteFile = (path: string, data: Uint8Array) => Promise<void>;

/** A backup's file name: its UTC time to the millisecond (so names sort by age) and why it was made. */
export function backupFileName(time: Date, reason: BackupReason): string {
  const stamp = time.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `briefing-desk-${stamp}-${reason}.bdbackup`;
}

/** The names of `names` to delete so only the newest `keep` backups remain; other files are never named. */
export function backupsToRemove(names: readonly string[], keep: number = BACKUPS_KEPT): string[] {
  const backups = names.filter((name) => BACKUP_NAME_PATTERN.test(name)).sort().reverse();
  return backups.slice(keep);
}

/** A write error as words the analyst can act on. */
export function describeWriteError(error: unknown, folder: string): string {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `the disk is full. Free some space on the disk holding ${folder} and back up again.`;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `the app may not write to ${folder}. Check that folder's permissions and back up again.`;
  if (code === 'ENOTDIR' || code === 'EEXIST') return `${folder} is not a folder. Move the file of that name away and back up again.`;
  return `${errorMessage(error)}.`;
}

/** What `saveBackup` needs besides the request. */
export interface SaveBackupOptions {
  readonly folder: string;
  readonly writeFile: WriteFile;
  readonly now?: Date;
  readonly keep?: number;
}

/**
 * Writes a backup into the folder (creating it), then removes the oldest beyond `keep`. On a
 * failed write the folder is as it was and the error says why in words; rotation runs only
 * after the new backup is safely on disk.
 */
export async function saveBackup(request: SaveBackupRequest, options: SaveBackupOptions): Promise<SaveBackupResult> {
  const name = backupFileName(options.now ?? new Date(), request.reason);
  try {
    await mkdir(options.folder, { recursive: true });
    // Ten copies of the same data would push older, different backups out: an unchanged
    // database is not written again.
    const [newest] = backupsToRemove(await readdir(options.folder), 0);
    const hash = manifestHash(request.text);
    if (newest !== undefined && hash !== undefined && (await storedManifestHash(join(options.folder, newest))) === hash) {
      return { name: newest, folder: options.folder, unchanged: true };
    }
    await options.writeFile(join(options.folder, name), new TextEncoder().encode(request.text));
  } catch (error) {
    throw new Error(`The backup was not saved: ${describeWriteError(error, options.folder)} Nothing already saved was lost.`, { cause: error });
  }
  for (const old of backupsToRemove(await readdir(options.folder), options.keep)) {
    await rm(join(options.folder, old), { force: true });
  }
  return { name, folder: options.folder };
}

/** The `sha256` a backup's first line (its manifest) gives for its data; `undefined` when it has none. */
export function manifestHash(text: string): string | undefined {
  const newline = text.indexOf('\n');
  try {
    const manifest: unknown = JSON.parse(newline < 0 ? text : text.slice(0, newline));
    const hash = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'sha256') : undefined;
    return typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? hash : undefined;
  } catch {
    return undefined;
  }
}

/** The manifest hash of a stored backup, reading only its start (manifests are small). */
async function storedManifestHash(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(16_384);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return manifestHash(new TextDecoder().decode(buffer.subarray(0, bytesRead)));
  } finally {
    await handle.close();
  }
}

/** The backups in `folder`, newest first; none when the folder does not exist yet. */
export async function listBackups(folder: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (Reflect.get(error as object, 'code') === 'ENOENT') return [];
    throw error;
  }
  const backups = names.filter((name) => BACKUP_NAME_PATTERN.test(name)).sort().reverse();
  return Promise.all(
    backups.map(async (name) => {
      const info = await stat(join(folder, name));
      return { name, bytes: info.size, modifiedAt: info.mtime.toISOString() };
    }),
  );
}

/**
 * Reads a file's bytes if it is at most `maxBytes` long; a bigger one is refused before reading,
 * so a huge or endless file (a device, a pipe) cannot exhaust memory.
 */
export async function readLimitedBytes(path: string, maxBytes: number, what: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${what} is not a file.`);
  if (info.size > maxBytes) throw new Error(`${what} is too large (${info.size} bytes; the limit is ${maxBytes}).`);
  return new Uint8Array(await readFile(path));
}

/** Reads a file's UTF-8 text under the same limit as {@link readLimitedBytes}. */
export async function readLimitedText(path: string, maxBytes: number, what: string): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(path, maxBytes, what));
}

/** One backup's text, by a name `listBackups` gave; any other name is refused. */
export async function readBackup(folder: string, name: string): Promise<string> {
  if (!BACKUP_NAME_PATTERN.test(name)) throw new Error(`"${name}" is not a backup of this app.`);
  return readLimitedText(join(folder, name), MAX_BACKUP_LENGTH, `The backup ${name}`);
}
