import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingDeskDatabase } from './database';
import { deleteArticles, openLibrary, restoreArticles, storeArticle, tagCounts } from './article-store';
import { analystName, lastBriefId, lastSourceOf, setAnalystName, setLastOpen } from './settings-store';
import { applyChanges, annotationsOf, countSignedBy, resignAnnotations } from './annotation-store';
import { createChanges, deleteChanges, invertChanges } from '../../app/annotations/annotation-changes';
import type { Annotation, ArticleDraft } from '../../app/model/model';
import { describeRange } from '../../app/anchoring/text-selectors';

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
      briefId: 'brief', articleId: article.id,
      tag: 'guarantee',
      target: describeRange(text, { start: 17, end: 27 }),
      note: '',
      links: [],
      author: 'Analyst',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await applyChanges(database, createChanges(annotation), 'Analyst', 'now');
    const reopened = new BriefingDeskDatabase(database.name);
    expect(await annotationsOf(reopened, article.id)).toEqual([annotation]);
    reopened.close();

    const deletion = deleteChanges(new Map([[annotation.id, annotation]]), annotation.id, 'later');
    await applyChanges(database, deletion, 'Reviewer', 'later');
    expect(await annotationsOf(database, article.id)).toEqual([]);
    expect(await database.tombstones.get(annotation.id)).toMatchObject({ deletedBy: 'Reviewer', deletedAt: 'later' });

    await applyChanges(database, invertChanges(deletion), 'Reviewer', 'undo');
    expect(await annotationsOf(database, article.id)).toEqual([annotation]);
    expect(await database.tombstones.get(annotation.id)).toBeUndefined();
  });

  it('re-signs the annotations made under the placeholder name, and only those', async () => {
    const database = freshDb();
    const article = await storeArticle(database, draft);
    const text = 'Sample\n\nSecurity guarantees were discussed.';
    const make = (id: string, author: string): Annotation => ({
      id,
      briefId: 'brief', articleId: article.id,
      tag: 'risk',
      target: describeRange(text, { start: 17, end: 27 }),
      note: '',
      links: [],
      author,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await applyChanges(database, [...createChanges(make('a', 'Analyst')), ...createChanges(make('b', 'Dana'))], 'Analyst', 'now');
    expect(await countSignedBy(database, 'Analyst')).toBe(1);
    expect(await resignAnnotations(database, 'Analyst', 'Ada', '2026-02-01T00:00:00.000Z')).toBe(1);
    const byId = new Map((await annotationsOf(database, article.id)).map((a) => [a.id, a]));
    expect(byId.get('a')).toMatchObject({ author: 'Ada', updatedAt: '2026-02-01T00:00:00.000Z' });
    expect(byId.get('b')).toMatchObject({ author: 'Dana', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(await countSignedBy(database, 'Analyst')).toBe(0);
  });

  it('stores nothing of an action whose transaction fails', async () => {
    const database = freshDb();
    const good = { id: 'good', briefId: 'b', articleId: 'x', tag: 'risk', note: '', links: [], author: 'A', createdAt: 't', updatedAt: 't', target: describeRange('abc', { start: 0, end: 1 }) } as Annotation;
    // An annotation whose id is no valid IndexedDB key cannot be stored: the whole action must roll back.
    const bad = { ...good, id: { not: 'a key' } } as unknown as Annotation;
    await expect(applyChanges(database, [{ before: null, after: good }, { before: null, after: bad }], 'A', 'now')).rejects.toThrow();
    expect(await database.annotations.count()).toBe(0);
  });
});

describe('deleteArticles and restoreArticles', () => {
  it('take an article with its annotations out, and put all of it back', async () => {
    const database = freshDb();
    const article = await storeArticle(database, draft);
    const text = 'Sample\n\nSecurity guarantees were discussed.';
    const annotation = { id: 'x', briefId: 'b', articleId: article.id, tag: 'risk', note: 'n', links: [], author: 'A', createdAt: 't', updatedAt: 't', target: describeRange(text, { start: 8, end: 16 }) } as Annotation;
    await applyChanges(database, createChanges(annotation), 'A', 't');
    const snapshot = await deleteArticles(database, [article.id]);
    expect(await database.articles.count()).toBe(0);
    expect(await database.annotations.count()).toBe(0);
    await restoreArticles(database, snapshot);
    expect(await database.articles.get(article.id)).toEqual(article);
    expect(await annotationsOf(database, article.id)).toEqual([annotation]);
    expect(await tagCounts(database, article.id)).toEqual({ guarantee: 0, risk: 1, precedent: 0 });
  });

  it('take the review queue of a revision with the article, and put it back', async () => {
    const database = freshDb();
    const article = await storeArticle(database, draft);
    const text = 'Sample\n\nSecurity guarantees were discussed.';
    const target = describeRange(text, { start: 8, end: 16 });
    const annotation = { id: 'r', briefId: 'b', articleId: article.id, tag: 'risk', note: '', links: [], author: 'A', createdAt: 't', updatedAt: 't', target } as Annotation;
    const review = { id: 'r', articleId: article.id, annotation, oldQuote: 'Security', newText: 'Security', candidate: target, score: 0.8 };
    await database.revisions.add(review);
    const snapshot = await deleteArticles(database, [article.id]);
    expect(await database.revisions.count()).toBe(0);
    await restoreArticles(database, snapshot);
    expect(await database.revisions.toArray()).toEqual([review]);
  });

  it('take every revision of an article and its history out of the briefs that use it (the briefs stay), and put them back', async () => {
    const database = freshDb();
    const v1 = await storeArticle(database, draft);
    const v2 = await storeArticle(database, { ...draft, blocks: [...draft.blocks, { type: 'paragraph', text: 'Update: more talks.' }] });
    const other = await storeArticle(database, { ...draft, title: 'Other', blocks: [{ type: 'heading', text: 'Other' }] });
    const record = { articleId: v2.id, previousId: v1.id, changes: { added: 1, removed: 0, edited: 0 } };
    await database.history.add(record);
    const brief = { id: 'b', sources: [other.id, v2.id], title: 'B', keyJudgments: '', marking: '', author: 'A' };
    await database.dossiers.add(brief);
    const snapshot = await deleteArticles(database, [v1.id, v2.id]);
    expect((await database.articles.toArray()).map((a) => a.id)).toEqual([other.id]);
    expect(await database.history.count()).toBe(0);
    expect(await database.dossiers.get('b')).toMatchObject({ sources: [other.id], title: 'B' });
    await restoreArticles(database, snapshot);
    expect(await database.articles.count()).toBe(3);
    expect(await database.history.toArray()).toEqual([record]);
    expect(await database.dossiers.get('b')).toEqual(brief);
  });
});

describe('settings', () => {
  it('keep the analyst name, trimmed, and refuse an empty one', async () => {
    const database = freshDb();
    expect(await analystName(database)).toBeUndefined();
    await setAnalystName(database, '  Ada Lovelace ');
    expect(await analystName(database)).toBe('Ada Lovelace');
    await expect(setAnalystName(database, '   ')).rejects.toThrow(RangeError);
  });

  it('remember the brief open last and, for each brief, the source it showed', async () => {
    const database = freshDb();
    await setLastOpen(database, 'brief-a', 'article-2');
    await setLastOpen(database, 'brief-b', 'article-1');
    expect(await lastBriefId(database)).toBe('brief-b');
    expect(await lastSourceOf(database, 'brief-a')).toBe('article-2');
    expect(await lastSourceOf(database, 'brief-b')).toBe('article-1');
    expect(await lastSourceOf(database, 'brief-c')).toBeUndefined();
  });
});
