/**
 * Which stretch of a long article has its highlights drawn. Every drawn highlight is a `mark`
 * element that each later frame styles, lays out and paints: at 10,000 annotations on a 1 MB
 * article that is 20,000 elements, and every tagging frame paid for all of them. A reader
 * sees a screenful, so highlights are drawn for the text in view and a margin either side,
 * and the stretch moves with the scrolling before the margin runs out. An article shorter
 * than the opening stretch is drawn whole, as if there were no window.
 */

/** A stretch of doc positions, `from` inclusive, `to` exclusive. */
export interface DrawnWindow {
  readonly from: number;
  readonly to: number;
}

/** How many doc positions either side of the visible text have their highlights drawn. */
export const DRAWN_MARGIN = 20_000;

/** The stretch drawn before anything has been measured: the article's start, several screens of it. */
export const OPENING_WINDOW: DrawnWindow = { from: 0, to: 3 * DRAWN_MARGIN };

/** The stretch to draw for `visible` text in a document of `size` positions. */
export function windowAround(visible: DrawnWindow, size: number): DrawnWindow {
  return { from: Math.max(0, visible.from - DRAWN_MARGIN), to: Math.min(size, visible.to + DRAWN_MARGIN) };
}

/** Whether `window` holds the whole document of `size` positions. */
export function coversAll(window: DrawnWindow, size: number): boolean {
  return window.from <= 0 && window.to >= size;
}

/**
 * Whether `window` should move for the `visible` text: it does once the visible text comes
 * within half a margin of an end of the window that is not an end of the document, so the
 * highlights ahead are drawn before they scroll into view.
 */
export function shouldMove(window: DrawnWindow, visible: DrawnWindow, size: number): boolean {
  const room = DRAWN_MARGIN / 2;
  return (window.from > 0 && visible.from - window.from < room) || (window.to < size && window.to - visible.to < room);
}
