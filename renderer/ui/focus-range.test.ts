import { describe, expect, it } from 'vitest';
import { keepingFocused } from './focus-range';

const range = { startIndex: 10, endIndex: 12, overscan: 1, count: 100 };

describe('keepingFocused', () => {
  it('draws the items in view, with overscan, when nothing holds the focus', () => {
    expect(keepingFocused(-1)(range)).toEqual([9, 10, 11, 12, 13]);
  });

  it('adds the focused item and its neighbours, in order, wherever they are', () => {
    expect(keepingFocused(50)(range)).toEqual([9, 10, 11, 12, 13, 49, 50, 51]);
    expect(keepingFocused(0)(range)).toEqual([0, 1, 9, 10, 11, 12, 13]);
    expect(keepingFocused(99)(range)).toEqual([9, 10, 11, 12, 13, 98, 99]);
  });
});
