import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leadingArgs, OpenFileQueue, pathsFromArgv, readOpenedFile, routeOpenedPath } from './open-file-args';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'open-file-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('pathsFromArgv', () => {
  it('takes the paths after the executable (packaged) or the app folder (from sources), made absolute', () => {
    expect(pathsFromArgv(['/opt/Briefing Desk/briefing-desk', 'team.brief'], leadingArgs(true), '/home/ada')).toEqual(['/home/ada/team.brief']);
    expect(pathsFromArgv(['electron', '.', '/tmp/a.brief', '../b.brief'], leadingArgs(false), '/home/ada/work')).toEqual(['/tmp/a.brief', '/home/ada/b.brief']);
  });

  it('ignores switches, Chromium\'s included, and empty arguments', () => {
    expect(pathsFromArgv(['app', '--no-sandbox', '--allow-file-access-from-files', '-psn_0_123', '', '/x/y.brief'], 1, '/')).toEqual(['/x/y.brief']);
    expect(pathsFromArgv(['app'], 1, '/')).toEqual([]);
  });
});

describe('routeOpenedPath', () => {
  it('opens .brief files, whatever the case of the ending', () => {
    expect(routeOpenedPath('/a/Team.BRIEF')).toEqual({ kind: 'brief' });
  });

  it('sends articles (PDF, text, Markdown, HTML) to the import', () => {
    for (const path of ['/a/statement.PDF', '/a/notes.txt', '/a/notes.md', '/a/page.html']) expect(routeOpenedPath(path)).toEqual({ kind: 'article' });
  });

  it('refuses other files with a reason naming the file and what opens', () => {
    expect(routeOpenedPath('/a/photo.jpg')).toEqual({
      kind: 'unsupported',
      reason: 'Briefing Desk opens .brief files and articles (.pdf, .txt, .md, .markdown, .html, .htm) from the system; photo.jpg is neither.',
    });
    expect(routeOpenedPath('/a/brief')).toMatchObject({ kind: 'unsupported' });
  });
});

describe('readOpenedFile', () => {
  it('hands over the name and text, not the path', async () => {
    await writeFile(join(folder, 'team.brief'), '{"format":"briefing-desk"}');
    expect(await readOpenedFile(join(folder, 'team.brief'))).toEqual({ name: 'team.brief', text: '{"format":"briefing-desk"}' });
  });

  it('hands over a PDF as its bytes, exactly', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xff, 0x00]);
    await writeFile(join(folder, 'statement.pdf'), bytes);
    expect(await readOpenedFile(join(folder, 'statement.pdf'))).toEqual({ name: 'statement.pdf', bytes });
  });

  it('refuses a file over 20 MB before reading it, and a missing file', async () => {
    const big = join(folder, 'big.brief');
    await writeFile(big, '');
    await truncate(big, 20_000_001);
    await expect(readOpenedFile(big)).rejects.toThrow('The file big.brief is too large');
    await expect(readOpenedFile(join(folder, 'gone.brief'))).rejects.toThrow(/ENOENT/);
  });
});

describe('OpenFileQueue', () => {
  it('holds files until the window attaches, then delivers in order, and holds again after detach', () => {
    const queue = new OpenFileQueue<string>();
    const received: string[] = [];
    queue.push('first');
    queue.push('second');
    queue.attach((item) => received.push(item));
    queue.push('third');
    queue.detach();
    queue.push('fourth');
    expect(received).toEqual(['first', 'second', 'third']);
    queue.attach((item) => received.push(`again ${item}`));
    expect(received.at(-1)).toBe('again fourth');
  });
});
