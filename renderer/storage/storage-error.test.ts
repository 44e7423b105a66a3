import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import Dexie from 'dexie';
import { BriefingDeskDatabase } from './database';
import { storageErrorMessage } from './storage-error';

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
