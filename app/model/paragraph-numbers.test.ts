import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';
import type { ArticleBlock } from './model';
import { blockCitations, citationText, paragraphLocator, placeInTextOrder } from './paragraph-numbers';
import { describeRange } from '../anchoring/text-selectors';

const blocks: ArticleBlock[] = [
  { type: 'heading', text: 'Title here' },
  { type: 'paragraph', text: 'First paragraph with guarantees.' },
  { type: 'quote', text: '“A quoted risk,” she said.' },
];
const text = canonicalText(blocks);
const targetOf = (exact: string) => {
  const start = text.indexOf(exact);
  return describeRange(text, { start, end: start + exact.length });
};

describe('paragraphLocator', () => {
  const locate = paragraphLocator({ blocks });

  it.each([
    ['Title', 1],
    ['guarantees', 2],
    ['quoted risk', 3],
  ])('places "%s" in ¶ %i, the title counting as ¶ 1 as in the PDF', (exact, paragraph) => {
    expect(locate(targetOf(exact))).toEqual({ paragraph, start: text.indexOf(exact) });
  });

  it('follows the quote when the stored position is stale', () => {
    const target = targetOf('quoted risk');
    expect(locate({ ...target, position: { ...target.position, start: 0, end: 11 } })?.paragraph).toBe(3);
  });

  it('gives no ¶ for an orphaned target', () => {
    const target = targetOf('guarantees');
    expect(locate({ ...target, quote: { ...target.quote, exact: 'not in the text' } })).toBeUndefined();
  });
});

describe('placeInTextOrder', () => {
  it('sorts by text, orphaned last, ties by id', () => {
    const base = { briefId: 'brief', articleId: 'a', tag: 'risk' as const, note: '', links: [], author: 'Ana', createdAt: '', updatedAt: '' };
    const orphan = targetOf('Title');
    const placed = placeInTextOrder({ blocks }, [
      { ...base, id: 'z', target: { ...orphan, quote: { ...orphan.quote, exact: 'gone' } } },
      { ...base, id: 'c', target: targetOf('quoted risk') },
      { ...base, id: 'b', target: targetOf('guarantees') },
      { ...base, id: 'a', target: targetOf('guarantees') },
    ]);
    expect(placed.map((p) => [p.annotation.id, p.place?.paragraph])).toEqual([['a', 2], ['b', 2], ['c', 3], ['z', undefined]]);
  });
});

describe('blockCitations', () => {
  it('numbers the blocks of a PDF source within their pages, and others in the article', () => {
    const paged: ArticleBlock[] = [
      { type: 'heading', text: 'Title', page: 1 },
      { type: 'paragraph', text: 'One', page: 1 },
      { type: 'paragraph', text: 'Two', page: 2 },
      { type: 'note', text: 'A note', marker: '1', page: 1 },
      { type: 'paragraph', text: 'Three', page: 2 },
    ];
    expect(blockCitations(paged).map(citationText)).toEqual(['p. 1 ¶ 1', 'p. 1 ¶ 2', 'p. 2 ¶ 1', 'p. 1 ¶ 3', 'p. 2 ¶ 2']);
    expect(blockCitations(blocks).map(citationText)).toEqual(['¶ 1', '¶ 2', '¶ 3']);
  });

  it('places a target of a PDF source on its page', () => {
    const paged = blocks.map((b, i) => ({ ...b, page: i === 0 ? 1 : 4 }));
    expect(paragraphLocator({ blocks: paged })(targetOf('quoted risk'))).toEqual({ paragraph: 3, page: 4, pageParagraph: 2, start: text.indexOf('quoted risk') });
  });
});
