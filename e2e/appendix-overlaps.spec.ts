// The briefing PDF's appendix draws every highlight on its own words, however many overlap:
// laid out by Chromium (the print engine), each segment's boxes lie on the boxes of its text,
// and each further tag's line is under the same words, never on the line above.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { composeBrief } from '../app/brief/brief-compose';
import { renderBriefHtml } from '../app/brief/brief-html';
import { canonicalText } from '../app/model/canonical-text';
import { importPlainText } from '../app/import/plain-text-import';
import type { Annotation, Article } from '../app/model/model';
import type { Tag } from '../app/model/tags';
import { describeRange } from '../app/anchoring/text-selectors';

const draft = importPlainText(readFileSync(new URL('../assets/articles/dw-2025-12-18-security-guarantees-ukraine.txt', import.meta.url), 'utf8'));
const text = canonicalText(draft.blocks);
const article: Article = { ...draft, id: 'sample', textHash: '0'.repeat(64), importedAt: '2026-12-01T00:00:00Z' };

function annotation(id: string, tag: Tag, exact: string): Annotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`the sample lacks ${exact}`);
  return { id, briefId: 'brief', articleId: article.id, tag, target: describeRange(text, { start, end: start + exact.length }), note: '', links: [], author: 'Ada', createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z' };
}

const annotations = [
  annotation('g', 'guarantee', 'discussion of security guarantees akin to those offered by Article 5 of the North Atlantic Treaty'),
  annotation('r', 'risk', 'Article 5 of the North Atlantic Treaty and territorial questions'),
  annotation('p', 'precedent', 'North Atlantic Treaty'),
];

test('each appendix segment and each overlapping tag\'s line lie on the boxes of their own words', async ({ page }) => {
  const html = renderBriefHtml(composeBrief({ articles: [article], annotations, brief: undefined, exportedAt: '2026-12-01T00:00:00Z', analyst: 'Ada' }));
  await page.setContent(html);
  const mismatches = await page.evaluate(() => {
    const problems: string[] = [];
    const elements = [...document.querySelectorAll<HTMLElement>('.appendix mark.hl, .appendix span.ln')];
    if (elements.length < 4) problems.push(`only ${elements.length} highlight elements`);
    for (const element of elements) {
      // The boxes of its words: the text nodes' line boxes, one union per line.
      const lines = new Map<number, { left: number; right: number; top: number; bottom: number }>();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) {
          if (r.width <= 0.5) continue;
          const key = Math.round(r.top);
          const line = lines.get(key);
          lines.set(key, line ? { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right), top: Math.min(line.top, r.top), bottom: Math.max(line.bottom, r.bottom) } : { left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        }
      }
      const words = [...lines.values()].sort((a, b) => a.top - b.top);
      const boxes = [...element.getClientRects()].filter((r) => r.width > 0.5).sort((a, b) => a.top - b.top);
      const name = `${element.className} "${element.textContent}"`;
      if (boxes.length !== words.length) {
        problems.push(`${name}: ${boxes.length} boxes for ${words.length} lines of words`);
        continue;
      }
      const padding = parseFloat(getComputedStyle(element).paddingBottom);
      boxes.forEach((box, i) => {
        const word = words[i]!;
        const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
        if (!near(box.left, word.left) || !near(box.right, word.right)) problems.push(`${name}: line ${i} spans ${box.left}–${box.right}, its words ${word.left}–${word.right}`);
        if (!near(box.top, word.top)) problems.push(`${name}: line ${i} starts at ${box.top}, its words at ${word.top}`);
        if (box.bottom < word.bottom - 1.5 || box.bottom > word.bottom + padding + 1.5) problems.push(`${name}: line ${i} ends at ${box.bottom}, its words at ${word.bottom}`);
      });
    }
    return problems;
  });
  expect(mismatches).toEqual([]);

  // Under the three-way overlap each tag has a line of its own, one under the other, in its own style.
  const overlap = page.locator('.appendix mark.hl-guarantee span.ln-risk span.ln-precedent', { hasText: 'North Atlantic Treaty' });
  await expect(overlap).toHaveCount(1);
  const bottoms = await overlap.evaluate((inner) => {
    const risk = inner.parentElement!;
    const mark = risk.parentElement!;
    const bottom = (el: Element) => Math.max(...[...el.getClientRects()].map((r) => r.bottom));
    return { mark: bottom(mark), risk: bottom(risk), precedent: bottom(inner), riskImage: getComputedStyle(risk).backgroundImage, precedentImage: getComputedStyle(inner).backgroundImage };
  });
  expect(bottoms.risk).toBeGreaterThan(bottoms.mark);
  expect(bottoms.precedent).toBeGreaterThan(bottoms.risk);
  expect(bottoms.riskImage).toContain('linear-gradient');
  expect(bottoms.precedentImage).toContain('repeating-linear-gradient');
});
