/**
 * Inserted and deleted words between two texts, as `diff`'s word diff finds them (words and
 * punctuation as tokens, white space a token too, so every character of both is kept). Long texts with many
 * changes are bounded: past `MAX_EDIT_LENGTH` edits the texts are shown as one replacement.
 */
import { diffWordsWithSpace } from 'diff';

/** A run of text both have, only the old text had, or only the new one has. */
export interface WordChange {
  readonly kind: 'same' | 'deleted' | 'inserted';
  readonly text: string;
}

/** Most edits searched for before two texts count as wholly rewritten (keeps a diff of whole articles fast). */
export const MAX_EDIT_LENGTH = 20_000;

/** The word changes turning `before` into `after`, in reading order (deletions before insertions at one place). */
export function wordChanges(before: string, after: string): readonly WordChange[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const parts = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) {
    return [
      ...(before ? [{ kind: 'deleted' as const, text: before }] : []),
      ...(after ? [{ kind: 'inserted' as const, text: after }] : []),
    ];
  }
  return parts.map((part) => ({ kind: part.added ? 'inserted' : part.removed ? 'deleted' : 'same', text: part.value }));
}

/** How many words were deleted and inserted in `changes`. */
export function countWordChanges(changes: readonly WordChange[]): { readonly deleted: number; readonly inserted: number } {
  let deleted = 0;
  let inserted = 0;
  for (const change of changes) {
    const words = change.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (change.kind === 'deleted') deleted += words;
    else if (change.kind === 'inserted') inserted += words;
  }
  return { deleted, inserted };
}

/**
 * `changes` with long unchanged runs cut to the `keep` words next to a change, the cut marked
 * `…`: a quote's change reads in a line instead of the whole quote over again.
 */
export function aroundChanges(changes: readonly WordChange[], keep = 4): readonly WordChange[] {
  return changes.map((change, i) => {
    if (change.kind !== 'same') return change;
    const tokens = change.text.match(/\s+|\S+/gu) ?? [];
    const words = tokens.flatMap((token, at) => (/\S/u.test(token) ? [at] : []));
    const before = i > 0;
    const after = i < changes.length - 1;
    if (words.length <= (before ? keep : 0) + (after ? keep : 0) + 1) return change;
    const head = before ? tokens.slice(0, (words[keep - 1] ?? 0) + 1).join('') : '';
    const tail = after ? tokens.slice(words[words.length - keep]).join('') : '';
    return { kind: 'same', text: before && after ? `${head} … ${tail}` : before ? `${head} …` : `… ${tail}` };
  });
}
