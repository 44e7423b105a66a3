// @vitest-environment happy-dom
// dexie-export-import reads blobs with FileReader, which happy-dom provides.
import 'fake-indexeddb/auto';
import { legacyBriefId } from '../../app/brief/legacy-briefs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../app/model/content-hash';
import { checkBackupFile, composeBackupFile } from './backup-file';
import { createBackup, looksEmpty, restoreBackup } from './backup';
import { BriefingDeskDatabase } from './database';
import { annotationOn } from '../../app/testing/test-annotation';

let db: BriefingDeskDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new BriefingDeskDatabase(`backup-test-${counter}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** Fills the database with one article, two annotations (one with an absent optional field) and a name. */
async function seed(target: BriefingDeskDatabase, note = 'kept'): Promise<void> {
  await target.table('articles').add({ id: 'art', textHash: 'a'.repeat(64), title: 'T', blocks: [{ type: 'heading', text: 'T' }], importedAt: '2026-01-01T00:00:00Z' });
  await target.table('annotations').bulkAdd([
    { ...annotationOn('T', 'T', { id: 'a1', articleId: 'art', tag: 'risk', note, links: [] }), confidence: undefined },
    annotationOn('T', 'T', { id: 'a2', articleId: 'art', tag: 'guarantee', note: 'two', links: ['a1'] }),
  ]);
  await target.table('settings').put({ key: 'analystName', value: 'Ada' });
}

/** Everything in the database, table by table, for before/after comparisons. */
async function snapshot(target: BriefingDeskDatabase): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(target.tables.map(async (table) => [table.name, await table.toArray()])));
}

describe('createBackup and restoreBackup', () => {
  it('round-trips the whole database, replacing what is there', async () => {
    await seed(db);
    const backup = await createBackup(db, new Date('2026-11-26T12:00:00Z'));
    const before = await snapshot(db);
    await db.annotations.delete('a2');
    await db.table('annotations').add({ id: 'later', articleId: 'art', tag: 'risk', note: 'made after the backup', links: [] });
    const manifest = await restoreBackup(db, backup);
    expect(await snapshot(db)).toEqual(before);
    expect(manifest).toMatchObject({ schemaVersion: db.verno, createdAt: '2026-11-26T12:00:00.000Z', counts: { annotations: 2, articles: 1, settings: 1 } });
  });

  it('writes a manifest with the app version, schema version, counts and the export\'s SHA-256', async () => {
    await seed(db);
    const backup = await createBackup(db);
    const [manifestLine, exportText] = [backup.slice(0, backup.indexOf('\n')), backup.slice(backup.indexOf('\n') + 1)];
    const manifest = JSON.parse(manifestLine);
    expect(manifest).toMatchObject({ format: 'briefing-desk-backup', appVersion: '0.1.0', schemaVersion: db.verno });
    expect(manifest.sha256).toBe(await sha256Hex(exportText));
    expect(JSON.parse(exportText).formatName).toBe('dexie');
  });

  it('changes nothing when the import fails partway (all-or-nothing)', async () => {
    const other = new BriefingDeskDatabase(`backup-other-${counter}`);
    await seed(other, 'from the backup');
    const backup = await createBackup(other);
    await other.delete();
    await seed(db, 'current work');
    const before = await snapshot(db);
    // A staging database whose table reads fail once decoding is done: the swap never starts.
    const failing = (name: string) => {
      const staging = new BriefingDeskDatabase(name);
      staging.table('settings').toArray = () => Promise.reject(new Error('disk read failed')) as never;
      return staging;
    };
    await expect(restoreBackup(db, backup, failing)).rejects.toThrow('disk read failed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a backup whose rows break the schema (a duplicate unique key), leaving the database unchanged', async () => {
    const other = new BriefingDeskDatabase(`backup-dup-${counter}`);
    await seed(other);
    // Two articles with the same text hash break the unique index on the way in.
    await other.table('articles').add({ id: 'art2', textHash: 'b'.repeat(64), title: 'U', blocks: [{ type: 'heading', text: 'U' }], importedAt: '2026-01-01T00:00:00Z' });
    const good = await createBackup(other);
    await other.delete();
    const exportText = good.slice(good.indexOf('\n') + 1).replace(`"textHash":"${'b'.repeat(64)}"`, `"textHash":"${'a'.repeat(64)}"`);
    const manifest = { ...JSON.parse(good.slice(0, good.indexOf('\n'))), sha256: await sha256Hex(exportText) };
    await seed(db, 'current work');
    const before = await snapshot(db);
    await expect(restoreBackup(db, `${JSON.stringify(manifest)}\n${exportText}`)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('checkBackupFile', () => {
  it('refuses a truncated backup, naming it damaged, before touching the database', async () => {
    await seed(db);
    const backup = await createBackup(db);
    const before = await snapshot(db);
    await expect(restoreBackup(db, backup.slice(0, backup.length - 40))).rejects.toThrow(/damaged or incomplete/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a corrupted backup (a changed byte) and a file that is not a backup', async () => {
    await seed(db);
    const backup = await createBackup(db);
    await expect(checkBackupFile(backup.replace('"kept"', '"kepT"'), db.verno, ['annotations'])).rejects.toThrow(/checksum does not match/);
    await expect(checkBackupFile('{"formatName":"dexie"}', db.verno, [])).rejects.toThrow(/not a Briefing Desk backup/);
    await expect(checkBackupFile('garbage\n{}', db.verno, [])).rejects.toThrow(/not a Briefing Desk backup/);
  });

  it('refuses a backup from a newer schema, an unknown table, and an export of the wrong shape', async () => {
    const facts = { appVersion: '9.0.0', schemaVersion: 1, createdAt: new Date() };
    const exportOf = (tableName: string) =>
      JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: { databaseName: 'x', databaseVersion: 1, tables: [], data: [{ tableName, inbound: true, rows: [] }] } });
    await expect(checkBackupFile(await composeBackupFile(exportOf('articles'), { ...facts, schemaVersion: 99 }), 3, ['articles'])).rejects.toThrow(/newer Briefing Desk/);
    await expect(checkBackupFile(await composeBackupFile(exportOf('passwords'), facts), 3, ['articles'])).rejects.toThrow(/does not know \("passwords"\)/);
    const wrongShape = '{"formatName":"dexie","formatVersion":1,"data":{}}';
    const manifest = { format: 'briefing-desk-backup', formatVersion: 1, appVersion: '1', schemaVersion: 1, createdAt: 'x', counts: {}, sha256: await sha256Hex(wrongShape) };
    await expect(checkBackupFile(`${JSON.stringify(manifest)}\n${wrongShape}`, 3, [])).rejects.toThrow(/not readable/);
  });
});

describe('a backup made before the revision queue was renamed', () => {
  it('restores its reviews table into revisions, entries kept', async () => {
    const annotation = annotationOn('akin to Article 5', 'akin to Article 5', { id: 'waiting', articleId: 'art' });
    const entry = { id: 'waiting', articleId: 'art', annotation, oldQuote: 'akin to Article 5', newText: 'like Article 5', candidate: annotation.target, score: 0.7 };
    const exportText = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'briefing-desk',
        databaseVersion: 3,
        tables: [{ name: 'reviews', schema: 'id,articleId', rowCount: 1 }],
        data: [{ tableName: 'reviews', inbound: true, rows: [entry] }],
      },
    });
    const backup = await composeBackupFile(exportText, { appVersion: '0.1.0', schemaVersion: 3, createdAt: new Date('2026-11-01T00:00:00Z') });
    await restoreBackup(db, backup);
    expect(await db.revisions.toArray()).toEqual([entry]);
  });
});

describe('a backup whose rows the app could not have written', () => {
  it.each([
    ['an unknown tag', (t: string) => t.replace('"tag":"risk"', '"tag":"rumour"'), /row in its annotations table that the app cannot take \(row 1, tag: /],
    ['an unknown block type', (t: string) => t.replace('"type":"heading"', '"type":"script"'), /row in its articles table that the app cannot take \(row 1, blocks\[0\]\.type: /],
    ['a time that is no time', (t: string) => t.replace('"updatedAt":"2025-12-18T10:00:00Z"', '"updatedAt":"yesterday"'), /row in its annotations table that the app cannot take \(row 1, updatedAt: must be an ISO 8601/],
  ])('is refused for %s, even with a matching checksum, and changes nothing', async (_name, edit, message) => {
    const other = new BriefingDeskDatabase(`backup-crafted-${counter}`);
    await seed(other);
    const good = await createBackup(other);
    await other.delete();
    const exportText = edit(good.slice(good.indexOf('\n') + 1));
    const manifest = { ...JSON.parse(good.slice(0, good.indexOf('\n'))), sha256: await sha256Hex(exportText) };
    await seed(db, 'current work');
    const before = await snapshot(db);
    await expect(restoreBackup(db, `${JSON.stringify(manifest)}\n${exportText}`)).rejects.toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a backup made before revisions were recorded', () => {
  it('restores its revisions as one history, linked as the database upgrade links them', async () => {
    const article = (id: string, importedAt: string, text: string) => ({ id, title: 'Talks', textHash: (id === 'v1' ? 'c' : 'd').repeat(64), importedAt, blocks: [{ type: 'heading', text: 'Talks' }, { type: 'paragraph', text }] });
    const annotation = (id: string, articleId: string) => ({ ...annotationOn('Leaders', 'Leaders', { id, articleId, tag: 'risk', author: 'Ada' }), createdAt: '2026-01-01T01:00:00.000Z' });
    const exportText = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'briefing-desk',
        databaseVersion: 4,
        tables: [
          { name: 'articles', schema: 'id,&textHash,title', rowCount: 2 },
          { name: 'annotations', schema: 'id,articleId,[articleId+tag]', rowCount: 2 },
        ],
        data: [
          { tableName: 'articles', inbound: true, rows: [article('v1', '2026-01-01T00:00:00.000Z', 'Leaders met in Berlin on Monday.'), article('v2', '2026-01-02T00:00:00.000Z', 'Leaders met in Berlin on Monday and Tuesday.')] },
          { tableName: 'annotations', inbound: true, rows: [annotation('a', 'v1'), annotation('a-copy', 'v2')] },
        ],
      },
    });
    const backup = await composeBackupFile(exportText, { appVersion: '0.1.0', schemaVersion: 4, createdAt: new Date('2026-11-01T00:00:00Z') });
    await restoreBackup(db, backup);
    expect(await db.history.toArray()).toMatchObject([{ articleId: 'v2', previousId: 'v1' }]);
  });
});

describe('a backup made before briefs had sources', () => {
  it('restores each article’s brief as a one-source brief with its annotations, as the database upgrade does', async () => {
    const article = { id: 'v1', title: 'Talks', textHash: 'c'.repeat(64), importedAt: '2026-01-01T00:00:00.000Z', blocks: [{ type: 'heading', text: 'Talks' }, { type: 'paragraph', text: 'Leaders met in Berlin on Monday.' }] };
    // Written before annotations belonged to a brief: the row has none.
    const annotation = { ...annotationOn('Leaders', 'Leaders', { id: 'a', articleId: 'v1', tag: 'risk', author: 'Ada' }), briefId: undefined };
    const brief = { articleId: 'v1', title: 'Berlin', keyJudgments: 'Talks go on.', marking: 'SECRET', author: 'Ada' };
    const exportText = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'briefing-desk',
        databaseVersion: 5,
        tables: [
          { name: 'articles', schema: 'id,&textHash,title', rowCount: 1 },
          { name: 'annotations', schema: 'id,articleId,[articleId+tag]', rowCount: 1 },
          { name: 'briefs', schema: 'articleId', rowCount: 1 },
        ],
        data: [
          { tableName: 'articles', inbound: true, rows: [article] },
          { tableName: 'annotations', inbound: true, rows: [annotation] },
          { tableName: 'briefs', inbound: true, rows: [brief] },
        ],
      },
    });
    const backup = await composeBackupFile(exportText, { appVersion: '0.1.0', schemaVersion: 5, createdAt: new Date('2026-11-01T00:00:00Z') });
    await restoreBackup(db, backup);
    const id = await legacyBriefId('c'.repeat(64));
    expect(await db.dossiers.toArray()).toMatchObject([{ id, sources: ['v1'], title: 'Berlin', keyJudgments: 'Talks go on.', marking: 'SECRET' }]);
    expect(await db.annotations.get('a')).toMatchObject({ briefId: id, articleId: 'v1' });
  });

  it('is refused, changing nothing, when a brief row is not one the app could have written', async () => {
    const exportText = JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: { databaseName: 'briefing-desk', databaseVersion: 5, tables: [{ name: 'briefs', schema: 'articleId', rowCount: 1 }], data: [{ tableName: 'briefs', inbound: true, rows: [{ articleId: 'v1', title: 7 }] }] },
    });
    await seed(db, 'current work');
    const before = await snapshot(db);
    await expect(restoreBackup(db, await composeBackupFile(exportText, { appVersion: '0.1.0', schemaVersion: 5, createdAt: new Date() }))).rejects.toThrow(/row in its briefs table that the app cannot take \(row 1, title: /);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('looksEmpty', () => {
  it('is true for a wiped database, even with the sample article, and false once someone worked in it', async () => {
    await db.table('articles').add({ id: 'sample', textHash: 's', title: 'S', blocks: [], importedAt: 't' });
    expect(await looksEmpty(db)).toBe(true);
    await seed(db);
    expect(await looksEmpty(db)).toBe(false);
  });
});
