import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBriefFile } from '../app/exchange/brief-file';
import { buildSampleBrief } from './sample-brief';

const ARTICLE = new URL('../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url);
const NOTES = new URL('../assets/samples/interview-notes-fictional.txt', import.meta.url);

describe('assets/samples/sample.brief', () => {
  it('is what the generator makes (run with -u to rewrite it)', async () => {
    const text = await buildSampleBrief(readFileSync(ARTICLE, 'utf8'), readFileSync(NOTES, 'utf8'));
    await expect(text).toMatchFileSnapshot('../assets/samples/sample.brief');
  });

  it('is a valid brief file with every tag', async () => {
    const result = await parseBriefFile(readFileSync(new URL('../assets/samples/sample.brief', import.meta.url), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new Set(result.value.annotations.map((a) => a.tag))).toEqual(new Set(['guarantee', 'risk', 'precedent']));
  });

  it('has two sources, the second labelled a fictional sample, and links from the second to guarantees of the first', async () => {
    const result = await parseBriefFile(readFileSync(new URL('../assets/samples/sample.brief', import.meta.url), 'utf8'));
    if (!result.ok) throw new Error(result.message);
    const [article, notes] = result.value.articles;
    expect(result.value.articles).toHaveLength(2);
    expect(notes?.title).toMatch(/fictional sample/);
    const byId = new Map(result.value.annotations.map((a) => [a.id, a]));
    const across = result.value.annotations.filter((a) => a.articleId === notes?.id && a.links.some((id) => byId.get(id)?.articleId === article?.id));
    expect(across.length).toBeGreaterThanOrEqual(1);
    expect(across.every((a) => a.links.every((id) => byId.get(id)?.tag === 'guarantee'))).toBe(true);
  });
});
