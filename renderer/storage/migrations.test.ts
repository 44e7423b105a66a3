// Opens databases written in older schema versions and checks the current class upgrades
// them without losing anything. Each new version adds its case here.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BRIEF_SOURCES_VERSION, BriefingDeskDatabase, SCHEMA_VERSION } from './database';
import { legacyBriefId } from '../../app/brief/legacy-briefs';

/** The tables version 4 declared. */
const VERSION_4_STORES = {
  articles: 'id, &textHash, title',
  annotations: 'id, articleId, [articleId+tag]',
  briefs: 'articleId',
  settings: 'key',
  tombstones: 'id, articleId',
  revisions: 'id, articleId',
};

/** The tables version 5 declared. */
const VERSION_5_STORES = { ...VERSION_4_STORES, history: 'articleId, previousId' };

/** A database in the shape version 1 declared, holding one article and one annotation. */
async function writeVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    articles: 'id, &textHash, title',
    annotations: 'id, articleId, [articleId+tag]',
    briefs: 'articleId',
    settings: 'key',
  });
  await old.table('articles').add({ id: 'art', textHash: 'h', title: 'T', blocks: [{ type: 'heading', text: 'T' }], importedAt: 't' });
  await old.table('annotations').add({ id: 'ann', articleId: 'art', tag: 'risk', note: 'kept', links: [] });
  await old.table('settings').add({ key: 'analystName', value: 'Ada' });
  old.close();
}

