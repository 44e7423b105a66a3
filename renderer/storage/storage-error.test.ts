import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BriefingDeskDatabase } from './database';
import { isQuotaError, storageErrorMessage } from './storage-error';

it('explains a database closed by another connection, and refuses to write into a new one', async () => {
  const db = new BriefingDeskDatabase('closed-by-other');
  await db.open();
  await Dexie.delete('closed-by-other');
  const failure = await db.settings.put({ key: 'k', value: 1 }).catch((e: unknown) => e);
  expect(storageErrorMessage(failure)).toMatch(/closed by another window/);
});

it('explains a full disk', () => {
  const error = new Error('Quota exceeded');
  error.name = 'QuotaExceededError';
  expect(storageErrorMessage(error)).toMatch(/disk is full/);
});

describe('isQuotaError', () => {
  it('recognises a quota error, also wrapped by Dexie (inner) or as a cause', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError(new Error('write failed', { cause: quota }))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });
});
