import { describe, expect, it } from 'vitest';
import { canonicalText } from './canonical-text';
import type { ArticleBlock } from './model';
import { paragraphLocator, placeInTextOrder } from './paragraph-numbers';
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
