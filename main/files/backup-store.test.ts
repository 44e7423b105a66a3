import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '../../app/platform/desktop-contract';
import { writeFileAtomic } from '../../node/atomic-write';
import { backupFileName, backupsToRemove, describeWriteError, listBackups, readBackup, readLimitedText, saveBackup } from './backup-store';

let root: string;
let folder: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backup-store-'));
  folder = join(root, 'backups');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A time `minutes` after a fixed start, so names differ and sort by age. */
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 12, 0, 0) + minutes * 60_000);

describe('backupFileName', () => {
  it('names a backup by its UTC time and reason, in a form the contract accepts and that sorts by age', () => {
    const name = backupFileName(new Date('2026-11-26T12:30:05.123Z'), 'quit');
    expect(name).toBe('briefing-desk-20261126T123005123Z-quit.bdbackup');
    expect(BACKUP_NAME_PATTERN.test(name)).toBe(true);
    expect(backupFileName(at(1), 'manual') < backupFileName(at(2), 'automatic')).toBe(true);
  });
});

describe('backupsToRemove', () => {
  it('names the oldest beyond the newest ten, and never another file', () => {
    const names = Array.from({ length: 12 }, (_, i) => backupFileName(at(i), 'automatic'));
    expect(backupsToRemove([...names, 'notes.txt', 'briefing-desk.bdbackup'])).toEqual([names[1], names[0]]);
    expect(backupsToRemove(names.slice(0, 10))).toEqual([]);
  });
});

describe('saveBackup', () => {
  it('creates the folder and writes the backup whole', async () => {
    const result = await saveBackup({ text: '{"a":1}\n{}', reason: 'manual' }, { folder, writeFile: writeFileAtomic, now: at(0) });
    expect(result).toEqual({ name: 'briefing-desk-20261126T120000000Z-manual.bdbackup', folder });
    expect(await readFile(join(folder, result.name), 'utf8')).toBe('{"a":1}\n{}');
    expect(await readdir(folder)).toEqual([result.name]);
  });

  it('keeps the newest ten (rotation), leaving the analyst\'s other files alone', async () => {
    await mkdir(folder);
    await writeFile(join(folder, 'readme.txt'), 'mine');
    for (let i = 0; i < 13; i++) await saveBackup({ text: `backup ${i}`, reason: 'automatic' }, { folder, writeFile: writeFileAtomic, now: at(i) });
    const kept = await listBackups(folder);
    expect(kept.map((b) => b.name)).toEqual(Array.from({ length: 10 }, (_, i) => backupFileName(at(12 - i), 'automatic')));
    expect(await readFile(join(folder, 'readme.txt'), 'utf8')).toBe('mine');
  });

  it('on a failing write (disk full) says so in words, leaves earlier backups and removes none', async () => {
    for (let i = 0; i < 10; i++) await saveBackup({ text: `backup ${i}`, reason: 'automatic' }, { folder, writeFile: writeFileAtomic, now: at(i) });
    const before = await readdir(folder);
    const diskFull = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    await expect(saveBackup({ text: 'new', reason: 'quit' }, { folder, writeFile: diskFull, now: at(20) })).rejects.toThrow(
      /^The backup was not saved: the disk is full\..*Nothing already saved was lost\.$/s,
    );
    expect(await readdir(folder)).toEqual(before);
  });

  it('fails with a clear message when the backups folder is a file', async () => {
    await writeFile(folder, 'not a folder');
    await expect(saveBackup({ text: 'x', reason: 'manual' }, { folder, writeFile: writeFileAtomic })).rejects.toThrow(/is not a folder/);
    expect(await readFile(folder, 'utf8')).toBe('not a folder');
  });

  // Skipped as root (CI containers): root writes into read-only folders, so there is no failure to see.
  it.skipIf(process.getuid?.() === 0)('fails with a clear message when the folder is read-only', async () => {
    await mkdir(folder);
    await chmod(folder, 0o500);
    await expect(saveBackup({ text: 'x', reason: 'manual' }, { folder, writeFile: writeFileAtomic })).rejects.toThrow(/may not write to/);
    await chmod(folder, 0o700);
  });
});

describe('saveBackup of unchanged data', () => {
  const backupWith = (hash: string, createdAt: string) => `${JSON.stringify({ format: 'briefing-desk-backup', createdAt, sha256: hash })}\nexport`;

  it('does not write a backup whose data hash equals the newest one\'s, so older backups are not pushed out', async () => {
    const first = await saveBackup({ text: backupWith('a'.repeat(64), '1'), reason: 'automatic' }, { folder, writeFile: writeFileAtomic, now: at(0) });
    const again = await saveBackup({ text: backupWith('a'.repeat(64), '2'), reason: 'quit' }, { folder, writeFile: writeFileAtomic, now: at(1) });
    expect(again).toEqual({ name: first.name, folder, unchanged: true });
    const changed = await saveBackup({ text: backupWith('b'.repeat(64), '3'), reason: 'quit' }, { folder, writeFile: writeFileAtomic, now: at(2) });
    expect(changed.unchanged).toBeUndefined();
    expect(await readdir(folder)).toHaveLength(2);
  });
});

describe('describeWriteError', () => {
  it('turns quota and permission errors into advice', () => {
    expect(describeWriteError({ code: 'EDQUOT' }, '/d')).toMatch(/disk is full/);
    expect(describeWriteError({ code: 'EROFS' }, '/d')).toMatch(/may not write to \/d/);
    expect(describeWriteError(new Error('odd'), '/d')).toBe('odd.');
  });
});

describe('listBackups and readBackup', () => {
  it('lists none before the first backup', async () => {
    expect(await listBackups(folder)).toEqual([]);
  });

  it('reads a listed backup back, and refuses any name it did not write', async () => {
    const { name } = await saveBackup({ text: 'the backup', reason: 'manual' }, { folder, writeFile: writeFileAtomic, now: at(0) });
    const [info] = await listBackups(folder);
    expect(info).toMatchObject({ name, bytes: 10 });
    expect(await readBackup(folder, name)).toBe('the backup');
    await writeFile(join(root, 'secret.txt'), 'secret');
    for (const bad of ['../secret.txt', 'secret.txt', `../backups/${name}`, `${name}/..`]) {
      await expect(readBackup(folder, bad)).rejects.toThrow('is not a backup of this app');
    }
  });
});

describe('readLimitedText', () => {
  it('refuses a file over the limit and a folder, before reading', async () => {
    await writeFile(join(root, 'big.brief'), 'x'.repeat(101));
    await expect(readLimitedText(join(root, 'big.brief'), 100, 'The file big.brief')).rejects.toThrow('The file big.brief is too large (101 bytes; the limit is 100).');
    await expect(readLimitedText(root, 100, 'That')).rejects.toThrow('That is not a file.');
    expect(await readLimitedText(join(root, 'big.brief'), 101, 'f')).toHaveLength(101);
  });
});
