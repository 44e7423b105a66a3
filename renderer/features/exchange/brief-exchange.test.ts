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
  await db.dossiers.add(FIXTURE_BRIEF);
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
    briefs: await db.dossiers.toArray(),
  };
}

describe('.brief exchange', () => {
  it('export then import into an empty database gives the same article, brief and annotations', async () => {
    const source = freshDb();
    const article = await storedArticle(source);
    await source.tombstones.add({ id: 'gone', briefId: FIXTURE_BRIEF.id, articleId: article.id, deletedAt: '2025-12-20T00:00:00Z', deletedBy: 'A' });
    const file = await parsed(await exportBriefText(source, FIXTURE_BRIEF, 'Alice', '2026-01-05T09:30:00Z'));

    const target = freshDb();
    const outcome = await importBriefFile(target, file);
    expect(outcome.newBrief).toBe(true);
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
    await storedArticle(theirs, [...FIXTURE_ANNOTATIONS.slice(1)]);
    const file = await parsed(await exportBriefText(theirs, FIXTURE_BRIEF, 'Bob', '2026-01-06T00:00:00Z'));
    const before = await contents(db);
    await expect(importBriefFile(db, file)).rejects.toThrow(/its article is an earlier revision of “.+”, which is kept as it was\. Ask for a brief file made on the latest revision\./);
    expect(await contents(db)).toEqual(before);
  });

  it('merges into the article with the same text, under the local id, whatever id the file gives it', async () => {
    const db = freshDb();
    const local = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 2));
    const theirs = freshDb();
    await storedArticle(theirs, [...FIXTURE_ANNOTATIONS.slice(1), fixtureAnnotation('new1', 'risk', 'Russia rejects any foreign troops.')]);
    const file = await parsed(await exportBriefText(theirs, FIXTURE_BRIEF, 'Bob', '2026-01-06T00:00:00Z'));
    const renamed: BriefFile = {
      ...file,
      articles: file.articles.map((a) => ({ ...a, id: 'their-id' })),
      brief: { ...file.brief, sources: ['their-id'] },
      annotations: file.annotations.map((a) => ({ ...a, articleId: 'their-id' })),
    };

    const outcome = await importBriefFile(db, renamed);
    expect(outcome.newBrief).toBe(false);
    expect(outcome.brief).toMatchObject({ id: FIXTURE_BRIEF.id, sources: [local.id] });
    expect(await db.articles.count()).toBe(1);
    const stored = await db.annotations.toArray();
    expect(stored.every((a) => a.articleId === local.id)).toBe(true);
    expect(stored.map((a) => a.id).sort()).toEqual([...new Set([...FIXTURE_ANNOTATIONS.map((a) => a.id), 'new1'])].sort());
    expect(outcome.plan.summary.added).toBe(FIXTURE_ANNOTATIONS.length - 2 + 1);
  });

  it('two analysts\' files merged in either order leave the same annotations', async () => {
    const alice = freshDb();
    await storedArticle(alice, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'Alice', updatedAt: '2026-01-02T00:00:00Z' })]);
    const bob = freshDb();
    await storedArticle(bob, [
      fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'Bob', updatedAt: '2026-01-03T00:00:00Z' }),
      fixtureAnnotation('r9', 'risk', 'Russia rejects any foreign troops.'),
    ]);
    const aliceFile = await parsed(await exportBriefText(alice, FIXTURE_BRIEF, 'Alice', '2026-01-04T00:00:00Z'));
    const bobFile = await parsed(await exportBriefText(bob, FIXTURE_BRIEF, 'Bob', '2026-01-05T00:00:00Z'));

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
    await storedArticle(db, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'mine', updatedAt: '2026-01-02T00:00:00Z' })]);
    const other = freshDb();
    await storedArticle(other, [fixtureAnnotation('g1', 'guarantee', 'Europe offers a reassurance force.', { note: 'theirs', updatedAt: '2026-01-03T00:00:00Z' })]);
    const { plan } = await importBriefFile(db, await parsed(await exportBriefText(other, FIXTURE_BRIEF, 'Bob', '2026-01-05T00:00:00Z')));
    expect((await db.annotations.get('g1'))?.note).toBe('theirs');
    await swapStoredConflict(db, plan.conflicts[0]!, '2026-01-06T00:00:00Z');
    expect((await db.annotations.get('g1'))?.note).toBe('mine');
  });

  it('a write failing part-way leaves the database exactly as before', async () => {
    const db = freshDb();
    const article = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 1));
    const other = freshDb();
    await storedArticle(other);
    await other.tombstones.add({ id: 'gone', briefId: FIXTURE_BRIEF.id, articleId: article.id, deletedAt: '2025-12-20T00:00:00Z', deletedBy: 'B' });
    const file = await parsed(await exportBriefText(other, FIXTURE_BRIEF, 'Bob', '2026-01-05T00:00:00Z'));
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

  it('a brief of two sources goes to a fresh profile whole — both articles, the brief, the link across them — and a second brief on one of its articles stays apart', async () => {
    const source = freshDb();
    const article = await storedArticle(source);
    const blocks = [{ type: 'heading' as const, text: 'Interview notes' }, { type: 'paragraph' as const, text: 'No country has pledged troops yet.' }];
    const notes: Article = { id: 'notes', title: 'Interview notes', blocks, textHash: await sha256Hex(canonicalText(blocks)), importedAt: '2026-01-02T00:00:00Z' };
    await source.articles.add(notes);
    const across: Annotation = { ...fixtureAnnotation('x1', 'risk', 'Russia rejects any foreign troops.'), articleId: 'notes', links: ['g1'], target: { position: { type: 'TextPositionSelector', start: 17, end: 51 }, quote: { type: 'TextQuoteSelector', exact: 'No country has pledged troops yet.', prefix: '', suffix: '' } } };
    await source.annotations.add(across);
    const brief = { ...FIXTURE_BRIEF, sources: [article.id, 'notes'] };
    await source.dossiers.put(brief);
    const file = await parsed(await exportBriefText(source, brief, 'Alice', '2026-01-05T09:30:00Z'));
    expect(file.articles.map((a) => a.id)).toEqual([article.id, 'notes']);

    const fresh = freshDb();
    const outcome = await importBriefFile(fresh, file);
    expect(outcome).toMatchObject({ newBrief: true, brief: { id: FIXTURE_BRIEF.id, sources: [article.id, 'notes'] } });
    expect(outcome.newArticles.map((a) => a.title)).toEqual([FIXTURE_ARTICLE.title, 'Interview notes']);
    expect(await fresh.annotations.get('x1')).toMatchObject({ briefId: FIXTURE_BRIEF.id, articleId: 'notes', links: ['g1'] });
    expect(await fresh.annotations.where('briefId').equals(FIXTURE_BRIEF.id).count()).toBe(FIXTURE_ANNOTATIONS.length + 1);

    // Another brief on the same article, from another file: its own brief, its own annotations.
    const other = freshDb();
    await storedArticle(other, [fixtureAnnotation('mine', 'precedent', 'The Budapest Memorandum failed in 2014.', { briefId: 'other-brief' })]);
    await other.dossiers.put({ ...FIXTURE_BRIEF, id: 'other-brief', title: 'Another question' });
    const second = await importBriefFile(fresh, await parsed(await exportBriefText(other, { ...FIXTURE_BRIEF, id: 'other-brief' }, 'Bob', '2026-01-06T00:00:00Z')));
    expect(second).toMatchObject({ newBrief: true, newArticles: [], brief: { id: 'other-brief', sources: [article.id] } });
    expect((await fresh.annotations.where('briefId').equals('other-brief').toArray()).map((a) => a.id)).toEqual(['mine']);
    expect(await fresh.annotations.where('briefId').equals(FIXTURE_BRIEF.id).count()).toBe(FIXTURE_ANNOTATIONS.length + 1);
  });

  it('a teammate’s file for the same brief adds the sources the brief here lacks, after its own, and keeps its title', async () => {
    const db = freshDb();
    const article = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 1));
    await db.dossiers.update(FIXTURE_BRIEF.id, { title: 'My title' });
    const theirs = freshDb();
    await storedArticle(theirs, FIXTURE_ANNOTATIONS.slice(0, 1));
    const blocks = [{ type: 'heading' as const, text: 'Statement' }, { type: 'paragraph' as const, text: 'Leaders agreed.' }];
    await theirs.articles.add({ id: 'statement', title: 'Statement', blocks, textHash: await sha256Hex(canonicalText(blocks)), importedAt: '2026-01-02T00:00:00Z' });
    const brief = { ...FIXTURE_BRIEF, title: 'Their title', sources: ['statement', article.id] };
    await theirs.dossiers.put(brief);
    const outcome = await importBriefFile(db, await parsed(await exportBriefText(theirs, brief, 'Bob', '2026-01-06T00:00:00Z')));
    expect(outcome).toMatchObject({ newBrief: false, addedSources: 1, brief: { title: 'My title', sources: [article.id, 'statement'] } });
    expect(await db.dossiers.get(FIXTURE_BRIEF.id)).toMatchObject({ title: 'My title', sources: [article.id, 'statement'] });
  });

  it('a version-1 file merges into the brief here that has its article as a source, whatever that brief’s id', async () => {
    const db = freshDb();
    const article = await storedArticle(db, FIXTURE_ANNOTATIONS.slice(0, 1));
    const v2 = JSON.parse(await exportBriefText(db, FIXTURE_BRIEF, 'Bob', '2026-01-06T00:00:00Z'));
    const fields = { ...v2.brief, id: undefined, sources: undefined };
    const v1 = {
      format: v2.format,
      version: 1,
      exportedAt: v2.exportedAt,
      exportedBy: 'Bob',
      article: v2.articles[0],
      brief: { ...fields, articleId: article.id },
      annotations: [fixtureAnnotation('from-v1', 'risk', 'Russia rejects any foreign troops.')].map(({ briefId: _b, ...a }) => a),
    };
    const outcome = await importBriefFile(db, await parsed(JSON.stringify(v1)));
    expect(outcome).toMatchObject({ newBrief: false, brief: { id: FIXTURE_BRIEF.id, sources: [article.id] } });
    expect(await db.annotations.get('from-v1')).toMatchObject({ briefId: FIXTURE_BRIEF.id, articleId: article.id });
    expect(await db.dossiers.count()).toBe(1);
  });
});
