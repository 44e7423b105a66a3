/**
 * Writes a file so that readers only ever see the old content or the whole new content: the
 * bytes go to a temporary file in the same folder (same file system, so the rename is atomic),
 * are flushed to disk, then the temporary file is renamed over the target. On failure the
 * temporary file is removed and the target is left as it was.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Replaces `path` with `data` atomically; rejects with the file system's error on failure. */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const folder = dirname(path);
  // Hidden and unique, so it neither shows up in the user's folder view nor collides.
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Flushes the folder entry so the rename itself survives a power cut. Windows cannot open a
 * folder for flushing (and commits renames with the metadata journal), so it is skipped there.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
