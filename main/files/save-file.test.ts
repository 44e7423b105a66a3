import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveFileRequestSchema, type SaveFileRequest } from '../../app/platform/ipc-contract';
import { APP_ENTRY_URL } from '../protocol/app-origin';
import { writeFileAtomic } from '../../node/atomic-write';
import { guardedHandler } from '../ipc/ipc-guard';
import { saveFile, type SaveFilePorts } from './save-file';

const request: SaveFileRequest = { suggestedName: 'Security-guarantees.brief', mimeType: 'application/json', content: '{"é": "ü"}\n' };

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'save-file-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const ports = (chosen: string | undefined): SaveFilePorts => ({ chooseSavePath: async () => chosen, writeFile: writeFileAtomic });

describe('saveFile', () => {
  it('writes the text as UTF-8 where the user chose', async () => {
    const target = join(folder, 'mine.brief');
    await expect(saveFile(request, ports(target))).resolves.toEqual({ status: 'saved', fileName: 'mine.brief' });
    expect(await readFile(target, 'utf8')).toBe('{"é": "ü"}\n');
  });

  it('adds the suggested extension when the chosen name lacks it', async () => {
    await expect(saveFile(request, ports(join(folder, 'mine')))).resolves.toEqual({ status: 'saved', fileName: 'mine.brief' });
  });

  it('on a cancelled dialog, writes nothing', async () => {
    await expect(saveFile(request, ports(undefined))).resolves.toEqual({ status: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('when writing fails, rejects and leaves no file', async () => {
    const target = join(folder, 'out.brief');
    await mkdir(target);
    await expect(saveFile(request, ports(target))).rejects.toThrow();
    expect(await readdir(target)).toEqual([]);
  });
});

describe('the save-file request schema', () => {
  it.each(['brief.brief', 'notes.md', 'a b.csv', 'x.jsonld'])('accepts %s', (suggestedName) => {
    expect(saveFileRequestSchema.safeParse({ ...request, suggestedName }).success).toBe(true);
  });

  it.each(['../evil.brief', 'a/b.md', 'C:\\x.csv', 'brief.exe', '.brief', 'a\u0000.md', 'x.pdf'])('refuses the name %j', (suggestedName) => {
    expect(saveFileRequestSchema.safeParse({ ...request, suggestedName }).success).toBe(false);
  });

  it('refuses unknown MIME types, extra fields and content over the limit', () => {
    expect(saveFileRequestSchema.safeParse({ ...request, mimeType: 'text/html' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...request, path: '/etc/passwd' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...request, content: 'x'.repeat(20_000_001) }).success).toBe(false);
  });

  it('through the IPC guard, refuses a request from another page before saving', async () => {
    let asked = false;
    const handler = guardedHandler({
      action: 'Save file',
      appUrl: APP_ENTRY_URL,
      schema: saveFileRequestSchema,
      handle: (r) => saveFile(r, { chooseSavePath: async () => ((asked = true), undefined), writeFile: writeFileAtomic }),
    });
    await expect(handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, request)).rejects.toThrow(/did not come from/);
    await expect(handler({ senderFrame: { url: APP_ENTRY_URL, parent: null } }, { ...request, suggestedName: '../x.brief' })).rejects.toThrow(/invalid request/);
    expect(asked).toBe(false);
  });
});
