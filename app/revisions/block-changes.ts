/**
 * What a revision changed, block by block: the old and new blocks lined up by their text
 * (a longest common subsequence, as `diff` computes it); where a run of old blocks faces a
 * run of new ones, each old block is paired, in order, with the new block that shares most
 * of its words (as re-anchoring judges a paragraph to be the same), and counted edited; the
 * blocks left unpaired were removed or added.
 */
import { diffArrays } from 'diff';
import type { ArticleBlock } from '../model/model';
import { paragraphSimilarity, SAME_PARAGRAPH_SIMILARITY } from '../anchoring/reanchor';

/** How many blocks a revision added, removed and edited. */
export interface BlockChanges {
  readonly added: number;
  readonly removed: number;
  readonly edited: number;
}

/** The blocks of two revisions lined up. */
export interface BlockAlignment {
  readonly changes: BlockChanges;
  /**
   * For each old block (by index), the index of the new block it became (the same text, or
   * its edited form), or undefined for a block the revision removed.
   */
  readonly newIndexOf: readonly (number | undefined)[];
}

/** Largest face-off paired by similarity (old × new blocks); past it, blocks pair in order. */
const MAX_PAIRING_CELLS = 250_000;

/**
 * For each of `removed`, the index in `added` of the block it became, or undefined: the
 * order-keeping pairing with the greatest total similarity, pairs below the same-paragraph
 * threshold left out.
 */
function pairBlocks(removed: readonly string[], added: readonly string[]): (number | undefined)[] {
  const r = removed.length;
  const a = added.length;
  if (r * a > MAX_PAIRING_CELLS) return removed.map((_, i) => (i < a ? i : undefined));
  const similarity = removed.map((old) => added.map((text) => paragraphSimilarity(old, text)));
  // best[i][j]: the greatest total over removed[i..] and added[j..].
  const best = Array.from({ length: r + 1 }, () => new Float64Array(a + 1));
  for (let i = r - 1; i >= 0; i--) {
    const row = best[i] as Float64Array;
    for (let j = a - 1; j >= 0; j--) {
      const s = similarity[i]?.[j] ?? 0;
      const pair = s >= SAME_PARAGRAPH_SIMILARITY ? s + (best[i + 1]?.[j + 1] ?? 0) : -1;
      row[j] = Math.max(pair, best[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const pairs: (number | undefined)[] = new Array(r).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < r && j < a) {
    const s = similarity[i]?.[j] ?? 0;
    const here = best[i]?.[j] ?? 0;
    if (s >= SAME_PARAGRAPH_SIMILARITY && here === s + (best[i + 1]?.[j + 1] ?? 0)) pairs[i++] = j++;
    else if (here === (best[i + 1]?.[j] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** Lines up `before`'s blocks with `after`'s. */
export function alignBlocks(before: readonly ArticleBlock[], after: readonly ArticleBlock[]): BlockAlignment {
  const parts = diffArrays(
    before.map((b) => b.text),
    after.map((b) => b.text),
  );
  const newIndexOf: (number | undefined)[] = [];
  let added = 0;
  let removed = 0;
  let edited = 0;
  let next = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (!part) continue;
    if (!part.added && !part.removed) {
      for (let k = 0; k < part.count; k++) newIndexOf.push(next++);
      continue;
    }
    if (part.removed) {
      const following = parts[i + 1];
      const facing = following?.added ? following.value : [];
      const pairs = pairBlocks(part.value, facing);
      const paired = pairs.filter((p) => p !== undefined).length;
      for (const p of pairs) newIndexOf.push(p === undefined ? undefined : next + p);
      edited += paired;
      removed += part.count - paired;
      added += facing.length - paired;
      next += facing.length;
      if (facing.length > 0) i++;
      continue;
    }
    added += part.count;
    next += part.count;
  }
  return { changes: { added, removed, edited }, newIndexOf };
}

/** What changed, in words: `2 paragraphs edited, 1 added`; `no paragraph changed` for none. */
export function describeBlockChanges({ added, removed, edited }: BlockChanges): string {
  const parts = (
    [
      [edited, 'edited'],
      [added, 'added'],
      [removed, 'removed'],
    ] as const
  ).filter(([n]) => n > 0);
  const [first, ...rest] = parts;
  if (!first) return 'no paragraph changed';
  const [n, what] = first;
  return [`${n} paragraph${n === 1 ? '' : 's'} ${what}`, ...rest.map(([k, w]) => `${k} ${w}`)].join(', ');
}

/** One step of reading a revision against the one before: blocks kept, edited, added or removed. */
export type BlockDiff =
  | { readonly kind: 'same'; readonly count: number }
  | { readonly kind: 'edited'; readonly before: string; readonly after: string }
  | { readonly kind: 'added'; readonly text: string }
  | { readonly kind: 'removed'; readonly text: string };

/**
 * The revision `after` read against `before`, in reading order: each edited, added or removed
 * block, and runs of unchanged blocks as their count. A removed block comes before what was
 * added in its place.
 */
export function blockDiff(before: readonly ArticleBlock[], after: readonly ArticleBlock[]): BlockDiff[] {
  const { newIndexOf } = alignBlocks(before, after);
  const steps: BlockDiff[] = [];
  const push = (step: BlockDiff) => {
    const last = steps[steps.length - 1];
    if (step.kind === 'same' && last?.kind === 'same') steps[steps.length - 1] = { kind: 'same', count: last.count + step.count };
    else steps.push(step);
  };
  let next = 0;
  before.forEach((block, i) => {
    const into = newIndexOf[i];
    if (into === undefined) {
      push({ kind: 'removed', text: block.text });
      return;
    }
    for (; next < into; next++) push({ kind: 'added', text: after[next]?.text ?? '' });
    const now = after[into]?.text ?? '';
    push(now === block.text ? { kind: 'same', count: 1 } : { kind: 'edited', before: block.text, after: now });
    next = into + 1;
  });
  for (; next < after.length; next++) push({ kind: 'added', text: after[next]?.text ?? '' });
  return steps;
}
