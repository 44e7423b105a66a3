/**
 * What importing a new revision of an annotated article stores, decided from the
 * re-anchoring outcomes: anchored annotations move onto the new article at their new
 * targets, orphaned ones come along as orphans (old target kept, shown apart), and those that
 * need review wait in a queue until the analyst accepts, re-targets or orphans each one.
 * The old article keeps its own annotations untouched, so every copy gets a fresh id; links
 * between annotations follow their copies. An annotation anchored on words that differ from
 * its quote carries a text change (`retarget`).
 */
import type { Annotation, AnnotationTarget } from '../model/model';
import type { Tag } from '../model/tags';
import type { Reanchored } from '../anchoring/reanchor';
import { retarget } from './text-change';

/** An annotation of the new revision waiting for the analyst's decision. */
export interface RevisionItem {
  /** The id the annotation will have on the new article (also the queue entry's key). */
  readonly id: string;
  /** The new article. */
  readonly articleId: string;
  /** The annotation as it will be stored, still with its old target. */
  readonly annotation: Annotation;
  /** The quote the analyst tagged. */
  readonly oldQuote: string;
  /** The candidate text in the new article. */
  readonly newText: string;
  /** The target the annotation gets when the candidate is accepted. */
  readonly candidate: AnnotationTarget;
  /** The candidate's score in [0, 1]. */
  readonly score: number;
}

/** Where one annotation went: its copy's id, what re-anchoring decided, its old and new targets. */
export interface PlannedOutcome {
  readonly id: string;
  readonly tag: Tag;
  readonly status: Reanchored['status'];
  readonly before: AnnotationTarget;
  /** The new target (anchored) or the candidate (needs review); none for an orphan. */
  readonly after?: AnnotationTarget;
}

/** What a revision import stores besides the new article. */
export interface RevisionPlan {
  /** Annotations stored on the new article now: anchored ones re-targeted, orphans as they were. */
  readonly annotations: readonly Annotation[];
  /** Annotations waiting in the `Needs review` queue. */
  readonly queue: readonly RevisionItem[];
  readonly counts: { readonly anchored: number; readonly review: number; readonly orphaned: number };
  /** One per annotation, in the old annotations' order. */
  readonly outcomes: readonly PlannedOutcome[];
}

/**
 * The plan for re-anchored `annotations` (of the old article) onto the article `articleId`.
 * `outcomes` must hold one outcome per annotation id (as `reanchorAnnotations` returns);
 * `newId` makes the copies' ids. Throws a RangeError for an annotation without an outcome,
 * since silently dropping one is exactly what this must never do.
 */
export function planRevision(
  annotations: readonly Annotation[],
  outcomes: readonly Reanchored[],
  articleId: string,
  now: string,
  newId: () => string,
): RevisionPlan {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const ids = new Map(annotations.map((annotation) => [annotation.id, newId()]));
  const stored: Annotation[] = [];
  const queue: RevisionItem[] = [];
  const counts = { anchored: 0, review: 0, orphaned: 0 };
  const planned: PlannedOutcome[] = [];
  for (const old of annotations) {
    const outcome = byId.get(old.id);
    if (!outcome) throw new RangeError(`No re-anchoring outcome for annotation ${old.id}`);
    const id = ids.get(old.id) ?? newId();
    const copy: Annotation = {
      ...old,
      id,
      articleId,
      links: old.links.flatMap((link) => ids.get(link) ?? []),
      updatedAt: now,
    };
    const { tag, target: before } = old;
    if (outcome.status === 'anchored') {
      counts.anchored++;
      stored.push(retarget(copy, outcome.target));
      planned.push({ id, tag, status: outcome.status, before, after: outcome.target });
    } else if (outcome.status === 'orphaned') {
      counts.orphaned++;
      stored.push(copy);
      planned.push({ id, tag, status: outcome.status, before });
    } else {
      counts.review++;
      queue.push({ id, articleId, annotation: copy, oldQuote: outcome.oldQuote, newText: outcome.newText, candidate: outcome.candidate, score: outcome.score });
      planned.push({ id, tag, status: outcome.status, before, after: outcome.candidate });
    }
  }
  return { annotations: stored, queue, counts, outcomes: planned };
}
