// Seeds the app's database directly, as a long-used library would be, so specs can start
// from many annotations without tagging each one through the UI.
import type { Page } from '@playwright/test';

/**
 * Adds `count` annotations to the open brief's article through IndexedDB (all three tags, some
 * overlapping, some with notes), then reloads. Returns how many were written.
 */
export async function seedAnnotations(page: Page, count: number): Promise<number> {
  const written = await page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('briefing-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const [article] = await read<{ id: string; blocks: { text: string }[] }>('articles');
    const [brief] = await read<{ id: string }>('dossiers');
    if (!article || !brief) throw new Error('no article or brief to seed');
    const text = article.blocks.map((b) => b.text).join('\n\n');
    const words = [...text.matchAll(/\p{L}[\p{L}'’-]*/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    const tags = ['guarantee', 'risk', 'precedent'];
    const tx = db.transaction('annotations', 'readwrite');
    const store = tx.objectStore('annotations');
    for (let i = 0; i < wanted; i++) {
      const first = words[(i * 7) % (words.length - 6)]!;
      const last = words[((i * 7) % (words.length - 6)) + 1 + (i % 4)]!;
      const exact = text.slice(first.start, last.end);
      if (exact.includes('\n')) continue;
      const now = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      store.put({
        id: `seed-${String(i).padStart(5, '0')}`,
        briefId: brief.id,
        articleId: article.id,
        tag: tags[i % 3],
        target: {
          position: { type: 'TextPositionSelector', start: first.start, end: last.end },
          quote: { type: 'TextQuoteSelector', exact, prefix: text.slice(Math.max(0, first.start - 32), first.start), suffix: text.slice(last.end, last.end + 32) },
        },
        note: i % 5 === 0 ? `Seeded note ${i}` : '',
        links: [],
        author: 'Seeder',
        createdAt: now,
        updatedAt: now,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const total = await new Promise<number>((resolve) => {
      const request = db.transaction('annotations').objectStore('annotations').count();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return total;
  }, count);
  await page.reload();
  return written;
}
