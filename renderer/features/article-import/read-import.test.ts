// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../app/import/decode-text';
import { ImportRefusal } from './import-candidate';
import { MAX_PASTE_CHARS, PASTE_SOURCE, readImportFile, readPaste } from './read-import';

describe('readPaste', () => {
  it('refuses a paste longer than the limit, saying what to do instead', async () => {
    await expect(readPaste('', 'x'.repeat(MAX_PASTE_CHARS + 1))).rejects.toThrow(/too long \(10\.0 million characters; the limit is 10 million\)\. Save it as a file and import that instead\./);
  });

  it('reads the HTML of a paste when it holds an article', async () => {
    const candidate = await readPaste('<h1>Deterrence</h1><p>Credible <b>commitments</b> matter.</p>', 'ignored');
    expect(candidate.kind).toBe('html');
    expect(candidate.cleaned.blocks.map((b) => b.text)).toEqual(['Deterrence', 'Credible commitments matter.']);
  });

  it('falls back to the plain text when the HTML holds no article', async () => {
    const candidate = await readPaste('<img src="x.png">', 'A title\n\nA paragraph of plain text.');
    expect(candidate).toMatchObject({ kind: 'text', source: PASTE_SOURCE, cleaned: { title: 'A title' } });
  });

  it('refuses an empty clipboard', async () => {
    await expect(readPaste('', '  ')).rejects.toThrow('“Pasted text” cannot be imported: the clipboard holds no text.');
  });
});

describe('readImportFile', () => {
  it('routes by extension and decodes windows-1252', async () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a, 0x0a, ...new TextEncoder().encode('Text.')]);
    const candidate = await readImportFile(new File([bytes], 'notes.MD'));
    expect(candidate).toMatchObject({ kind: 'markdown', cleaned: { title: 'Café' } });
  });

  it('refuses an unknown extension and an oversized file before reading it', async () => {
    await expect(readImportFile(new File(['x'], 'scan.tiff'))).rejects.toThrow(/“scan\.tiff” cannot be imported: only \.txt, \.md, \.markdown, \.html, \.htm and \.pdf files/);
    const huge = { name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    await expect(readImportFile(huge)).rejects.toThrow(ImportRefusal);
    await expect(readImportFile(huge)).rejects.toThrow(/is 20\.0 MB/);
  });
});
