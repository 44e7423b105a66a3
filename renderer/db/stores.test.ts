import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingDeskDatabase } from './database';
import { openLibrary, storeArticle } from './article-store';
import { addAnnotation, annotationsOf } from './annotation-store';
import type { Annotation, ArticleDraft } from '../../app/model';
import { describeRange } from '../../app/text-selectors';

const draft: ArticleDraft = {
  title: 'Sample',
  blocks: [
    { type: 'heading', text: 'Sample' },
    { type: 'paragraph', text: 'Security guarantees were discussed.' },
  ],
};

let db: BriefingDeskDatabase;
let counter = 0;
function freshDb(): BriefingDeskDatabase {
  db = new BriefingDeskDatabase(`test-${++counter}`);
  return db;
}
afterEach(async () => {
  await db.delete();
});

describe('openLibrary', () => {
  it('imports the sample on an empty database, once', async () => {
    const database = freshDb();
    const first = await openLibrary(database, () => draft);
    const second = await openLibrary(database, () => {
      throw new Error('must not load the sample again');
    });
    expect(first.map((a) => a.title)).toEqual(['Sample']);
    expect(second).toEqual(first);
    expect(first[0]?.textHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('storeArticle', () => {
  it('returns the stored article for a text imported twice', async () => {
    const database = freshDb();
    const a = await storeArticle(database, draft);
    const b = await storeArticle(database, { ...draft, title: 'Other metadata' });
    expect(b.id).toBe(a.id);
    expect(await database.articles.count()).toBe(1);
  });
});

describe('annotations', () => {
  it('stores annotations that a new connection reads back', async () => {
    const database = freshDb();
    const article = await storeArticle(database, draft);
    const text = 'Sample\n\nSecurity guarantees were discussed.';
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      articleId: article.id,
      tag: 'guarantee',
      target: describeRange(text, { start: 17, end: 27 }),
      note: '',
      links: [],
      author: 'Analyst',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await addAnnotation(database, annotation);
    const reopened = new BriefingDeskDatabase(database.name);
    expect(await annotationsOf(reopened, article.id)).toEqual([annotation]);
    reopened.close();
    await expect(addAnnotation(database, annotation)).rejects.toThrow();
  });
});
