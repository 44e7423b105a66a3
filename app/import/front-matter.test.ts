import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter';
import { importMarkdown } from './markdown-import';

describe('front matter', () => {
  const file = ['---', 'title: "Notes on the Berlin talks"', 'author: [Ada Analyst, Bo Reviewer]', 'date: 2025-12-19', 'source: https://example.org/berlin # the page', 'tags:', '  - ukraine', '---', '', 'Leaders met in Berlin.', ''].join('\n');

  it('is read as fields and left out of the body', () => {
    const { fields, body } = splitFrontMatter(file);
    expect(fields).toEqual({ title: 'Notes on the Berlin talks', author: 'Ada Analyst, Bo Reviewer', date: '2025-12-19', source: 'https://example.org/berlin' });
    expect(body.trim()).toBe('Leaders met in Berlin.');
  });

  it('gives a Markdown article its title, author, date and source, and none of its lines as text', () => {
    const article = importMarkdown(file);
    expect(article).toMatchObject({ title: 'Notes on the Berlin talks', byline: 'Ada Analyst, Bo Reviewer', published: '2025-12-19', sourceUrl: 'https://example.org/berlin' });
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Notes on the Berlin talks' },
      { type: 'paragraph', text: 'Leaders met in Berlin.' },
    ]);
  });

  it('keeps a source that is not a web link out, and leaves a file without front matter alone', () => {
    expect(importMarkdown('---\ntitle: T\nsource: javascript:alert(1)\n---\nText.').sourceUrl).toBeUndefined();
    expect(splitFrontMatter('# Title\n\n---\n\nText').fields).toEqual({});
  });
});
