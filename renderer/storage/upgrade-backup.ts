/**
 * The backup taken before this build upgrades an older database: the database is opened as it
 * is (Dexie without a schema opens whatever version is there, upgrading nothing), exported
 * whole, and handed back as a backup file's text, so the analyst holds a copy of their work as
 * the older version left it before any upgrade function runs.
 */
import Dexie from 'dexie';
import packageJson from '../../package.json';
import { composeBackupFile } from './backup-file';
import { DATABASE_NAME, SCHEMA_VERSION } from './database';

/**
 * The backup file's text of database `name` when it exists and is older than `target`;
 * undefined when there is no database or it needs no upgrade. `now` dates the backup.
 */
export async function backupBeforeUpgrade(name: string = DATABASE_NAME, target: number = SCHEMA_VERSION, now: Date = new Date()): Promise<string | undefined> {
  if (!(await Dexie.exists(name))) return undefined;
  const probe = new Dexie(name);
  try {
    await probe.open();
    if (probe.verno >= target) return undefined;
    const { exportDB } = await import('dexie-export-import');
    const exported = await exportDB(probe);
    return await composeBackupFile(await exported.text(), { appVersion: packageJson.version, schemaVersion: probe.verno, createdAt: now });
  } finally {
    probe.close();
  }
}
