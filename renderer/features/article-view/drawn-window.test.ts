import { describe, expect, it } from 'vitest';
import { coversAll, DRAWN_MARGIN, shouldMove, windowAround } from './drawn-window';

const SIZE = 10 * DRAWN_MARGIN;

describe('the drawn window', () => {
  it('reaches a margin either side of the visible text, within the document', () => {
    expect(windowAround({ from: 5 * DRAWN_MARGIN, to: 5 * DRAWN_MARGIN + 100 }, SIZE)).toEqual({ from: 4 * DRAWN_MARGIN, to: 6 * DRAWN_MARGIN + 100 });
    expect(windowAround({ from: 100, to: 200 }, SIZE)).toEqual({ from: 0, to: DRAWN_MARGIN + 200 });
    expect(windowAround({ from: SIZE - 50, to: SIZE }, SIZE)).toEqual({ from: SIZE - 50 - DRAWN_MARGIN, to: SIZE });
  });

  it('stays while the visible text is well inside it, moves before the text reaches an edge', () => {
    const window = windowAround({ from: 5 * DRAWN_MARGIN, to: 5 * DRAWN_MARGIN + 3000 }, SIZE);
    expect(shouldMove(window, { from: 5 * DRAWN_MARGIN + 4000, to: 5 * DRAWN_MARGIN + 7000 }, SIZE)).toBe(false);
    expect(shouldMove(window, { from: 6 * DRAWN_MARGIN - 5000, to: 6 * DRAWN_MARGIN - 2000 }, SIZE)).toBe(true);
    expect(shouldMove(window, { from: 4 * DRAWN_MARGIN + 1000, to: 4 * DRAWN_MARGIN + 4000 }, SIZE)).toBe(true);
    // Outside it altogether (a jump), either way.
    expect(shouldMove(window, { from: 9 * DRAWN_MARGIN, to: 9 * DRAWN_MARGIN + 10 }, SIZE)).toBe(true);
    expect(shouldMove(window, { from: 0, to: 10 }, SIZE)).toBe(true);
  });

  it('never moves for an end of the window that is the end of the document', () => {
    const top = windowAround({ from: 0, to: 3000 }, SIZE);
    expect(shouldMove(top, { from: 0, to: 3000 }, SIZE)).toBe(false);
    const whole = { from: 0, to: SIZE };
    expect(coversAll(whole, SIZE)).toBe(true);
    expect(shouldMove(whole, { from: SIZE / 2, to: SIZE / 2 + 10 }, SIZE)).toBe(false);
    expect(coversAll(top, SIZE)).toBe(false);
  });
});
