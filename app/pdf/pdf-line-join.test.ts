import { describe, expect, it } from 'vitest';
import { hyphenatedWords, joinLines } from './pdf-line-join';

describe('joinLines', () => {
  const none = new Set<string>();

  it('joins lines with a space', () => {
    expect(joinLines(['The allies weighed', 'how a guarantee'], none)).toBe('The allies weighed how a guarantee');
  });

  it('undoes a hyphen the line break made', () => {
    expect(joinLines(['meant to com-', 'pile the offers'], none)).toBe('meant to compile the offers');
  });

  it('keeps a real hyphen: before a capital or a digit, and where the document spells the compound with it', () => {
    expect(joinLines(['the Anglo-', 'American view'], none)).toBe('the Anglo-American view');
    expect(joinLines(['during COVID-', '19 lockdowns'], none)).toBe('during COVID-19 lockdowns');
    expect(joinLines(['the cease-', 'fire held'], hyphenatedWords(['every cease-fire after it']))).toBe('the cease-fire held');
  });

  it('always removes a soft hyphen at a break', () => {
    expect(joinLines(['the arrange\u00AD', 'ment yearly'], hyphenatedWords(['arrange-ment']))).toBe('the arrangement yearly');
  });

  it('joins after a dash without a space', () => {
    expect(joinLines(['guarantees —', 'not promises'], none)).toBe('guarantees — not promises');
    expect(joinLines(['guarantees—', 'not promises'], none)).toBe('guarantees—not promises');
  });
});

describe('hyphenatedWords', () => {
  it('collects the compounds a text writes, lower-cased', () => {
    expect([...hyphenatedWords(['A well-known, Anglo-American and long-term-ish view', 'no compounds'])]).toEqual(['well-known', 'anglo-american', 'long-term-ish']);
  });
});
