import type { Node as PMNode } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { articleToDoc, BLOCKS_PER_CHUNK, docPosToTextOffset, textOffsetToDocPos } from './article-doc';
import { canonicalText } from '../model/canonical-text';
import type { ArticleBlock } from '../model/model';

const blocks: ArticleBlock[] = [
  { type: 'heading', text: 'Title here' },
  { type: 'paragraph', text: 'First 😀 paragraph.' },
  { type: 'caption', text: 'A caption Image: someone' },
  { type: 'heading', text: 'Sub' },
  { type: 'paragraph', text: 'Last one.' },
];

/** Every character of `text` outside the separators sits at its doc position, and back. */
function expectEveryCharacterMapped(doc: PMNode, text: string): void {
  for (let offset = 0; offset < text.length; offset++) {
    if (text[offset] === '\n') continue;
    const pos = textOffsetToDocPos(doc, offset);
    expect(doc.textBetween(pos, pos + 1)).toBe(text[offset]);
    expect(docPosToTextOffset(doc, pos)).toBe(offset);
  }
}

describe('articleToDoc', () => {
  const doc = articleToDoc(blocks);

  it('makes the title a level-1 heading and later headings level 2', () => {
    const chunk = doc.child(0);
    expect(chunk.child(0).type.name).toBe('heading');
    expect(chunk.child(0).attrs.level).toBe(1);
    expect(chunk.child(3).attrs.level).toBe(2);
    expect(chunk.child(2).type.name).toBe('caption');
  });

  it('keeps a list item\'s and a note\'s marker out of the text, as an attribute drawn with the block', () => {
    const listed = articleToDoc([
      { type: 'heading', text: 'T' },
      { type: 'list-item', text: 'first', marker: '1.' },
      { type: 'note', text: 'A note', marker: '7' },
    ]);
    const [item, note] = [listed.child(0).child(1), listed.child(0).child(2)];
    expect([item.type.name, item.textContent, item.attrs.marker]).toEqual(['list_item', 'first', '1.']);
    expect([note.type.name, note.textContent, note.attrs.marker]).toEqual(['note', 'A note', '7']);
    expect(item.type.spec.toDOM!(item)).toEqual(['p', { class: 'list-item', 'data-marker': '1.' }, 0]);
    expectEveryCharacterMapped(listed, 'T\n\nfirst\n\nA note');
  });

  it('marks a caption\'s credit apart without changing its text', () => {
    const caption = articleToDoc(blocks).child(0).child(2);
    expect(caption.textContent).toBe('A caption Image: someone');
    const parts: [string, string[]][] = [];
    caption.forEach((node) => parts.push([node.text ?? '', node.marks.map((m) => m.type.name)]));
    expect(parts).toEqual([
      ['A caption ', []],
      ['Image: someone', ['credit']],
    ]);
  });

  it('maps every text offset to the doc position holding the same character', () => {
    expectEveryCharacterMapped(doc, canonicalText(blocks));
  });

  it('maps a position between blocks to the start of the next block text', () => {
    const betweenFirstAndSecond = 1 + doc.child(0).child(0).nodeSize;
    const text = canonicalText(blocks);
    expect(text.slice(docPosToTextOffset(doc, betweenFirstAndSecond))).toMatch(/^First/);
    expect(docPosToTextOffset(doc, doc.content.size)).toBe(text.length);
  });
});

describe('a document of several chunks', () => {
  const many: ArticleBlock[] = Array.from({ length: 2 * BLOCKS_PER_CHUNK + 5 }, (_, i) => ({
    type: i === 0 ? 'heading' : 'paragraph',
    text: i % 7 === 3 ? '' : `Block ${i} says ${'x'.repeat(i % 5)}.`,
  }));
  const doc = articleToDoc(many);
  const text = canonicalText(many);

  it('holds the blocks in order, BLOCKS_PER_CHUNK to a chunk', () => {
    expect(doc.childCount).toBe(3);
    expect(doc.child(1).childCount).toBe(BLOCKS_PER_CHUNK);
    expect(doc.child(2).childCount).toBe(5);
    expect(doc.textBetween(0, doc.content.size, '\n\n')).toBe(text);
  });

  it('maps every character across chunk boundaries both ways', () => {
    expectEveryCharacterMapped(doc, text);
  });

  it('maps block ends, empty blocks and every position between blocks or chunks', () => {
    let blockStart = 0;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      // The end of a block's text (a range's end) maps to the position that ends it.
      expect(textOffsetToDocPos(doc, blockStart + node.textContent.length)).toBe(pos + 1 + node.content.size);
      expect(docPosToTextOffset(doc, pos + 1)).toBe(blockStart);
      blockStart += node.textContent.length + 2;
      return false;
    });
    for (let pos = 0; pos <= doc.content.size; pos++) {
      const $pos = doc.resolve(pos);
      if ($pos.parent.isTextblock) continue;
      const offset = docPosToTextOffset(doc, pos);
      const next = doc.content.size - pos;
      const rest = doc.textBetween(pos, pos + next, '\n\n').replace(/^\n+/, '');
      expect(text.slice(offset).replace(/^\n+/, '')).toBe(rest);
    }
    expect(docPosToTextOffset(doc, doc.content.size)).toBe(text.length);
  });
});
