/**
 * The revision queue (shown as `Needs review`) of a new revision: each annotation
 * re-anchoring could not place for sure, with the text it had and the candidate text now
 * side by side. The analyst accepts the candidate, re-targets the annotation to the passage
 * selected in the article, or keeps it as an orphan; nothing is placed until they do. The
 * queue is read live, so a decision (or an import) shows at once.
 */
import { useCallback } from 'react';
import type { Annotation, AnnotationTarget } from '../../../app/model/model';
import type { RevisionItem } from '../../../app/revisions/revision-plan';
import { tagStyle } from '../../../app/model/tags';
import { anchorTarget, describeRange } from '../../../app/anchoring/text-selectors';
import { settleRevisionItem, revisionQueue } from '../../storage/import-store';
import { useLiveQuery } from '../../storage/use-live-query';
import { useServices } from '../../services/services';
import { useWorkspace } from '../../session/workspace-context';
import { shortenQuote } from '../../../app/model/shorten-quote';
import { retarget } from '../../../app/revisions/text-change';
import { errorMessage } from '../../../app/model/error-message';

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

const NONE: readonly RevisionItem[] = [];

/** The queue; renders nothing once it is empty. */
export function RevisionQueue() {
  const { db, notifications } = useServices();
  const { article, text, session, store } = useWorkspace();
  const { error: onError, status: onStatus } = notifications;
  const reviews =
    useLiveQuery(() => revisionQueue(db, article.id), [db, article.id], (e) => onError(`The revision queue could not be read: ${errorMessage(e)}`)) ?? NONE;

  /** Stores the reviewed annotation, then takes its entry off the queue. */
  const decide = useCallback(
    async (review: RevisionItem, annotation: Annotation, done: string) => {
      try {
        await session.adopt({ ...annotation, updatedAt: new Date().toISOString() });
        await settleRevisionItem(db, review.id);
        onError(null);
        onStatus(done);
      } catch (e) {
        onError(`The review was not saved: ${errorMessage(e)}`);
      }
    },
    [db, onError, onStatus, session],
  );

  const retargetToSelection = (review: RevisionItem) => {
    const range = store.selectedRange();
    if (!range) {
      onStatus('Select the passage in the article first, then choose Re-target.');
      return;
    }
    const target = describeRange(text, range);
    void decide(review, retarget(review.annotation, target), `Re-targeted to “${shortenQuote(target.quote.exact)}”.`);
  };

  const orphan = (review: RevisionItem) => {
    // An orphan keeps its old quote; if those very words occur in this text, opening the
    // article would attach it to them, which is the silent move this queue exists to prevent.
    if (anchorTarget(text, review.annotation.target).status === 'anchored') {
      onError(`“${shortenQuote(review.oldQuote)}” still occurs in this revision, so it cannot stay orphaned: accept it, or select the right passage and re-target it.`);
      return;
    }
    void decide(review, review.annotation, `Kept “${shortenQuote(review.oldQuote)}” as orphaned.`);
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
          <li key={review.id} className="review-item" aria-label={`Review ${tagStyle(review.annotation.tag).label}: ${shortenQuote(review.oldQuote)}`}>
            <p className="review-meta">
              {tagStyle(review.annotation.tag).label}
              {review.annotation.note && <> · {review.annotation.note}</>} · match {Math.round(review.score * 100)}%
            </p>
            <div className="review-sides">
              <InContext label="Before" target={review.annotation.target} />
              <InContext label="Now" target={review.candidate} />
            </div>
            <div className="review-buttons">
              <button type="button" onClick={() => void decide(review, retarget(review.annotation, review.candidate), `Accepted “${shortenQuote(review.newText)}”.`)}>
                Accept
              </button>
              <button type="button" onClick={() => retargetToSelection(review)}>
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
