import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBriefFile, type BriefFile } from '../../../app/exchange/brief-file';
import { FIXTURE_ANNOTATIONS, FIXTURE_ARTICLE, FIXTURE_BRIEF, fixtureAnnotation } from '../../../app/testing/brief-test-fixture';
import { canonicalText } from '../../../app/model/canonical-text';
import { sha256Hex } from '../../../app/model/content-hash';
import type { Annotation, Article } from '../../../app/model/model';
import { BriefingDeskDatabase } from '../../storage/database';
import { exportBriefText, importBriefFile, swapStoredConflict } from './brief-exchange';

let counter = 0;
const opened: BriefingDeskDatabase[] = [];
function freshDb(): BriefingDeskDatabase {
  const db = new BriefingDeskDatabase(`exchange-${++counter}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

async function storedArticle(db: BriefingDeskDatabase, annotations: readonly Annotation[] = FIXTURE_ANNOTATIONS): Promise<Article> {
  const article: Article = { ...FIXTURE_ARTICLE, textHash: await sha256Hex(canonicalText(FIXTURE_ARTICLE.blocks)) };
  await db.articles.add(article);
  await db.annotations.bulkAdd([...annotations]);
  await db.briefs.add(FIXTURE_BRIEF);
  return article;
}

async function parsed(text: string): Promise<BriefFile> {
  const result = await parseBriefFile(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Everything stored, sorted, for comparing whole databases. */
async function contents(db: BriefingDeskDatabase) {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: byId(await db.articles.toArray()),
    annotations: byId(await db.annotations.toArray()),
    tombstones: byId(await db.tombstones.toArray()),
    briefs: await db.briefs.toArray(),
  };
}

describe('.brief exchange', () => {
  it('export then import into an empty database gives the same article, brief and annotations', async () => {
    const source = freshDb();
    const article = await storedArticle(source);
    await source.tombstones.add({ id: 'gone', articleId: article.id, deletedAt: '2025-12-20T00:00:00Z', deletedBy: 'A' });
    const file = await parsed(await exportBriefText(source, article, 'Alice', '2026-01-05T09:30:00Z'));

    const target = freshDb();
    const outcome = await importBriefFile(target, file);
    expect(outcome.newArticle).toBe(true);
    expect(outcome.plan.summary).toMatchObject({ added: FIXTURE_ANNOTATIONS.length, conflicts: 0 });
    const origin = { author: 'Alice', exportedAt: '2026-01-05T09:30:00Z' };
    const imported = await contents(target);
    const original = await contents(source);
    expect(imported.articles).toEqual(original.articles);
    expect(imported.briefs).toEqual(original.briefs);
    expect(imported.tombstones).toEqual(original.tombstones);
    expect(imported.annotations).toEqual(original.annotations.map((a) => ({ ...a, origin })));
  });

  it('refuses a file about an earlier revision, which is kept as it was, and changes nothing', async () => {
    const db = freshDb();
    const earlier = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 1));
    await db.articles.add({ ...earlier, id: 'later', textHash: 'f'.repeat(64), importedAt: '2026-02-01T00:00:00Z' });
    await db.history.add({ articleId: 'later', previousId: earlier.id, changes: { added: 1, removed: 0, edited: 0 } });
    const theirs = freshDb();
    const their = await storedArticle(theirs, [...FIXTURE_ANNOTATIONS.slice(1)]);
    const file = await parsed(await exportBriefText(theirs, their, 'Bob', '2026-01-06T00:00:00Z'));
    const before = await contents(db);
    await expect(importBriefFile(db, file)).rejects.toThrow(/its article is an earlier revision of “.+”, which is kept as it was\. Ask for a brief file made on the latest revision\./);
    expect(await contents(db)).toEqual(before);
  });

  it('merges into the article with the same text, under the local id, whatever id the file gives it', async () => {
    const db = freshDb();
    const local = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 2));
    const theirs = freshDb();
    const their = await storedArticle(theirs, [...FIXTURE_ANNOTATIONS.slice(1), fixtureAnnotation('new1', 'risk', 'Russia rejects any foreign troops.')]);
    const file = await parsed(await exportBriefText(theirs, their, 'Bob', '2026-01-06T00:00:00Z'));
    const renamed: BriefFile = { ...file, article: { ...file.article, id: 'their-id' }, annotations: file.annotations.map((a) => ({ ...a, articleId: 'their-id' })) };

    const outcome = await importBriefFile(db, renamed);
    expect(outcome.newArticle).toBe(false);
    expect(outcome.article.id).toBe(local.id);
    expect(await db.articles.count()).toBe(1);
    const stored = await db.annotations.toArray();
    expect(stored.every((a) => a.articleId === local.id)).toBe(true);
    expect(stored.map((a) => a.id).sort()).toEqual([...new Set([...FIXTURE_ANNOTATIONS.map((a) => a.id), 'new1'])].sort());
    expect(outcome.plan.summary.added).toBe(FIXTURE_ANNOTATIONS.length - 2 + 1);
  });

  it('two analysts\' files merged in either order leave the same annotations', async () => {
    const alice = freshDb();
    const article = await storedArticle(alice, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'Alice', updatedAt: '2026-01-02T00:00:00Z' })]);
    const bob = freshDb();
    await storedArticle(bob, [
      fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'Bob', updatedAt: '2026-01-03T00:00:00Z' }),
      fixtureAnnotation('r9', 'risk', 'Russia rejects any foreign troops.'),
    ]);
    const aliceFile = await parsed(await exportBriefText(alice, article, 'Alice', '2026-01-04T00:00:00Z'));
    const bobFile = await parsed(await exportBriefText(bob, article, 'Bob', '2026-01-05T00:00:00Z'));

    const one = freshDb();
    await importBriefFile(one, aliceFile);
    await importBriefFile(one, bobFile);
    const two = freshDb();
    await importBriefFile(two, bobFile);
    const second = await importBriefFile(two, aliceFile);
    const strip = (rows: Annotation[]) => rows.map(({ origin: _origin, ...rest }) => rest);
    expect(strip((await contents(one)).annotations)).toEqual(strip((await contents(two)).annotations));
    expect((await one.annotations.get('g1'))?.note).toBe('Bob');
    expect(second.plan.conflicts).toHaveLength(1);
  });

  it('a swapped conflict stores the set-aside version', async () => {
    const db = freshDb();
    const article = await storedArticle(db, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'mine', updatedAt: '2026-01-02T00:00:00Z' })]);
    const other = freshDb();
    await storedArticle(other, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'theirs', updatedAt: '2026-01-03T00:00:00Z' })]);
    const { plan } = await importBriefFile(db, await parsed(await exportBriefText(other, article, 'Bob', '2026-01-05T00:00:00Z')));
    expect((await db.annotations.get('g1'))?.note).toBe('theirs');
    await swapStoredConflict(db, plan.conflicts[0]!, '2026-01-06T00:00:00Z');
    expect((await db.annotations.get('g1'))?.note).toBe('mine');
  });

  it('a write failing part-way leaves the database exactly as before', async () => {
    const db = freshDb();
    const article = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 1));
    const other = freshDb();
    await storedArticle(other);
    await other.tombstones.add({ id: 'gone', articleId: article.id, deletedAt: '2025-12-20T00:00:00Z', deletedBy: 'B' });
    const file = await parsed(await exportBriefText(other, article, 'Bob', '2026-01-05T00:00:00Z'));
    const before = await contents(db);
    // Annotations are written before tombstones: this fails after some writes have happened.
    Object.assign(db.tombstones, { bulkPut: () => Promise.reject(new Error('disk full')) });
    await expect(importBriefFile(db, file)).rejects.toThrow('disk full');
    expect(await contents(db)).toEqual(before);

    const empty = freshDb();
    Object.assign(empty.tombstones, { bulkPut: () => Promise.reject(new Error('disk full')) });
    await expect(importBriefFile(empty, file)).rejects.toThrow('disk full');
    expect(await contents(empty)).toEqual({ articles: [], annotations: [], tombstones: [], briefs: [] });
  });
});
