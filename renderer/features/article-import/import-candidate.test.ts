import { describe, expect, it } from 'vitest';
import { importMarkdown } from '../../../app/import/markdown-import';
import { importPlainText } from '../../../app/import/plain-text-import';
import { fileStem, ImportRefusal, importKind, rawLinesDraft, textCandidate, withMetadata } from './import-candidate';

describe('importKind', () => {
  it.each([
    ['article.txt', 'text'],
    ['Notes.MD', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['page.html', 'html'],
    ['PAGE.HTM', 'html'],
    ['report.PDF', 'pdf'],
    ['scan.tiff', undefined],
    ['archive.tar.gz', undefined],
    ['txt', undefined],
  ])('%s → %s', (name, kind) => {
    expect(importKind(name)).toBe(kind);
  });
});

describe('fileStem', () => {
  it('drops folders and the extension', () => {
    expect(fileStem('C:\\docs\\Ukraine talks.md')).toBe('Ukraine talks');
    expect(fileStem('/tmp/a.b.txt')).toBe('a.b');
  });
});

describe('rawLinesDraft', () => {
  it('keeps every non-empty line as a paragraph under the title, chrome included', () => {
    const draft = rawLinesDraft('Title\r\n\r\nSkip to content\n  two   spaces \n02:45\n', 'Title');
    expect(draft.blocks).toEqual([
      { type: 'heading', text: 'Title' },
      { type: 'paragraph', text: 'Skip to content' },
      { type: 'paragraph', text: 'two spaces' },
      { type: 'paragraph', text: '02:45' },
    ]);
  });
});

describe('textCandidate', () => {
  it('reads scraped text with the plain-text importer, and keeps the raw lines beside it', () => {
    const candidate = textCandidate('a.txt', 'text', 'Skip to content\nHeadline here\nBy Ada Lovelace\n\nFirst paragraph.', importPlainText);
    expect(candidate.cleaned.title).toBe('Headline here');
    expect(candidate.cleaned.byline).toBe('Ada Lovelace');
    expect(candidate.raw.blocks.map((b) => b.text)).toContain('Skip to content');
  });

  it('titles a Markdown file without a heading by its name', () => {
    expect(textCandidate('Talks in Berlin.md', 'markdown', 'Just *a* paragraph.', (text) => importMarkdown(text, { fallbackTitle: 'Talks in Berlin' })).cleaned.title).toBe('Talks in Berlin');
  });

  it('refuses a text with nothing readable, naming the source', () => {
    expect(() => textCandidate('blank.txt', 'text', ' \n\n ', importPlainText)).toThrow(ImportRefusal);
    expect(() => textCandidate('blank.txt', 'text', ' \n', importPlainText)).toThrow('“blank.txt” cannot be imported: it holds no readable text.');
  });
});

describe('withMetadata', () => {
  const draft = { title: 'Old', blocks: [{ type: 'heading' as const, text: 'Old' }, { type: 'paragraph' as const, text: 'Body.' }] };
  it('renames the title heading with the title, and leaves blank fields out', () => {
    const edited = withMetadata(draft, { title: ' New  title ', byline: 'Ada', publisher: ' ', published: '', sourceUrl: 'https://example.org/a' }, 'a.txt');
    expect(edited).toEqual({ title: 'New title', byline: 'Ada', sourceUrl: 'https://example.org/a', blocks: [{ type: 'heading', text: 'New title' }, { type: 'paragraph', text: 'Body.' }] });
  });
  it('keeps a source address only as a web address', () => {
    const meta = { title: 'T', byline: '', publisher: '', published: '' };
    expect(() => withMetadata(draft, { ...meta, sourceUrl: 'javascript:alert(1)' }, 'a.txt')).toThrow(/source address “javascript:alert\(1\)” is not a web address/);
    expect(() => withMetadata(draft, { ...meta, sourceUrl: 'file:///etc/passwd' }, 'a.txt')).toThrow(/not a web address/);
    expect(withMetadata(draft, { ...meta, sourceUrl: ' HTTPS://Example.org/a ' }, 'a.txt').sourceUrl).toBe('https://example.org/a');
  });
  it('refuses a blank title', () => {
    expect(() => withMetadata(draft, { title: ' ', byline: '', publisher: '', published: '', sourceUrl: '' }, 'a.txt')).toThrow(/needs a title/);
  });
});
