/**
 * Sharing a list out among several workers and putting their answers back in order. Items
 * are dealt round-robin rather than cut in runs, so the costly ones (a revision's rewritten
 * passages cluster) spread evenly over the workers.
 */

/** `items` dealt to `parts` hands: hand `h` gets items h, h + parts, h + 2·parts, … */
export function shareOut<T>(items: readonly T[], parts: number): T[][] {
  const hands: T[][] = Array.from({ length: Math.max(1, Math.min(parts, items.length)) }, () => []);
  items.forEach((item, i) => hands[i % hands.length]!.push(item));
  return hands;
}

/** The answers of the hands `shareOut` dealt, back in the order of the items they answer. */
export function gatherInOrder<T>(answers: readonly (readonly T[])[]): T[] {
  const total = answers.reduce((sum, hand) => sum + hand.length, 0);
  const ordered = new Array<T>(total);
  answers.forEach((hand, h) => hand.forEach((answer, j) => (ordered[j * answers.length + h] = answer)));
  return ordered;
}
