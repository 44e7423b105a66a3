import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecentFile, loadRecentFiles, parseRecentFiles, RECENT_FILES_KEPT } from './recent-files';

describe('addRecentFile', () => {
  it('puts the file first, once, and keeps ten', () => {
    expect(addRecentFile(['/a.brief', '/b.brief'], '/b.brief')).toEqual(['/b.brief', '/a.brief']);
    const many = Array.from({ length: RECENT_FILES_KEPT }, (_, i) => `/${i}.brief`);
    const updated = addRecentFile(many, '/new.brief');
    expect(updated).toHaveLength(RECENT_FILES_KEPT);
    expect(updated[0]).toBe('/new.brief');
    expect(updated).not.toContain(`/${RECENT_FILES_KEPT - 1}.brief`);
  });
});

describe('parseRecentFiles and loadRecentFiles', () => {
  it('keeps absolute paths and drops a damaged file', async () => {
    expect(parseRecentFiles('["/a.brief","relative.brief"]')).toEqual(['/a.brief']);
    expect(parseRecentFiles('{"not":"a list"}')).toEqual([]);
    expect(parseRecentFiles('[1,2')).toEqual([]);
    const folder = await mkdtemp(join(tmpdir(), 'recent-'));
    try {
      expect(await loadRecentFiles(join(folder, 'recent-files.json'))).toEqual([]);
      await writeFile(join(folder, 'recent-files.json'), '["/x.brief"]');
      expect(await loadRecentFiles(join(folder, 'recent-files.json'))).toEqual(['/x.brief']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
