/**
 * Review mode: a read-only view of the open article for a reviewer — the text with untagged
 * passages dimmed so the highlights stand out, the annotations as a summary grouped by tag,
 * and for each one a verdict (`Agree`, `Dispute`, `Needs source`) with a comment, signed with
 * the reviewer's name and time. Nothing here tags or edits the analyst's work.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { keepingFocused } from '../../ui/focus-range';
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
  place,
}: {
  annotation: Annotation;
  reviewer: string;
  onVerdict: OnVerdict;
  /** In a windowed list: where the item sits (its index, offset and the list's length), and the ref that measures it. */
  place?: { readonly index: number; readonly top: number; readonly of: number; readonly measure: (element: HTMLLIElement | null) => void };
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
      {...(place && {
        ref: place.measure,
        'data-index': place.index,
        'aria-setsize': place.of,
        'aria-posinset': place.index + 1,
        style: { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${place.top}px)` },
      })}
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

/** Where a windowed list puts an item: see `ReviewItem`'s `place`. */
type ItemPlace = NonNullable<Parameters<typeof ReviewItem>[0]['place']>;

/**
 * Past this many items the summary's lists are windowed: only the items in view (and the one
 * holding the focus) exist. Rendering all 10,000 took two seconds to switch review mode on,
 * most of it creating and wiring their buttons and comment fields; a few hundred take a frame
 * or two, and stay findable with the browser's own search.
 */
const WINDOWED_FROM = 300;

/** A review item's height before it is measured (a quote of two lines, the buttons and the comment). */
const ITEM_ESTIMATE = 190;

/**
 * One tag's items as a windowed list inside the summary's scroller: the lists share the
 * scroller, each offset by where it starts in it (watched as the lists above change height).
 * Each item tells assistive technology its place in the whole list.
 */
function WindowedList({
  label,
  items,
  scroller,
  content,
  renderItem,
}: {
  label: string;
  items: readonly Annotation[];
  /** The summary's scroller, and the element holding every list (whose size changes when any list's does); null until mounted. */
  scroller: HTMLDivElement | null;
  content: HTMLDivElement | null;
  renderItem: (annotation: Annotation, place: ItemPlace) => ReactNode;
}) {
  const list = useRef<HTMLUListElement>(null);
  const [margin, setMargin] = useState(0);
  const [focused, setFocused] = useState(-1);
  useLayoutEffect(() => {
    if (!scroller || !content) return;
    const measure = () => {
      if (list.current) setMargin(Math.round(list.current.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(content);
    return () => observer.disconnect();
  }, [content, scroller]);
  // The item holding the focus and its neighbours stay wherever the list is scrolled: a comment
  // being typed is never unmounted.
  const rangeExtractor = useMemo(() => keepingFocused(focused), [focused]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => ITEM_ESTIMATE,
    overscan: 3,
    gap: 12,
    scrollMargin: margin,
    getItemKey: (index) => items[index]?.id ?? index,
    rangeExtractor,
  });
  return (
    <ul
      aria-label={label}
      ref={list}
      className="windowed"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => {
        const index = Number(event.target.closest('li')?.getAttribute('data-index') ?? -1);
        if (index >= 0) setFocused(index);
      }}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const annotation = items[row.index];
        return annotation && renderItem(annotation, { index: row.index, top: row.start - margin, of: items.length, measure: virtualizer.measureElement });
      })}
    </ul>
  );
}

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
  // Elements in state, not refs: a child's layout effects run before its parent's refs are set,
  // and the windowed lists need the scroller when they first lay out.
  const [summary, setSummary] = useState<HTMLDivElement | null>(null);
  const [groups, setGroups] = useState<HTMLDivElement | null>(null);
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
        <div className="review-summary" ref={setSummary}>
          {all.length === 0 && <p className="review-empty">Nothing to review yet: this brief has no annotations.</p>}
          <div className="review-groups" ref={setGroups}>
            {TAG_STYLES.map((style) => {
              const items = all.filter((a) => a.tag === style.tag);
              const item = (annotation: Annotation, place?: ItemPlace) => (
                <ReviewItem key={annotation.id} annotation={annotation} reviewer={reviewer} onVerdict={onVerdict} onShow={showPassage} source={sourceLabels.get(annotation.articleId)} place={place} />
              );
              return (
                items.length > 0 && (
                  <section key={style.tag} className="review-group">
                    <h3>
                      {style.label} ({items.length})
                    </h3>
                    {all.length > WINDOWED_FROM ? (
                      <WindowedList label={style.label} items={items} scroller={summary} content={groups} renderItem={item} />
                    ) : (
                      <ul aria-label={style.label}>{items.map((annotation) => item(annotation))}</ul>
                    )}
                  </section>
                )
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
