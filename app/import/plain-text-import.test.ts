import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText, parseWrittenDate } from './plain-text-import';

const sample = readFileSync(new URL('../../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8');

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

  it('drops skip links, breadcrumbs, video leftovers and the video title', () => {
    expect(texts.some((t) => /Skip to|PoliticsUkraine|video element|^02:45$/.test(t))).toBe(false);
    expect(texts).not.toContain('Ukraine peace talks in Berlin focus on security guarantees');
  });

  it('keeps the standfirst as the first paragraph', () => {
    expect(article.blocks[1]).toEqual({
      type: 'paragraph',
      text: "European leaders' commitment to security guarantees for Ukraine is important but not crucial, say experts. What about the US and Russia?",
    });
  });

  it('recognises captions by their credit, drops the alt-text line above one, and separates a run-in credit', () => {
    expect(article.blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual([
      'Ukraine might drop its bid to become a member of NATO Image: Andreas Stroh/Zumapress/picture alliance',
      'Ukrainian President Zelenskyy was upbeat about progress made in Berlin Image: Lisi Niesner/AFP',
    ]);
    expect(texts.some((t) => t.startsWith('Ukrainian blue and yellow flags'))).toBe(false);
  });

  it('finds every subheading, including a question and one ending in a quoted phrase', () => {
    expect(article.blocks.filter((b) => b.type === 'heading').map((b) => b.text)).toEqual([
      article.title,
      'Legally binding commitments in wake of ceasefire',
      "Would the security guarantees be like NATO's Article 5?",
      "Russia believes it's 'on the path to victory'",
      'Russia rejects Christmas ceasefire',
    ]);
  });

  it('keeps paragraphs whole, the last lines included', () => {
    expect(article.blocks.find((b) => b.text.startsWith('Susan Stewart'))?.type).toBe('paragraph');
    expect(article.blocks.slice(-2)).toEqual([
      { type: 'paragraph', text: "Russia's attacks on Ukraine are likely to continue over the holidays." },
      { type: 'paragraph', text: 'This text was originally published in Ukrainian.' },
    ]);
    expect(article.blocks).toHaveLength(28);
  });
});

describe('importPlainText', () => {
  it('drops advertising, read-more teasers and share bars from pasted or saved text, and keeps sentences that mention them', () => {
    const pasted = [
      'Talks resume in Geneva',
      '',
      'Negotiators met again on Monday.',
      'Advertisement',
      'Read more: Why the ceasefire failed',
      'Share on Facebook | Twitter | Email',
      'Facebook Twitter WhatsApp Copy link',
      'They will share a text on Friday, and advertisement of the deal is not planned.',
    ].join('\n');
    const texts = importPlainText(pasted).blocks.map((b) => b.text);
    expect(texts).toEqual(['Talks resume in Geneva', 'Negotiators met again on Monday.', 'They will share a text on Friday, and advertisement of the deal is not planned.']);
  });

  it('refuses a text with nothing readable', () => {
    expect(() => importPlainText('\n  \nSkip to content\n02:45\n')).toThrow(RangeError);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    expect(importPlainText('\uFEFFTitle\r\n\r\nBody text here.').blocks).toEqual([
      { type: 'heading', text: 'Title' },
      { type: 'paragraph', text: 'Body text here.' },
    ]);
  });

  it.each([
    ['a "By" byline without a date', 'Title\nBy Jane Doe and John Roe\n\nBody.', 'Jane Doe and John Roe', undefined],
    ['byline and date on one line', 'Title\nBy Jane Doe | 3 March 2024\n\nBody.', 'Jane Doe', '2024-03-03'],
    ['the date before the byline', 'Title\nUpdated: Mar. 3, 2024, 10:30 AM CET\nUrsula von der Leyen\n\nBody.', 'Ursula von der Leyen', '2024-03-03'],
    ['a name with no date near it is not a byline', 'Title\n\nSusan Stewart\n\nBody.', undefined, undefined],
  ])('header: %s', (_name, raw, byline, published) => {
    const article = importPlainText(raw);
    expect([article.byline, article.published]).toEqual([byline, published]);
    expect(article.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Body.' });
  });

  it('never takes the standfirst for a subheading, nor a short line without a blank line before it', () => {
    const article = importPlainText('Title\n\nA short standfirst\n\nSubheading\n\nBody one.\nNot a heading\n\nEnd.');
    expect(article.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('keeps a sentence directly above a caption: only alt text is dropped', () => {
    const article = importPlainText('Title\n\nStandfirst.\n\nA sentence that ends.\nFlags Image: AFP');
    expect(article.blocks.map((b) => b.text)).toEqual(['Title', 'Standfirst.', 'A sentence that ends.', 'Flags Image: AFP']);
  });
});

describe('parseWrittenDate', () => {
  it.each([
    ['December 18, 2025', '2025-12-18'],
    ['3 March 2024', '2024-03-03'],
    ['Dec. 18, 2025', '2025-12-18'],
    ['Sept 1, 2025', '2025-09-01'],
    ['Thursday, December 18, 2025', '2025-12-18'],
    ['Published on 18 Dec 2025', '2025-12-18'],
    ['December 18, 2025, 10:30 AM', '2025-12-18'],
    ['2025-12-18', '2025-12-18'],
    ['18.12.2025', '2025-12-18'],
    ['February 30, 2025', undefined],
    ['03/04/2025', undefined],
    ['May the force', undefined],
    ['Not a date', undefined],
  ])('%s → %s', (line, iso) => expect(parseWrittenDate(line)).toBe(iso));
});
