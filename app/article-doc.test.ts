import { describe, expect, it } from 'vitest';
import { articleToDoc, docPosToTextOffset, textOffsetToDocPos } from './article-doc';
import { canonicalText } from './canonical-text';
import type { ArticleBlock } from './model';

const blocks: ArticleBlock[] = [
  { type: 'heading', text: 'Title here' },
  { type: 'paragraph', text: 'First 😀 paragraph.' },
  { type: 'caption', text: 'A caption Image: someone' },
  { type: 'heading', text: 'Sub' },
  { type: 'paragraph', text: 'Last one.' },
];

describe('articleToDoc', () => {
  const doc = articleToDoc(blocks);

  it('makes the title a level-1 heading and later headings level 2', () => {
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(0).attrs.level).toBe(1);
    expect(doc.child(3).attrs.level).toBe(2);
    expect(doc.child(2).type.name).toBe('caption');
  });

  it('maps every text offset to the doc position holding the same character', () => {
    const text = canonicalText(blocks);
    for (let offset = 0; offset < text.length; offset++) {
      if (text[offset] === '\n') continue;
      const pos = textOffsetToDocPos(offset);
      expect(doc.textBetween(pos, pos + 1)).toBe(text[offset]);
      expect(docPosToTextOffset(doc, pos)).toBe(offset);
    }
  });

  it('maps a position between blocks to the start of the next block text', () => {
    const betweenFirstAndSecond = doc.child(0).nodeSize;
    const text = canonicalText(blocks);
    expect(text.slice(docPosToTextOffset(doc, betweenFirstAndSecond))).toMatch(/^First/);
    expect(docPosToTextOffset(doc, doc.content.size)).toBe(text.length);
  });
});
