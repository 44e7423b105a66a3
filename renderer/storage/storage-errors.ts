/**
 * Storage failures in words: a full disk or an exceeded quota turns into advice the analyst can
 * act on; any other storage error is passed through.
 */

/** Whether `error` (or one it wraps, as Dexie does) is a quota or disk-full error. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const name = typeof current === 'object' ? Reflect.get(current, 'name') : undefined;
    if (name === 'QuotaExceededError') return true;
    current = typeof current === 'object' ? (Reflect.get(current, 'inner') ?? Reflect.get(current, 'cause')) : undefined;
  }
  return false;
}

/** The message the alert region shows when the disk is full. */
export const QUOTA_MESSAGE =
  'Your last change was not saved: the disk is full or the app\'s storage quota is used up. Free some disk space, then make the change again. Everything saved before is kept.';
