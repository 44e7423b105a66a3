// @vitest-environment happy-dom
// dexie-export-import reads blobs with FileReader, which happy-dom provides.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from './backup-file';
import { BriefingDeskDatabase, SCHEMA_VERSION } from './database';
import { backupBeforeUpgrade } from './upgrade-backup';

describe('backupBeforeUpgrade', () => {
  it('backs up a version-5 database as it is, before anything upgrades it, and a current or missing one not at all', async () => {
    expect(await backupBeforeUpgrade('upgrade-missing')).toBeUndefined();

    const old = new Dexie('upgrade-old');
    old.version(5).stores({ articles: 'id, &textHash, title', annotations: 'id, articleId, [articleId+tag]', briefs: 'articleId', settings: 'key', tombstones: 'id, articleId', revisions: 'id, articleId', history: 'articleId, previousId' });
    await old.table('briefs').add({ articleId: 'a1', title: 'Old brief', keyJudgments: '', marking: 'UNCLASSIFIED', author: 'Ada' });
    old.close();
    const text = await backupBeforeUpgrade('upgrade-old', SCHEMA_VERSION, new Date('2026-12-02T00:00:00Z'));
    if (!text) throw new Error('expected a backup');
    const checked = await checkBackupFile(text, SCHEMA_VERSION, ['articles', 'annotations', 'dossiers', 'settings', 'tombstones', 'revisions', 'history']);
    expect(checked.manifest).toMatchObject({ schemaVersion: 5, counts: { briefs: 1 } });
    expect(checked.legacyBriefs).toMatchObject([{ articleId: 'a1', title: 'Old brief' }]);
    // The backup opened nothing at the new version: the database is still version 5.
    const probe = new Dexie('upgrade-old');
    await probe.open();
    expect(probe.verno).toBe(5);
    probe.close();

    const current = new BriefingDeskDatabase('upgrade-current');
    await current.open();
    current.close();
    expect(await backupBeforeUpgrade('upgrade-current')).toBeUndefined();
    await Promise.all(['upgrade-old', 'upgrade-current'].map((name) => Dexie.delete(name)));
  });
});
