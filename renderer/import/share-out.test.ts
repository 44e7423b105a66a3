import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatherInOrder, shareOut } from './share-out';

describe('shareOut and gatherInOrder', () => {
  it('deal round-robin', () => {
    expect(shareOut([0, 1, 2, 3, 4], 2)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
    expect(shareOut([0, 1], 4)).toEqual([[0], [1]]);
    expect(shareOut([], 3)).toEqual([[]]);
  });

  it('gather the answers back in the order of the items, whatever the number of hands', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 8 }), (items, parts) => {
        const answers = shareOut(items, parts).map((hand) => hand.map((item) => `answer ${item}`));
        expect(gatherInOrder(answers)).toEqual(items.map((item) => `answer ${item}`));
      }),
    );
  });
});
