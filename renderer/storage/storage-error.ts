/**
 * What a failed database write means, in words an analyst can act on.
 */
import { errorMessage } from '../../app/model/error-message';

/** The message for an error thrown by a Dexie operation (or anything else). */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'DatabaseClosedError') {
    return 'the database was closed by another window or a newer version of Briefing Desk. Reload the window to go on; everything shown before this message is saved.';
  }
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return 'the disk is full or the storage quota is used up. Free some space and try again; everything shown before this message is saved.';
  }
  return errorMessage(error);
}
