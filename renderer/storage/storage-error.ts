/**
 * What a failed database write means, in words an analyst can act on: the one place that
 * recognises a full disk or an exceeded quota, and a database closed under the window.
 */
import { errorMessage } from '../../app/model/error-message';

/** Whether `error` (or one it wraps, as Dexie does) is a quota or disk-full error. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const name = typeof current === 'object' ? Reflect.get(current, 'name') : undefined;
    if (name === 'QuotaExceededError') return true;
    current = typeof current === 'object' ? (Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause')) : undefined;
  }
  return false;
}

/** What a full disk means for the analyst, as the end of a sentence about what failed. */
export const QUOTA_MESSAGE =
  "the disk is full or the app's storage quota is used up. Free some disk space, then make the change again. Everything saved before is kept.";

/** The message for an error thrown by a Dexie operation (or anything else). */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DatabaseClosedError') {
    return 'the database was closed by another window or a newer version of Briefing Desk. Reload the window to go on; everything shown before this message is saved.';
  }
  if (isQuotaError(error) || (error instanceof Error && /quota/i.test(error.message))) return QUOTA_MESSAGE;
  return errorMessage(error);
}
