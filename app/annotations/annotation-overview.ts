/**
 * What the annotations panel shows beside the cards — the count of each tag, the guarantees a
 * risk or precedent may link to, and who links to each guarantee — kept in step with each
 * change instead of recomputed from every annotation. Recounting ten thousand annotations
 * three ways at each tagging was a fifth of the work a tagging did (measured in bench/); a
 * change now costs work in proportion to what it touched, and only a change to a guarantee
 * or to a link goes over the whole set.
 */
import type { AnchoredAnnotation } from './anchored-annotations';
import { countByTag } from './annotation-filter';
import type { ChangeSet } from './annotation-changes';
import { linkedFromIndex } from './linked-from';
import type { Annotation } from '../model/model';
import type { Tag } from '../model/tags';

/** The panel's figures and lists for one state of the annotations. */
export interface AnnotationOverview {
  /** How many annotations carry each tag, and in all (placed or not). */
  readonly counts: Readonly<Record<Tag | 'all', number>>;
  /** The placed guarantees, in text order. */
  readonly guarantees: readonly Annotation[];
  /** For each annotation, those linking to it (see `linkedFromIndex`). */
  readonly linkedFrom: ReadonlyMap<string, readonly Annotation[]>;
}

/** The overview of `all`, with `anchored` its placed annotations in text order. */
export function overviewOf(all: ReadonlyMap<string, Annotation>, anchored: readonly AnchoredAnnotation[]): AnnotationOverview {
  return { counts: countByTag(all.values()), guarantees: placedGuarantees(anchored), linkedFrom: linkedFromIndex(all.values()) };
}

/**
 * The overview after `changes`, given the one before them and the state they led to. Every
 * part the changes cannot have altered is the previous object itself, so what is memoised
 * on it does not re-render.
 */
export function updateOverview(
  previous: AnnotationOverview,
  changes: ChangeSet,
  all: ReadonlyMap<string, Annotation>,
  anchored: readonly AnchoredAnnotation[],
): AnnotationOverview {
  const touches = (test: (annotation: Annotation) => boolean) => changes.some(({ before, after }) => (before && test(before)) || (after && test(after)));
  const counts = recount(previous.counts, changes);
  const guarantees = touches((a) => a.tag === 'guarantee') ? placedGuarantees(anchored) : previous.guarantees;
  const linkedFrom = touches((a) => a.links.length > 0) ? linkedFromIndex(all.values(), previous.linkedFrom) : previous.linkedFrom;
  return counts === previous.counts && guarantees === previous.guarantees && linkedFrom === previous.linkedFrom ? previous : { counts, guarantees, linkedFrom };
}

function recount(counts: Readonly<Record<Tag | 'all', number>>, changes: ChangeSet): Readonly<Record<Tag | 'all', number>> {
  const next = { ...counts };
  for (const { before, after } of changes) {
    if (before) {
      next.all--;
      next[before.tag]--;
    }
    if (after) {
      next.all++;
      next[after.tag]++;
    }
  }
  const same = (Object.keys(next) as (Tag | 'all')[]).every((key) => next[key] === counts[key]);
  return same ? counts : next;
}

function placedGuarantees(anchored: readonly AnchoredAnnotation[]): Annotation[] {
  const guarantees: Annotation[] = [];
  for (const { annotation } of anchored) if (annotation.tag === 'guarantee') guarantees.push(annotation);
  return guarantees;
}
