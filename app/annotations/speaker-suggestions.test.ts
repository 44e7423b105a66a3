import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../import/plain-text-import';
import { speakerSuggestions } from './speaker-suggestions';

const sample = importPlainText(readFileSync(new URL('../../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8'));

function suggestionsFor(fragment: string): string[] {
  const block = sample.blocks.find((b) => b.text.includes(fragment));
  if (!block) throw new Error(`no paragraph holds ${fragment}`);
  return speakerSuggestions(block.text);
}

describe('speakerSuggestions on the sample article', () => {
  it.each([
    ['does not stipulate that an attack', 'Susan Stewart'],
    ['It is support. However', 'Claudia Major'],
    ['free economic zone', 'Wilfried Jilge'],
    ["we don't want a truce", 'Dmitry Peskov'],
  ])('the paragraph quoting "%s" suggests %s first', (fragment, name) => {
    expect(suggestionsFor(fragment)[0]).toBe(name);
  });

  it('suggests no titles or institutions', () => {
    const all = sample.blocks.flatMap((b) => speakerSuggestions(b.text));
    expect(all).not.toContain('German Chancellor');
    expect(all.some((n) => /Institute|Council|Treaty/.test(n))).toBe(false);
  });
});
