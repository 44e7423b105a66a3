/**
 * Which items a windowed list draws: those in view (with the virtualiser's overscan) and, wherever
 * the list is scrolled, the item holding the keyboard focus and its neighbours, so what is being
 * edited is never unmounted and Tab and Shift+Tab always find the item after and before it.
 */
import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/** A range extractor for `useVirtualizer` keeping item `focused` (−1: none) and its neighbours drawn. */
export function keepingFocused(focused: number): (range: Range) => number[] {
  return (range) => {
    const indexes = defaultRangeExtractor(range);
    if (focused < 0) return indexes;
    const around = [focused - 1, focused, focused + 1].filter((i) => i >= 0 && i < range.count);
    return [...new Set([...indexes, ...around])].sort((a, b) => a - b);
  };
}
