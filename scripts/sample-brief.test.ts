import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBriefFile } from '../app/exchange/brief-file';
import { buildSampleBrief } from './sample-brief';

const ARTICLE = new URL('../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url);

describe('assets/samples/sample.brief', () => {
  it('is what the generator makes (run with -u to rewrite it)', async () => {
    const text = await buildSampleBrief(readFileSync(ARTICLE, 'utf8'));
    await expect(text).toMatchFileSnapshot('../assets/samples/sample.brief');
  });

  it('is a valid brief file with every tag', async () => {
    const result = await parseBriefFile(readFileSync(new URL('../assets/samples/sample.brief', import.meta.url), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new Set(result.value.annotations.map((a) => a.tag))).toEqual(new Set(['guarantee', 'risk', 'precedent']));
  });
});
