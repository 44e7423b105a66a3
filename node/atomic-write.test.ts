import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves nothing else behind', async () => {
    const target = join(folder, 'brief.pdf');
    await writeFileAtomic(target, new TextEncoder().encode('%PDF-1.7 new'));
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 new');
    expect(await readdir(folder)).toEqual(['brief.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(folder, 'brief.pdf');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(folder)).toEqual(['brief.pdf']);
  });

  it('on a failed replace, rejects and leaves the target as it was, with no temporary file', async () => {
    // A folder in the target's place makes the final rename fail after the bytes are written.
    const target = join(folder, 'brief.pdf');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, new TextEncoder().encode('%PDF'))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['brief.pdf']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('rejects when the folder does not exist, creating nothing', async () => {
    await expect(writeFileAtomic(join(folder, 'missing', 'brief.pdf'), new Uint8Array([1]))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(folder)).toEqual([]);
  });
});
