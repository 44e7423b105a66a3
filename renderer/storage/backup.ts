/**
 * Backing up and restoring the whole database: a full dexie-export-import export wrapped in a
 * manifest (backup-file.ts), and a restore that is all-or-nothing. The backup is decoded into
 * a separate staging database first (which turns the export's encoded values back into
 * objects), then the live database's tables are cleared and refilled in one read-write
 * transaction: if anything fails, that transaction aborts and the database is as it was.
 */
import Dexie from 'dexie';
import packageJson from '../../package.json';
import { checkBackupFile, composeBackupFile, type BackupManifest } from './backup-file';
import { BRIEF_SOURCES_VERSION, BriefingDeskDatabase, REVISION_HISTORY_VERSION } from './database';
import { upgradeLegacyBriefs, type LegacyAnnotation, type LegacyRevisionItem, type LegacyTombstone } from '../../app/brief/legacy-briefs';
import type { RevisionRecord } from '../../app/revisions/revision-record';
import type { Annotation, Article } from '../../app/model/model';
import { inferRevisionRecords } from '../../app/revisions/earlier-revision';
import { analystName } from './settings-store';

/** The whole database as a backup file's text. */
export async function createBackup(db: BriefingDeskDatabase, now: Date = new Date()): Promise<string> {
  const { exportDB } = await import('dexie-export-import');
  const exported = await exportDB(db);
  return composeBackupFile(await exported.text(), { appVersion: packageJson.version, schemaVersion: db.verno, createdAt: now });
}

/** Opens the staging database a restore decodes into; a parameter so tests can watch it. */
export type StagingFactory = (name: string) => BriefingDeskDatabase;

/**
 * Replaces the database's whole content with the backup's, or changes nothing: the file is
 * checked first (backup-file.ts), decoded into a staging copy, then swapped in within one
 * transaction. Returns the backup's manifest for the confirmation message.
 */
export async function restoreBackup(
  db: BriefingDeskDatabase,
  text: string,
  createStaging: StagingFactory = (name) => new BriefingDeskDatabase(name),
): Promise<BackupManifest> {
  const tableNames = db.tables.map((table) => table.name);
  const { manifest, exportText, legacyBriefs } = await checkBackupFile(text, db.verno, tableNames);
  const staging = createStaging(`${db.name}-restore-staging`);
  let contents: Map<string, unknown[]>;
  // dexie-export-import loads with the first backup or restore, not when the window opens.
  const { importInto } = await import('dexie-export-import');
  try {
    await staging.delete();
    await staging.open();
    await importInto(staging, new Blob([exportText], { type: 'application/json' }), {
      acceptNameDiff: true,
      // An older backup (fewer tables) restores into the current schema; newer ones were refused above.
      acceptVersionDiff: true,
      acceptMissingTables: true,
    });
    contents = new Map(await Promise.all(tableNames.map(async (name) => [name, await staging.table(name).toArray()] as const)));
    // A backup from before revisions were recorded links them as the database upgrade does.
    if (manifest.schemaVersion < REVISION_HISTORY_VERSION) {
      contents.set('history', inferRevisionRecords((contents.get('articles') ?? []) as Article[], (contents.get('annotations') ?? []) as Annotation[]));
    }
    // A backup from before briefs had sources makes each article's brief a one-source brief, as the upgrade does.
    if (manifest.schemaVersion < BRIEF_SOURCES_VERSION) {
      const table = <T,>(name: string) => (contents.get(name) ?? []) as T[];
      const upgraded = await upgradeLegacyBriefs({
        articles: table<Article>('articles'),
        history: table<RevisionRecord>('history'),
        briefs: legacyBriefs,
        annotations: table<LegacyAnnotation>('annotations'),
        tombstones: table<LegacyTombstone>('tombstones'),
        revisions: table<LegacyRevisionItem>('revisions'),
      });
      contents.set('dossiers', [...upgraded.briefs]);
      contents.set('annotations', [...upgraded.annotations]);
      contents.set('tombstones', [...upgraded.tombstones]);
      contents.set('revisions', [...upgraded.revisions]);
    }
  } finally {
    await staging.delete();
  }
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd(contents.get(table.name) ?? []);
    }
  });
  return manifest;
}

/**
 * Whether the database looks wiped: no annotations and no analyst name, which a database
 * anyone has worked in always has. (The sample article alone does not count: it is added on
 * every start.)
 */
export async function looksEmpty(db: BriefingDeskDatabase): Promise<boolean> {
  return (await db.annotations.count()) === 0 && (await analystName(db)) === undefined;
}

/** Deletes a database that cannot be opened, so a restore can recreate it. */
export async function deleteDatabase(name: string): Promise<void> {
  await Dexie.delete(name);
}
