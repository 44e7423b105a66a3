/**
 * Review mode: a read-only view of the open article for a reviewer — the text with untagged
 * passages dimmed so the highlights stand out, the annotations as a summary grouped by tag,
 * and for each one a verdict (`Agree`, `Dispute`, `Needs source`) with a comment, signed with
 * the reviewer's name and time. Nothing here tags or edits the analyst's work.
 */
import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { BLOCKS_PER_CHUNK } from '../../../app/anchoring/article-doc';
import type { Annotation, Article, ReviewVerdict } from '../../../app/model/model';
import { describeReviewProgress, reviewProgress } from '../../../app/review/review-progress';
import { reviewArticleSegments, reviewHighlights, type ReviewHighlight } from '../../../app/review/review-segments';
import { VERDICT_CHOICES } from '../../../app/review/review-verdict';
import { EARLIER_WORDING, verdictOnEarlierWording } from '../../../app/revisions/text-change';
import { WordChangesText } from '../../ui/WordChangesText';
import { blockIndexAt, blockStarts } from '../../../app/model/canonical-text';
import { TAG_STYLES } from '../../../app/model/tags';
import { BLOCK_CLASS } from '../../../app/model/block-class';
import { useServices } from '../../services/services';
import { useSessionState, useWorkspace } from '../../session/workspace-context';
import { CompareBrief } from './CompareBrief';
import { useDraft } from '../../ui/use-draft';
import { formatTime } from '../../ui/format-time';

/** Stores a verdict (undefined: none); `coalesceKey` groups a comment's keystrokes for undo. */
type OnVerdict = (id: string, verdict: ReviewVerdict | undefined, coalesceKey?: string) => void;


/** One block of the article, read-only, highlights drawn as nested marks. */
function ReviewBlock({ block, index, children }: { block: Article['blocks'][number]; index: number; children: ReactNode }) {
  if (block.type === 'heading') return <h3 data-block={index}>{children}</h3>;
  if (block.type === 'quote') return <blockquote data-block={index}>{children}</blockquote>;
  return (
    <p className={BLOCK_CLASS[block.type]} data-marker={block.marker} data-block={index}>
      {children}
    </p>
  );
}

/** One annotation under review: its quote and note, the verdict buttons and the comment. */
const ReviewItem = memo(function ReviewItem({
  annotation,
  reviewer,
  onVerdict,
  onShow,
  source,
}: {
  annotation: Annotation;
  reviewer: string;
  onVerdict: OnVerdict;
  /** Its source's label (`S2`) in a brief of several sources. */
  source?: string;
  /** Scrolls the article under review to the annotation's passage. */
  onShow: (id: string) => void;
}) {
  const { id, verdict } = annotation;
  const [comment, setComment, flushComment] = useDraft(verdict?.comment ?? '', (value) => {
    if (verdict) onVerdict(id, { ...verdict, comment: value, reviewer, at: new Date().toISOString() }, `verdict-comment:${id}`);
  });
  return (
    // A click on the item (not on its buttons or comment) brings its passage into view.
    <li
      className={`review-item card-${annotation.tag}`}
      onClick={(event) => {
        if (!(event.target instanceof Element && event.target.closest('button, textarea, label'))) onShow(id);
      }}
    >
      <blockquote className="card-quote">{annotation.target.quote.exact}</blockquote>
      {annotation.textChange && (
        <p className="card-text-change">
          <strong>Text changed</strong> in a revision: <WordChangesText before={annotation.textChange.before} after={annotation.target.quote.exact} />
        </p>
      )}
      {annotation.note && <p className="review-note">{annotation.note}</p>}
      <p className="card-meta">
        {source && `${source} · `}
        {annotation.author}
        {annotation.speaker && ` · speaker ${annotation.speaker}`}
        {annotation.confidence && ` · ${annotation.confidence} confidence`}
      </p>
      <div role="group" aria-label="Verdict" className="verdict-buttons">
        {VERDICT_CHOICES.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            className={`verdict-${status}`}
            aria-pressed={verdict?.status === status}
            onClick={() =>
              onVerdict(id, verdict?.status === status ? undefined : { status, comment: verdict?.comment ?? comment, reviewer, at: new Date().toISOString() })
            }
          >
            {label}
          </button>
        ))}
      </div>
      <label className="card-field">
        <span>Comment</span>
        <textarea
          aria-label="Comment"
          rows={2}
          disabled={!verdict}
          placeholder={verdict ? undefined : 'Choose a verdict first'}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          onBlur={flushComment}
        />
      </label>
      {verdict && (
        <p className="card-meta verdict-meta">
          {verdict.reviewer} · {formatTime(verdict.at)}
          {verdictOnEarlierWording(annotation) && <span className="earlier-wording"> · {EARLIER_WORDING}</span>}
        </p>
      )}
    </li>
  );
});

/**
 * The article under review, untagged passages dimmed. Memoised on its highlights, which keep
 * their identity while no tag or range changes: a verdict redraws its item, not the article.
 */
