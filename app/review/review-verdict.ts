/**
 * A reviewer's verdict as an annotation change: review mode stores verdicts through the
 * annotation session like any edit, so they are saved, undone and exported the same way.
 */
import type { ChangeSet } from '../annotations/annotation-changes';
import type { Annotation, ReviewVerdict, TextChange } from '../model/model';

/** The verdict statuses in the order review mode offers them, with their button names. */
export const VERDICT_CHOICES: readonly { readonly status: ReviewVerdict['status']; readonly label: string }[] = [
  { status: 'agreed', label: 'Agree' },
  { status: 'disputed', label: 'Dispute' },
  { status: 'needs-source', label: 'Needs source' },
];


/**
 * The change set giving annotation `id` the verdict `verdict` (or none, when undefined). The
 * annotation's `updatedAt` stays: a verdict is the reviewer's, not an edit of the analyst's
 * work, and merges order it by the verdict's own time. A verdict given confirms the passage's
 * wording as it reads now (the reviewer judged these words), so a text change goes with it.
 * Empty when nothing would change.
 */
export function verdictChanges(all: ReadonlyMap<string, Annotation>, id: string, verdict: ReviewVerdict | undefined): ChangeSet {
  const before = all.get(id);
  if (!before) throw new RangeError(`No annotation ${id} to review`);
  const old = before.verdict;
  if (old === verdict || (old && verdict && old.status === verdict.status && old.comment === verdict.comment && old.reviewer === verdict.reviewer && old.at === verdict.at)) return [];
  const after: Annotation = { ...before, verdict };
  if (!verdict) delete (after as { verdict?: ReviewVerdict }).verdict;
  else delete (after as { textChange?: TextChange }).textChange;
  return [{ before, after }];
}
