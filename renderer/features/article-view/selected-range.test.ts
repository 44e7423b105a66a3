import { describe, expect, it } from 'vitest';
import { articleToDoc, BLOCKS_PER_CHUNK, textOffsetToDocPos } from '../../../app/anchoring/article-doc';
import { canonicalText } from '../../../app/model/canonical-text';
import type { ArticleBlock } from '../../../app/model/model';
import { selectedTextRange } from './selected-range';

const blocks: ArticleBlock[] = [
  { type: 'heading', text: 'Title' },
  { type: 'paragraph', text: 'One two three.' },
  { type: 'paragraph', text: 'Four five.' },
];
const text = canonicalText(blocks);
const doc = articleToDoc(blocks);


describe('selectedTextRange', () => {
  it('gives the canonical range of a selection inside one block', () => {
    const start = text.indexOf('two');
    const range = selectedTextRange(doc, textOffsetToDocPos(doc, start), textOffsetToDocPos(doc, start + 3), text);
    expect(range && text.slice(range.start, range.end)).toBe('two');
  });

  it('spans blocks, trimming the blank line at the edges, whichever way it was made', () => {
    const start = text.indexOf('three');
    const end = text.indexOf(' five');
    const range = selectedTextRange(doc, textOffsetToDocPos(doc, end), textOffsetToDocPos(doc, start), text);
    expect(range && text.slice(range.start, range.end)).toBe('three.\n\nFour');
  });

  it('gives nothing for an empty or whitespace-only selection', () => {
    const space = text.indexOf(' two');
    expect(selectedTextRange(doc, 3, 3, text)).toBeUndefined();
    expect(selectedTextRange(doc, textOffsetToDocPos(doc, space), textOffsetToDocPos(doc, space + 1), text)).toBeUndefined();
  });

  it('spans the boundary between two chunks of a long article, positions and all', () => {
    const many: ArticleBlock[] = Array.from({ length: BLOCKS_PER_CHUNK + 2 }, (_, i) => ({ type: 'paragraph', text: `Paragraph ${i} ends here.` }));
    const longText = canonicalText(many);
    const longDoc = articleToDoc(many);
    const start = longText.indexOf(`ends here.\n\nParagraph ${BLOCKS_PER_CHUNK}`);
    const end = longText.indexOf(` ends here.`, longText.indexOf(`Paragraph ${BLOCKS_PER_CHUNK} `));
    // The DOM selection's positions, as ProseMirror reads them from the two chunks' text.
    const from = textOffsetToDocPos(longDoc, start);
    const to = textOffsetToDocPos(longDoc, end);
    expect(longDoc.resolve(from).index(0)).toBe(0);
    expect(longDoc.resolve(to).index(0)).toBe(1);
    const range = selectedTextRange(longDoc, from, to, longText);
    expect(range && longText.slice(range.start, range.end)).toBe(`ends here.\n\nParagraph ${BLOCKS_PER_CHUNK}`);
  });
});
