// The brief as the app stored it, read straight from IndexedDB.
import type { Page } from '@playwright/test';

/** The stored brief, read from IndexedDB as the app wrote it. */
export async function storedBrief(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('briefing-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('dossiers').objectStore('dossiers').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return all[0] as Record<string, unknown> | undefined;
  });
}