const ReviewArticle = memo(function ReviewArticle({ article, highlights }: { article: Article; highlights: readonly ReviewHighlight[] }) {
  const segments = useMemo(() => reviewArticleSegments(article.blocks, highlights), [article, highlights]);
  const block = (index: number) => (
    <ReviewBlock key={index} index={index} block={article.blocks[index]!}>
      {segments[index]!.map((segment, i) =>
        segment.tags.length === 0 ? (
          <span key={i} className="review-untagged">
            {segment.text}
          </span>
        ) : (
          segment.tags.reduceRight<ReactNode>(
            (inner, tag) => (
              <mark key={`${i}-${tag}`} className={`highlight highlight-${tag}`} data-tag={tag}>
                {inner}
              </mark>
            ),
            segment.text,
          )
        ),
      )}
    </ReviewBlock>
  );
  // Blocks in chunks, as in the article view (app/anchoring/article-doc.ts): the browser skips laying
  // out and painting a chunk out of view, and watches a hundred chunks for coming into view
  // rather than thousands of paragraphs.
  const chunks: ReactNode[] = [];
  for (let start = 0; start < article.blocks.length; start += BLOCKS_PER_CHUNK) {
    const indexes = Array.from({ length: Math.min(BLOCKS_PER_CHUNK, article.blocks.length - start) }, (_, i) => start + i);
    chunks.push(
      <div key={start} className="text-chunk">
        {indexes.map(block)}
      </div>,
    );
  }
  return (
    // Focusable, so a keyboard alone can scroll the article under review.
    <div className="review-article article-text" aria-label={`${article.title}, under review`} tabIndex={0}>
      {chunks}
    </div>
  );
});

/** The review region of the open workspace; the reviewer signs with the analyst's name. */
export function ReviewView() {
  const { article, session, store, analyst: reviewer } = useWorkspace();
  const { notifications } = useServices();
  const { anchored, orphaned, sources: sourceTexts } = useSessionState();
  const sources = useMemo(() => sourceTexts.map((s) => s.article), [sourceTexts]);
  const sourceLabels = useMemo(() => new Map(sources.length > 1 ? sources.map((a, i) => [a.id, `S${i + 1}`]) : []), [sources]);
  // One callback for every review item, so a verdict re-renders its own item, not all of them.
  const onVerdict: OnVerdict = useCallback(
    (id, verdict, coalesceKey) => void notifications.run(() => session.setVerdict(id, verdict, coalesceKey), 'The verdict was not saved'),
    [notifications, session],
  );
  const all = useMemo(() => [...anchored.map((a) => a.annotation), ...orphaned], [anchored, orphaned]);
  const progress = describeReviewProgress(reviewProgress(all));
  const shownHighlights = useRef<readonly ReviewHighlight[] | undefined>(undefined);
  // The items are every source's; the text beside them is the source shown, with its highlights.
  const highlights = useMemo(
    () => (shownHighlights.current = reviewHighlights(anchored.filter((a) => a.annotation.articleId === article.id), shownHighlights.current)),
    [anchored, article.id],
  );
  const body = useRef<HTMLDivElement>(null);
  /** A passage in another source to scroll to once that source is shown. */
  const pendingPassage = useRef<string | null>(null);
  const scrollTo = useCallback(
    (id: string): void => {
      const placed = session.getState().anchored.find((a) => a.annotation.id === id && a.annotation.articleId === article.id);
      if (!placed) return;
      const index = blockIndexAt(blockStarts(article.blocks), placed.range.start);
      body.current?.querySelector(`[data-block="${index}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [article, session],
  );
  useEffect(() => {
    const id = pendingPassage.current;
    pendingPassage.current = null;
    if (id) scrollTo(id);
  }, [scrollTo]);
  // One callback for every item; it looks the passage up when asked, showing its source first.
  const showPassage = useCallback(
    (id: string) => {
      const source = session.getState().all.get(id)?.articleId;
      if (source && source !== article.id) {
        pendingPassage.current = id;
        store.showSource(source);
      } else scrollTo(id);
    },
    [article.id, scrollTo, session, store],
  );

  return (
    <section role="region" aria-label="Review" className="review">
      <h2 className="visually-hidden">Review</h2>
      <div className="review-bar">
        <p className="review-progress">{progress}</p>
        <CompareBrief sources={sources} annotations={all} />
      </div>
      <div className="review-body" ref={body}>
        <ReviewArticle article={article} highlights={highlights} />
        <div className="review-summary">
          {all.length === 0 && <p className="review-empty">Nothing to review yet: this brief has no annotations.</p>}
          {TAG_STYLES.map((style) => {
            const items = all.filter((a) => a.tag === style.tag);
            return (
              items.length > 0 && (
                <section key={style.tag} className="review-group">
                  <h3>
                    {style.label} ({items.length})
                  </h3>
                  <ul aria-label={style.label}>
                    {items.map((annotation) => (
                      <ReviewItem key={annotation.id} annotation={annotation} reviewer={reviewer} onVerdict={onVerdict} onShow={showPassage} source={sourceLabels.get(annotation.articleId)} />
                    ))}
                  </ul>
                </section>
              )
            );
          })}
        </div>
      </div>
    </section>
  );
}
