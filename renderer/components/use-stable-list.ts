/**
 * A list that keeps its identity while its items do: a freshly filtered list with the same
 * items in the same order is swapped for the previous one, so memoised children that take
 * it as a prop do not re-render. Tagging a risk rebuilds the list of guarantees every card
 * receives; without this, every card on screen re-rendered for a list that had not changed.
 */
import { useRef } from 'react';

/** `list`, or the previous list when it holds the same items (compared by identity) in the same order. */
export function useStableList<T>(list: readonly T[]): readonly T[] {
  const previous = useRef(list);
  const kept = previous.current;
  if (kept !== list && (kept.length !== list.length || list.some((item, i) => item !== kept[i]))) previous.current = list;
  return previous.current;
}
