/**
 * How far a review has got: how many annotations carry a verdict, and of which kind. Review
 * mode shows it as "7 of 19 reviewed".
 */
import type { Annotation, ReviewVerdict } from '../model/model';

/** Counts of a review's progress. */
export interface ReviewProgress {
  /** Annotations with a verdict. */
  readonly reviewed: number;
  /** All annotations under review. */
  readonly total: number;
  /** Reviewed annotations per verdict status (every status present, zero when unused). */
  readonly byStatus: Readonly<Record<ReviewVerdict['status'], number>>;
}

/** The progress of reviewing `annotations`: an annotation counts as reviewed once it has a verdict. */
export function reviewProgress(annotations: readonly Annotation[]): ReviewProgress {
  const byStatus = { agreed: 0, disputed: 0, 'needs-source': 0 };
  for (const a of annotations) if (a.verdict) byStatus[a.verdict.status]++;
  return { reviewed: byStatus.agreed + byStatus.disputed + byStatus['needs-source'], total: annotations.length, byStatus };
}

/** `7 of 19 reviewed`: the progress as review mode words it. */
export function describeReviewProgress(progress: ReviewProgress): string {
  return `${progress.reviewed} of ${progress.total} reviewed`;
}
