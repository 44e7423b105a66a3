/**
 * A revision's place in its article's history: which revision it replaced, what changed in
 * the text, and where each annotation went (kept, moved to another paragraph, on changed
 * words, waiting for review, orphaned). Written once, when the revision is imported.
 */
import type { Article, ArticleBlock } from '../model/model';
import type { Tag } from '../model/tags';
import { paragraphLocator } from '../model/paragraph-numbers';
import { alignBlocks, type BlockChanges } from './block-changes';
import type { PlannedOutcome } from './revision-plan';
import { sameWording } from './text-change';

/** What became of one annotation in a revision. */
export type AnnotationFate = 'kept' | 'moved' | 'text-changed' | 'review' | 'orphaned';

/** One annotation's fate in a revision. */
export interface AnnotationOutcome {
  /** The annotation's id on the revision. */
  readonly id: string;
  readonly tag: Tag;
  readonly fate: AnnotationFate;
  /** Its quote on the earlier revision. */
  readonly before: string;
  /** The words it was placed on (or offered, for review); none for an orphan. */
  readonly after?: string;
}

/** How one revision of an article came from the one before. */
export interface RevisionRecord {
  /** The revision. */
  readonly articleId: string;
  /** The revision it replaced. */
  readonly previousId: string;
  readonly changes: BlockChanges;
  /**
   * Where each annotation went; absent for revisions imported before this was recorded
   * (linked to their earlier revision when the database was upgraded).
   */
  readonly outcomes?: readonly AnnotationOutcome[];
}

/** The fate of one planned outcome, given which new block each old block became. */
function fateOf(outcome: PlannedOutcome, oldParagraph: (o: PlannedOutcome) => number | undefined, newParagraph: (o: PlannedOutcome) => number | undefined, newIndexOf: readonly (number | undefined)[]): AnnotationFate {
  if (outcome.status === 'orphaned') return 'orphaned';
  if (outcome.status === 'needs-review') return 'review';
  if (!outcome.after || !sameWording(outcome.before.quote.exact, outcome.after.quote.exact)) return 'text-changed';
  const was = oldParagraph(outcome);
  const is = newParagraph(outcome);
  return was !== undefined && is !== undefined && newIndexOf[was] !== is ? 'moved' : 'kept';
}

/**
 * The record of `next` as a revision of `previous`, from the plan's outcomes. An annotation
 * counts as moved when its passage is now in another paragraph than the one its old paragraph
 * became, so an update paragraph added above moves nothing.
 */
export function recordRevision(
  previous: Pick<Article, 'id' | 'blocks'>,
  next: { readonly id: string; readonly blocks: readonly ArticleBlock[] },
  outcomes: readonly PlannedOutcome[],
): RevisionRecord {
  const { changes, newIndexOf } = alignBlocks(previous.blocks, next.blocks);
  const placeOld = paragraphLocator(previous);
  const placeNew = paragraphLocator(next);
  const oldParagraph = (o: PlannedOutcome) => {
    const place = placeOld(o.before);
    return place && place.paragraph - 1;
  };
  const newParagraph = (o: PlannedOutcome) => {
    const place = o.after && placeNew(o.after);
    return place && place.paragraph - 1;
  };
  return {
    articleId: next.id,
    previousId: previous.id,
    changes,
    outcomes: outcomes.map((o) => ({
      id: o.id,
      tag: o.tag,
      fate: fateOf(o, oldParagraph, newParagraph, newIndexOf),
      before: o.before.quote.exact,
      ...(o.after ? { after: o.after.quote.exact } : {}),
    })),
  };
}

/** How many annotations a revision placed (kept, moved or on changed words), sent to review and orphaned. */
export function outcomeCounts(outcomes: readonly AnnotationOutcome[]): { readonly placed: number; readonly review: number; readonly orphaned: number } {
  let placed = 0;
  let review = 0;
  let orphaned = 0;
  for (const { fate } of outcomes) {
    if (fate === 'review') review++;
    else if (fate === 'orphaned') orphaned++;
    else placed++;
  }
  return { placed, review, orphaned };
}
