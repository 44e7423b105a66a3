import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText, parseWrittenDate } from './plain-text-import';

const sample = readFileSync(new URL('../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8');

describe('importPlainText on the sample article', () => {
  const article = importPlainText(sample, { publisher: 'DW' });
  const texts = article.blocks.map((b) => b.text);

  it('finds the title, byline and date', () => {
    expect(article.title).toBe('What security guarantees is Ukraine likely to be granted?');
    expect(article.byline).toBe('Danilo Bilek');
    expect(article.published).toBe('2025-12-18');
    expect(article.publisher).toBe('DW');
    expect(article.blocks[0]).toEqual({ type: 'heading', text: article.title });
  });

  it('drops skip links, breadcrumbs and video leftovers', () => {
    expect(texts.some((t) => /Skip to|PoliticsUkraine|video element|^02:45$/.test(t))).toBe(false);
  });

  it('keeps paragraphs whole and recognises captions and subheadings', () => {
    expect(texts).toContain('Russia rejects Christmas ceasefire');
    expect(article.blocks.find((b) => b.text === 'Russia rejects Christmas ceasefire')?.type).toBe('heading');
    expect(article.blocks.filter((b) => b.type === 'caption')).toHaveLength(2);
    expect(article.blocks.find((b) => b.text.startsWith('Susan Stewart'))?.type).toBe('paragraph');
  });
});

describe('importPlainText', () => {
  it('refuses a text with nothing readable', () => {
    expect(() => importPlainText('\n  \nSkip to content\n')).toThrow(RangeError);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    expect(importPlainText('\uFEFFTitle\r\n\r\nBody text here.').blocks).toEqual([
      { type: 'heading', text: 'Title' },
      { type: 'paragraph', text: 'Body text here.' },
    ]);
  });
});

describe('parseWrittenDate', () => {
  it.each([
    ['December 18, 2025', '2025-12-18'],
    ['3 March 2024', '2024-03-03'],
    ['Not a date', undefined],
  ])('%s → %s', (line, iso) => expect(parseWrittenDate(line)).toBe(iso));
});
