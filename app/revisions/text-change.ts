/**
 * A passage whose words a revision changed ("akin" → "similar"): the annotation moved onto
 * it remembers the words it had, so its card shows the change and a verdict on it reads as
 * given on the earlier wording, until someone confirms the new wording or a reviewer judges it.
 */
import type { ChangeSet } from '../annotations/annotation-changes';
import type { Annotation, AnnotationTarget, TextChange } from '../model/model';

/** The words of `quote` with every run of white space read as one space. */
function wording(quote: string): string {
  return quote.replace(/\s+/gu, ' ').trim();
}

/** Whether two quotes read the same: the same characters, however they are spaced. */
export function sameWording(a: string, b: string): boolean {
  return wording(a) === wording(b);
}

/** `annotation` without a text change. */
function withoutTextChange(annotation: Annotation): Annotation {
  const copy = { ...annotation };
  delete (copy as { textChange?: TextChange }).textChange;
  return copy;
}

/**
 * `annotation` moved onto `target`. When the target's words differ from the passage's last
 * confirmed wording (its `textChange.before`, else its quote now), it carries a `textChange`
 * naming that wording; when they read the same again, it carries none.
 */
export function retarget(annotation: Annotation, target: AnnotationTarget): Annotation {
  const before = annotation.textChange?.before ?? annotation.target.quote.exact;
  const moved: Annotation = { ...annotation, target };
  return sameWording(before, target.quote.exact) ? withoutTextChange(moved) : { ...moved, textChange: { before } };
}

/** How a verdict given on words the passage no longer has is marked, wherever it is shown. */
export const EARLIER_WORDING = 'given on earlier wording';

/** Whether `annotation` has a verdict that was given on words its passage no longer has. */
export function verdictOnEarlierWording(annotation: Annotation): boolean {
  return annotation.verdict !== undefined && annotation.textChange !== undefined;
}

/**
 * The change set confirming annotation `id`'s new wording (its note and verdict stand for the
 * words it has now): the text change goes. Empty when there is none to confirm.
 */
export function confirmWordingChanges(all: ReadonlyMap<string, Annotation>, id: string, now: string): ChangeSet {
  const before = all.get(id);
  if (!before) throw new RangeError(`No annotation ${id} to confirm`);
  if (!before.textChange) return [];
  return [{ before, after: { ...withoutTextChange(before), updatedAt: now } }];
}
