/**
 * The Open Recent list: the `.brief` files opened lately, newest first, at most ten, kept in
 * userData/recent-files.json. macOS and Windows also get them through the OS
 * (app.addRecentDocument); Linux has only this list, shown in the File menu.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

/** How many recent files the menu shows. */
export const RECENT_FILES_KEPT = 10;

const recentFilesSchema = z.array(z.string().min(1).max(4096)).max(100);

/** `list` with `path` moved (or added) to the front, without duplicates, at most `RECENT_FILES_KEPT`. */
export function addRecentFile(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((entry) => entry !== path)].slice(0, RECENT_FILES_KEPT);
}

/** The list in `text`: absolute paths only; an unreadable or damaged file gives an empty list. */
export function parseRecentFiles(text: string): string[] {
  try {
    const parsed = recentFilesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.filter((path) => isAbsolute(path)).slice(0, RECENT_FILES_KEPT) : [];
  } catch {
    return [];
  }
}

/** Reads the list file; empty when it does not exist. */
export async function loadRecentFiles(path: string): Promise<string[]> {
  try {
    return parseRecentFiles(await readFile(path, 'utf8'));
  } catch {
    return [];
  }
}