describe('migrations', () => {
  it('version 1 → current: data kept, tombstones table added', async () => {
    await writeVersion1('migrate-v1');
    const db = new BriefingDeskDatabase('migrate-v1');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.annotations.where('[articleId+tag]').equals(['art', 'risk']).toArray()).toMatchObject([{ id: 'ann', note: 'kept' }]);
    expect(await db.settings.get('analystName')).toEqual({ key: 'analystName', value: 'Ada' });
    expect(await db.tombstones.count()).toBe(0);
    await db.delete();
  });

  it('version 2 → current: tombstones kept, revision queue added', async () => {
    const old = new Dexie('migrate-v2');
    old.version(2).stores({
      articles: 'id, &textHash, title',
      annotations: 'id, articleId, [articleId+tag]',
      briefs: 'articleId',
      settings: 'key',
      tombstones: 'id, articleId',
    });
    await old.table('tombstones').add({ id: 'gone', articleId: 'art', deletedAt: 't', deletedBy: 'Ada' });
    old.close();
    const db = new BriefingDeskDatabase('migrate-v2');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.tombstones.where('articleId').equals('art').toArray()).toMatchObject([{ id: 'gone' }]);
    expect(await db.revisions.where('articleId').equals('art').count()).toBe(0);
    await db.delete();
  });

  it('version 3 → current: the queue of a revision moves from reviews to revisions, entries kept', async () => {
    const old = new Dexie('migrate-v3');
    old.version(3).stores({
      articles: 'id, &textHash, title',
      annotations: 'id, articleId, [articleId+tag]',
      briefs: 'articleId',
      settings: 'key',
      tombstones: 'id, articleId',
      reviews: 'id, articleId',
    });
    await old.table('reviews').add({ id: 'waiting', articleId: 'art', oldQuote: 'akin to Article 5', score: 0.7 });
    old.close();
    const db = new BriefingDeskDatabase('migrate-v3');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).not.toContain('reviews');
    expect(await db.revisions.where('articleId').equals('art').toArray()).toMatchObject([{ id: 'waiting', oldQuote: 'akin to Article 5' }]);
    await db.delete();
  });

  it('version 4 → current: list items and notes need no upgrade; older articles open as they were, new ones keep their markers', async () => {
    const old = new Dexie('migrate-v4');
    old.version(4).stores(VERSION_4_STORES);
    const before = { id: 'old', textHash: 'a'.repeat(64), title: 'Old', importedAt: '2026-01-01T00:00:00.000Z', blocks: [{ type: 'heading', text: 'Old' }, { type: 'paragraph', text: 'one' }] };
    await old.table('articles').add(before);
    old.close();
    const db = new BriefingDeskDatabase('migrate-v4');
    await db.open();
    expect(await db.articles.get('old')).toEqual(before);
    const listed = { ...before, id: 'new', textHash: 'b'.repeat(64), blocks: [{ type: 'heading' as const, text: 'New' }, { type: 'list-item' as const, text: 'one', marker: '1.' }, { type: 'note' as const, text: 'A note', marker: '1' }] };
    await db.articles.add(listed);
    expect((await db.articles.get('new'))?.blocks).toEqual(listed.blocks);
    await db.delete();
  });

  it('version 4 → 5: revisions imported before are linked into one history by title and shared annotations; unrelated articles are not', async () => {
    const old = new Dexie('migrate-v4-history');
    old.version(4).stores(VERSION_4_STORES);
    const article = (id: string, title: string, importedAt: string, text: string) => ({ id, title, textHash: id.padEnd(64, '0'), importedAt, blocks: [{ type: 'heading', text: title }, { type: 'paragraph', text }] });
    await old.table('articles').bulkAdd([
      article('v1', 'Talks', '2026-01-01T00:00:00.000Z', 'Leaders met in Berlin on Monday to discuss the ceasefire.'),
      article('same-title', 'Talks', '2026-01-02T00:00:00.000Z', 'Another article that happens to share the title.'),
      article('v2', 'Talks', '2026-01-03T00:00:00.000Z', 'Leaders met in Berlin on Monday to discuss the ceasefire and more.'),
    ]);
    const annotation = (id: string, articleId: string, createdAt: string) => ({ id, articleId, tag: 'risk', note: '', links: [], author: 'Ada', createdAt, updatedAt: createdAt });
    await old.table('annotations').bulkAdd([annotation('a1', 'v1', '2026-01-01T01:00:00.000Z'), annotation('a1-copy', 'v2', '2026-01-01T01:00:00.000Z'), annotation('b', 'same-title', '2026-01-02T01:00:00.000Z')]);
    old.close();
    const db = new BriefingDeskDatabase('migrate-v4-history');
    await db.open();
    expect(await db.history.toArray()).toEqual([{ articleId: 'v2', previousId: 'v1', changes: { added: 0, removed: 0, edited: 1 } }]);
    expect(await db.articles.count()).toBe(3);
    await db.delete();
  });

  it('version 5 → 6: each article’s history becomes a one-source brief on its latest revision, with its record and every annotation, tombstone and queued item', async () => {
    const old = new Dexie('migrate-v5-briefs');
    old.version(5).stores(VERSION_5_STORES);
    const article = (id: string, title: string, importedAt: string) => ({ id, title, textHash: id.padEnd(64, '0'), importedAt, blocks: [{ type: 'heading', text: title }] });
    await old.table('articles').bulkAdd([article('v1', 'Talks', '2026-01-01T00:00:00.000Z'), article('v2', 'Talks', '2026-01-03T00:00:00.000Z'), article('lone', 'Other', '2026-01-02T00:00:00.000Z')]);
    await old.table('history').add({ articleId: 'v2', previousId: 'v1', changes: { added: 0, removed: 0, edited: 1 } });
    await old.table('briefs').bulkAdd([
      { articleId: 'v1', title: 'Old title', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Ada' },
      { articleId: 'v2', title: 'Guarantees', keyJudgments: 'Kyiv wants more.', marking: 'SECRET', author: 'Ada' },
    ]);
    const annotation = (id: string, articleId: string) => ({ id, articleId, tag: 'risk', note: id, links: [], author: 'Ada', createdAt: 't', updatedAt: 't' });
    await old.table('annotations').bulkAdd([annotation('on-v1', 'v1'), annotation('on-v2', 'v2'), annotation('on-lone', 'lone')]);
    await old.table('tombstones').add({ id: 'gone', articleId: 'v2', deletedAt: 't', deletedBy: 'Ada' });
    await old.table('revisions').add({ id: 'waiting', articleId: 'v2', annotation: annotation('waiting', 'v2'), oldQuote: 'q', newText: 'q', score: 0.7 });
    old.close();

    const db = new BriefingDeskDatabase('migrate-v5-briefs');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name)).not.toContain('briefs');
    const talks = await legacyBriefId('v1'.padEnd(64, '0'));
    const other = await legacyBriefId('lone'.padEnd(64, '0'));
    expect(await db.dossiers.get(talks)).toMatchObject({ id: talks, sources: ['v2'], title: 'Guarantees', marking: 'SECRET', keyJudgments: 'Kyiv wants more.' });
    expect(await db.dossiers.get(other)).toMatchObject({ sources: ['lone'], title: '' });
    expect(await db.dossiers.count()).toBe(2);
    expect(await db.dossiers.where('sources').equals('v2').primaryKeys()).toEqual([talks]);
    expect((await db.annotations.where('briefId').equals(talks).toArray()).map((a) => a.id).sort()).toEqual(['on-v1', 'on-v2']);
    expect(await db.annotations.where('[briefId+articleId]').equals([other, 'lone']).toArray()).toMatchObject([{ id: 'on-lone', note: 'on-lone' }]);
    expect(await db.tombstones.where('briefId').equals(talks).toArray()).toMatchObject([{ id: 'gone' }]);
    expect((await db.revisions.get('waiting'))?.annotation.briefId).toBe(talks);
    await db.delete();
  });

  it('version 6 → 7: annotations keep only their compound indexes, and are still found by article and by brief alone', async () => {
    const old = new Dexie('migrate-v6-lean');
    old.version(BRIEF_SOURCES_VERSION).stores({
      ...VERSION_5_STORES,
      briefs: null,
      dossiers: 'id, *sources',
      annotations: 'id, articleId, [articleId+tag], briefId, [briefId+articleId]',
      tombstones: 'id, articleId, briefId',
    });
    const annotation = (id: string, briefId: string, articleId: string, tag: string) => ({ id, briefId, articleId, tag, note: id, links: [], author: 'Ada', createdAt: 't', updatedAt: 't' });
    await old.table('annotations').bulkAdd([annotation('a', 'b1', 'art1', 'risk'), annotation('b', 'b1', 'art2', 'guarantee'), annotation('c', 'b2', 'art1', 'precedent')]);
    old.close();

    const db = new BriefingDeskDatabase('migrate-v6-lean');
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.annotations.schema.indexes.map((index) => index.name).sort()).toEqual(['[articleId+tag]', '[briefId+articleId]']);
    expect((await db.annotations.where('articleId').equals('art1').primaryKeys()).sort()).toEqual(['a', 'c']);
    expect((await db.annotations.where('articleId').anyOf(['art2']).toArray()).map((a) => a.note)).toEqual(['b']);
    expect((await db.annotations.where('briefId').equals('b1').primaryKeys()).sort()).toEqual(['a', 'b']);
    await db.annotations.where('articleId').equals('art1').delete();
    expect(await db.annotations.toCollection().primaryKeys()).toEqual(['b']);
    await db.delete();
  });
});
