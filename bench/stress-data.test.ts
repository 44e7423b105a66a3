import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../app/model/canonical-text';
import { toUtf16Offset } from '../app/model/code-points';
import { reviseBlocks, stressAnnotations, stressArticle, stressDossier, STRESS_DOSSIER_ID } from './stress-data';
import { placeAnnotations } from '../app/annotations/anchored-annotations';

const dir = join(import.meta.dirname, '../assets/articles');
const sample = readFileSync(join(dir, readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()[0]!), 'utf8');

describe('benchmark stress data', () => {
  it('is the same on every run, sized as asked, with quotes that recur', async () => {
    const [a, b] = await Promise.all([stressArticle(sample, { targetChars: 60_000 }), stressArticle(sample, { targetChars: 60_000 })]);
    expect(a).toEqual(b);
    const text = canonicalText(a.blocks);
    expect(text.length).toBeGreaterThanOrEqual(60_000);
    const annotations = stressAnnotations(a, 300);
    expect(stressAnnotations(a, 300)).toEqual(annotations);
    const repeated = annotations.filter((x) => text.indexOf(x.target.quote.exact) !== text.lastIndexOf(x.target.quote.exact));
    expect(repeated.length).toBeGreaterThan(annotations.length / 2);
  });

  it('targets the text as the app describes it, with every tag, overlaps and notes', async () => {
    const article = await stressArticle(sample, { targetChars: 60_000 });
    const text = canonicalText(article.blocks);
    const annotations = stressAnnotations(article, 300);
    for (const { target } of annotations) {
      expect(text.slice(toUtf16Offset(text, target.position.start), toUtf16Offset(text, target.position.end))).toBe(target.quote.exact);
    }
    expect(new Set(annotations.map((x) => x.tag))).toEqual(new Set(['guarantee', 'risk', 'precedent']));
    expect(annotations.filter((x) => x.note).length).toBe(60);
    const overlapping = annotations.filter((x, i) => {
      const before = annotations[i - 1];
      return before && x.target.position.start < before.target.position.end && x.target.position.end > before.target.position.start;
    });
    expect(overlapping.length).toBeGreaterThan(10);
    expect(stressAnnotations(article, 100)).toEqual(annotations.slice(0, 100));
  });

  it('revises the article: blocks dropped, reworded and added', async () => {
    const article = await stressArticle(sample, { targetChars: 60_000 });
    const revised = reviseBlocks(article.blocks);
    expect(revised).not.toEqual(article.blocks);
    expect(revised.some((b) => b.text.startsWith('Update '))).toBe(true);
  });
});

describe('stressDossier', () => {
  it('makes distinct sources, each annotation placed on its own source, some linked to the first source', async () => {
    const { articles, annotations } = await stressDossier(sample, { sources: 3, perSource: 40, sourceChars: 8_000 });
    expect(new Set(articles.map((a) => a.textHash)).size).toBe(3);
    expect(new Set(articles.map((a) => a.title)).size).toBe(3);
    expect(annotations).toHaveLength(120);
    expect(annotations.every((a) => a.briefId === STRESS_DOSSIER_ID)).toBe(true);
    for (const article of articles) {
      const own = annotations.filter((a) => a.articleId === article.id);
      expect(own).toHaveLength(40);
      expect(placeAnnotations(canonicalText(article.blocks), own).orphaned).toEqual([]);
    }
    const first = new Set(annotations.filter((a) => a.articleId === articles[0]?.id).map((a) => a.id));
    expect(annotations.some((a) => a.articleId !== articles[0]?.id && a.links.some((id) => first.has(id)))).toBe(true);
  });
});
