/**
 * The `Needs review` queue of a new revision: each annotation re-anchoring could not place
 * for sure, with the text it had and the candidate text now side by side. The analyst
 * accepts the candidate, re-targets the annotation to the passage selected in the article,
 * or keeps it as an orphan; nothing is placed until they do.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Annotation, AnnotationTarget } from '../../../app/model/model';
import type { PendingReview } from '../../../app/anchoring/revision-plan';
import { tagStyle } from '../../../app/model/tags';
import { anchorTarget, describeRange, type TextRange } from '../../../app/anchoring/text-selectors';
import type { AnnotationSession } from '../../session/annotation-session';
import type { BriefingDeskDatabase } from '../../storage/database';
import { dropReview, pendingReviews } from '../../storage/import-store';
import { errorMessage } from '../../../app/model/error-message';

/** Props of {@link NeedsReviewQueue}. */
export interface NeedsReviewQueueProps {
  readonly db: BriefingDeskDatabase;
  readonly articleId: string;
  /** The article's canonical text. */
  readonly text: string;
  readonly session: AnnotationSession;
  /** The passage selected in the article now, for `Re-target`. */
  readonly selectedRange: () => TextRange | undefined;
  readonly onError: (message: string | null) => void;
  readonly onStatus: (message: string) => void;
}

/** A quote shortened for a status line. */
function brief(quote: string): string {
  return quote.length > 60 ? `${quote.slice(0, 59)}…` : quote;
}

/** A quote between the ends of its context, the context muted. */
function InContext({ target, label }: { readonly target: AnnotationTarget; readonly label: string }) {
  return (
    <div className="review-side">
      <span className="review-side-label">{label}</span>
      <p>
        <span className="review-context">…{target.quote.prefix}</span>
        <mark>{target.quote.exact}</mark>
        <span className="review-context">{target.quote.suffix}…</span>
      </p>
    </div>
  );
}

/** The queue; renders nothing once it is empty. */
export function NeedsReviewQueue({ db, articleId, text, session, selectedRange, onError, onStatus }: NeedsReviewQueueProps) {
  const [reviews, setReviews] = useState<readonly PendingReview[]>([]);

  useEffect(() => {
    let current = true;
    pendingReviews(db, articleId)
      .then((found) => current && setReviews(found))
      .catch((e: unknown) => onError(`The review queue could not be read: ${errorMessage(e)}`));
    return () => {
      current = false;
    };
  }, [db, articleId, onError]);

  /** Stores the reviewed annotation, then takes its entry off the queue. */
  const decide = useCallback(
    async (review: PendingReview, annotation: Annotation, done: string) => {
      try {
        await session.adopt({ ...annotation, updatedAt: new Date().toISOString() });
        await dropReview(db, review.id);
        setReviews((list) => list.filter((r) => r.id !== review.id));
        onError(null);
        onStatus(done);
      } catch (e) {
        onError(`The review was not saved: ${errorMessage(e)}`);
      }
    },
    [db, onError, onStatus, session],
  );

  const retarget = (review: PendingReview) => {
    const range = selectedRange();
    if (!range) {
      onStatus('Select the passage in the article first, then choose Re-target.');
      return;
    }
    const target = describeRange(text, range);
    void decide(review, { ...review.annotation, target }, `Re-targeted to “${brief(target.quote.exact)}”.`);
  };

  const orphan = (review: PendingReview) => {
    // An orphan keeps its old quote; if those very words occur in this text, opening the
    // article would attach it to them, which is the silent move this queue exists to prevent.
    if (anchorTarget(text, review.annotation.target).status === 'anchored') {
      onError(`“${brief(review.oldQuote)}” still occurs in this revision, so it cannot stay orphaned: accept it, or select the right passage and re-target it.`);
      return;
    }
    void decide(review, review.annotation, `Kept “${brief(review.oldQuote)}” as orphaned.`);
  };

  if (reviews.length === 0) return null;
  return (
    <section className="review-queue" aria-labelledby="review-queue-title">
      <h2 id="review-queue-title">Needs review</h2>
      <p className="review-intro">
        {reviews.length === 1 ? 'One annotation' : `${reviews.length} annotations`} of the earlier version could not be placed for sure. Compare and decide.
      </p>
      <ul aria-label="Annotations to review">
        {reviews.map((review) => (
          <li key={review.id} className="review-item" aria-label={`Review ${tagStyle(review.annotation.tag).label}: ${brief(review.oldQuote)}`}>
            <p className="review-meta">
              {tagStyle(review.annotation.tag).label}
              {review.annotation.note && <> · {review.annotation.note}</>} · match {Math.round(review.score * 100)}%
            </p>
            <div className="review-sides">
              <InContext label="Before" target={review.annotation.target} />
              <InContext label="Now" target={review.candidate} />
            </div>
            <div className="review-buttons">
              <button type="button" onClick={() => void decide(review, { ...review.annotation, target: review.candidate }, `Accepted “${brief(review.newText)}”.`)}>
                Accept
              </button>
              <button type="button" onClick={() => retarget(review)}>
                Re-target
              </button>
              <button type="button" onClick={() => orphan(review)}>
                Orphan
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
