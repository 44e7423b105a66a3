/**
 * The annotations panel: filters with counts, a search, in a brief of several sources a
 * `Source` filter (all of them, or one), the cards in text order (source by source) in a
 * virtualised list (only the visible cards exist, so ten thousand scroll as smoothly as
 * ten), and the orphaned annotations apart. The active annotation's card scrolls into view.
 * It reads the open workspace's session and store; a card's actions go to the session, each
 * reported done once stored.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { measureElement, useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { keepingFocused } from '../../ui/focus-range';
import { applyFilter, TAG_FILTERS, type AnnotationFilter } from '../../../app/annotations/annotation-filter';
import type { AnnotationOverview } from '../../../app/annotations/annotation-overview';
import type { AnchoredAnnotation } from '../../../app/annotations/anchored-annotations';
import type { Annotation } from '../../../app/model/model';
import type { SourceText } from '../../../app/brief/brief';
import { tagStyle } from '../../../app/model/tags';
import { blockIndexAt, blockStarts } from '../../../app/model/canonical-text';
import { blockCitations, citationText } from '../../../app/model/paragraph-numbers';
import { speakerSuggestions } from '../../../app/annotations/speaker-suggestions';
import { useServices } from '../../services/services';
import { useSessionState, useWorkspace, useWorkspaceState } from '../../session/workspace-context';
import { AnnotationCard, type CardActions } from './AnnotationCard';

/** Props of the panel's list, which the panel reads from the workspace. */
interface AnnotationsPanelProps {
  /** Placed annotations, in text order. */
  readonly anchored: readonly AnchoredAnnotation[];
  readonly orphaned: readonly Annotation[];
  readonly overview: AnnotationOverview;
  readonly activeId: string | null;
  /** The card showing all its fields. */
  readonly expandedId: string | null;
  /** Whether the active card was chosen in the panel itself (clicked, or reached by the keyboard). */
  readonly activeFromPanel: boolean;
  readonly filter: AnnotationFilter;
  readonly onFilterChange: (filter: AnnotationFilter) => void;
  /** Speaker names to suggest for an annotation. */
  readonly speakersFor: (annotation: AnchoredAnnotation) => readonly string[];
  readonly actions: CardActions;
  /** An earlier revision's annotations: shown, not changed. */
  readonly readOnly: boolean;
  /** The brief's sources (for the `Source` filter), and the one the panel is narrowed to (null: all). */
  readonly sources: readonly SourceText[];
  readonly sourceFilter: string | null;
  readonly onSourceFilterChange: (sourceId: string | null) => void;
  /** An annotation's source label (`S2`) in a brief of several sources. */
  readonly sourceOf?: (annotation: Annotation) => string | undefined;
  /** Where an anchored annotation's passage is cited, for a source read from a PDF (`p. 4 ¶ 2`). */
  readonly citationFor: (placed: AnchoredAnnotation) => string | undefined;
}

/** A card's height before it is measured, in px. */
const CARD_ESTIMATE = 220;
const NO_SPEAKERS: readonly string[] = [];
const NONE: readonly Annotation[] = [];

/**
 * Puts the keyboard on the first button of the card of `id` (its `Details`), or on the list
 * when there is none: not in a text field, where Ctrl+Z would be the field's own undo rather
 * than the deletion's.
 */
function focusCardOrList(id: string | undefined): void {
  const card = id === undefined ? null : document.querySelector<HTMLElement>(`.annotations-panel [data-annotation="${CSS.escape(id)}"]`);
  const target = card?.querySelector<HTMLElement>('button') ?? document.querySelector<HTMLElement>('.annotations-panel .annotation-list');
  target?.focus();
}

/** The `Annotations` region of the open workspace. */
export function AnnotationsPanel() {
  const { session, store, readOnly } = useWorkspace();
  const { notifications } = useServices();
  const { anchored, orphaned, overview, sources } = useSessionState();
  const { activeId, activation, expandedId, filter, noteFocusRequest, sourceFilter } = useWorkspaceState();

  // The same object across changes, so a change re-renders the cards it touched, not all of them.
  const actions: CardActions = useMemo(
    () => ({
      // A card of another source shows that source in the reader, with the passage.
      activate: (id: string, source = 'card') => store.activate(id, source, session.getState().all.get(id)?.articleId),
      toggleExpanded: (id: string) => store.toggleExpanded(id),
      edit: (id, edit, coalesceKey) => void notifications.run(() => session.edit(id, edit, coalesceKey), 'The change was not saved'),
      remove: (id: string) => {
        const annotation = session.getState().all.get(id);
        // The keyboard goes on to the next card (or the one before, or the list), not to the page.
        const item = document.querySelector<HTMLElement>(`.annotations-panel [data-annotation="${CSS.escape(id)}"]`);
        const neighbour = ((item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null)?.dataset.annotation;
        store.deactivate(id);
        void notifications
          .run(() => session.remove(id), 'The annotation was not deleted', annotation && `${tagStyle(annotation.tag).label} deleted.`)
          .then((done) => done && requestAnimationFrame(() => focusCardOrList(neighbour)));
      },
      link: (from, to, linked) => void notifications.run(() => session.link(from, to, linked), 'The link was not saved'),
      reattach: (id: string) => {
        const range = store.selectedRange();
        if (!range || range.start === range.end) {
          notifications.status('Select the new passage in the article first, then choose Re-attach.');
          return;
        }
        void notifications.run(() => session.reattach(id, range, store.getState().sourceId ?? undefined), 'The annotation was not re-attached', 'Re-attached to the selected passage.');
      },
      confirmWording: (id: string) => void notifications.run(() => session.confirmWording(id), 'The wording was not confirmed', 'New wording confirmed.'),
    }),
    [notifications, session, store],
  );

  const starts = useMemo(() => sources.map((source) => blockStarts(source.article.blocks)), [sources]);
  // A source read from a PDF cites its passages by page: `p. 4 ¶ 2` on each card.
  const citations = useMemo(() => sources.map((source) => (source.article.blocks.some((b) => b.page !== undefined) ? blockCitations(source.article.blocks) : undefined)), [sources]);
  const citationFor = useCallback(
    (placed: AnchoredAnnotation) => {
      const source = placed.source ?? 0;
      const citation = citations[source]?.[blockIndexAt(starts[source] ?? [], placed.range.start)];
      return citation && citationText(citation);
    },
    [citations, starts],
  );
  const speakerCache = useMemo(() => new Map<string, readonly string[]>(), []);
  const speakersFor = useCallback(
    (placed: AnchoredAnnotation) => {
      const source = placed.source ?? 0;
      const blocks = sources[source]?.article.blocks ?? [];
      const index = blockIndexAt(starts[source] ?? [], placed.range.start);
      const key = `${source}:${index}`;
      let names = speakerCache.get(key);
      if (!names) {
        names = speakerSuggestions(blocks[index]?.text ?? '');
        speakerCache.set(key, names);
      }
      return names;
    },
    [sources, speakerCache, starts],
  );
  const sourceOf = useMemo(() => {
    if (sources.length < 2) return undefined;
    const labels = new Map(sources.map((source, i) => [source.article.id, `S${i + 1}`]));
    return (annotation: Annotation) => labels.get(annotation.articleId);
  }, [sources]);

  // Enter in the article asks the active card's note to take the focus.
  useEffect(() => {
    if (noteFocusRequest > 0) document.querySelector<HTMLTextAreaElement>('.annotations-panel .annotation-card.active textarea')?.focus();
  }, [noteFocusRequest]);

  return (
    <AnnotationsList
        anchored={anchored}
        orphaned={orphaned}
        overview={overview}
        activeId={activeId}
        expandedId={expandedId}
        activeFromPanel={activation?.source === 'card' || activation?.source === 'focus'}
        filter={filter}
        onFilterChange={(next) => store.setFilter(next)}
        speakersFor={speakersFor}
        actions={actions}
        readOnly={readOnly}
        sources={sources}
        sourceFilter={sources.some((source) => source.article.id === sourceFilter) ? sourceFilter : null}
        onSourceFilterChange={(next) => store.setSourceFilter(next)}
        sourceOf={sourceOf}
        citationFor={citationFor}
      />
  );
}

/** The filters, the search and the cards. */
function AnnotationsList(props: AnnotationsPanelProps) {
  const { anchored, orphaned, overview, activeId, expandedId, activeFromPanel, filter, onFilterChange, speakersFor, actions, readOnly, sources, sourceFilter, onSourceFilterChange, sourceOf, citationFor } = props;
  const { counts, guarantees, linkedFrom } = overview;
  const scroller = useRef<HTMLDivElement>(null);
  const inSource = useMemo(() => (sourceFilter ? anchored.filter((a) => a.annotation.articleId === sourceFilter) : anchored), [anchored, sourceFilter]);
  const visible = useMemo(() => applyFilter(inSource, filter, (a) => a.annotation), [inSource, filter]);

  /** The annotation whose card holds the keyboard focus. */
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = useMemo(() => (focusedId ? visible.findIndex((a) => a.annotation.id === focusedId) : -1), [focusedId, visible]);

  // Stable while the list is: the virtualiser recomputes every item's offset whenever its
  // key function changes, which a new closure on each scroll render would do 10,000 times.
  const getItemKey = useCallback((index: number) => visible[index]?.annotation.id ?? index, [visible]);
  // The card holding the focus and its neighbours are drawn wherever the list is scrolled.
  const rangeExtractor = useMemo(() => keepingFocused(focusedIndex), [focusedIndex]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE,
    overscan: 1,
    rangeExtractor,
    getItemKey,
    // Scrolling moves the cards by writing their positions straight to the DOM; React
    // renders only when the range of cards shown (or whether the list scrolls) changes.
    directDomUpdates: true,
    // A card is measured by the ResizeObserver, after the frame's layout and before its paint,
    // all new cards at once; never by reading its height as it mounts, which laid the panel
    // out again for each new card and recomputed every card's offset after each.
    measureElement: (element, entry, instance) =>
      entry ? measureElement(element, entry, instance) : (instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? CARD_ESTIMATE),
  });

  // While the analyst scrolls the list, cards come in as previews (their fields as still
  // boxes of the same size) and become full cards once it rests; the active card and the
  // card holding the keyboard focus always stay full, so nothing being edited is ever
  // swapped out. The panel's own jump to a new active card is one step, not a scroll
  // through cards: the cards already shown stay as they are, and those it brings into view
  // beside the active one come in as previews for that one frame and turn into full cards
  // in the next, so the frame that shows a tagging mounts one full card, not six.
  const jumped = useRef(false);
  if (!virtualizer.isScrolling) jumped.current = false;
  const scrolling = virtualizer.isScrolling && !jumped.current;
  // Scrolling down through cards never measured, the card just above the view is measured as
  // it comes in, and moving the list by its difference from the estimate (the virtualiser's
  // default) rebuilt every card's offset once per card in each frame and pulled the list
  // against the scrollbar being dragged. Only then is the list left where the analyst put it:
  // scrolling up, where cards come in at the top, and the panel's own jumps still make up for it.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, instance) => {
    const offset = instance.scrollOffset ?? 0;
    if (!instance.itemSizeCache.has(item.key)) return item.start < offset && (jumped.current || instance.scrollDirection !== 'forward');
    return item.end <= offset && instance.scrollDirection !== 'backward';
  };
  // During a jump's frame, the cards that were on screen before it; null otherwise. A ref, not
  // state: setting it must not cost a render of its own. The jump's scroll renders the new
  // range; a render just for this set came between and took a tenth of a tagging's key event
  // (measured in bench/).
  const shownBeforeJump = useRef<ReadonlySet<VirtualItem['key']> | null>(null);
  const [, settleJump] = useReducer((step: number) => step + 1, 0);

  // A newly active annotation (tagged, or clicked in the text) brings its card into view,
  // before the frame that shows it is painted rather than one frame later.
  const shownActive = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!activeId || shownActive.current === activeId) return;
    const index = visible.findIndex((a) => a.annotation.id === activeId);
    if (index < 0) return;
    shownActive.current = activeId;
    // A card already wholly in view needs no jump, and must not mark one: a jump that never
    // scrolls would leave the next scroll by the analyst taken for it.
    const shownItems = virtualizer.getVirtualItems();
    const target = shownItems.find((item) => item.index === index);
    const top = virtualizer.scrollOffset ?? 0;
    if (target && target.start > top && target.end < top + (virtualizer.scrollRect?.height ?? 0)) return;
    // A card chosen in the panel is where the analyst is looking: moving it would move the
    // button under the pointer between press and release (the browser scrolls what the
    // keyboard reaches into view by itself).
    if (target && activeFromPanel) return;
    jumped.current = true;
    const shown = new Set(shownItems.map((item) => item.key));
    shownBeforeJump.current = shown;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    // Called back after the jump's frame has been painted.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (shownBeforeJump.current !== shown) return;
        shownBeforeJump.current = null;
        settleJump();
      }, 0),
    );
  }, [activeId, activeFromPanel, visible, virtualizer]);

  return (
    <section className="annotations-panel" aria-labelledby="annotations-heading">
      <h2 id="annotations-heading">Annotations</h2>
      <div role="group" aria-label="Filter" className="filters">
        {TAG_FILTERS.map((tag) => (
          <button
            key={tag}
            type="button"
            aria-pressed={filter.tag === tag}
            className={`filter-button${tag === 'all' ? '' : ` tag-${tag}`}`}
            onClick={() => onFilterChange({ ...filter, tag })}
          >
            {tag === 'all' ? 'All' : tagStyle(tag).label} <span className="count">{counts[tag]}</span>
          </button>
        ))}
      </div>
      {sources.length > 1 && (
        <label className="source-filter">
          <span>Source</span>
          <select aria-label="Source" value={sourceFilter ?? ''} onChange={(e) => onSourceFilterChange(e.target.value || null)}>
            <option value="">All sources</option>
            {sources.map((source, i) => (
              <option key={source.article.id} value={source.article.id}>
                S{i + 1}: {source.article.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <input
        type="search"
        aria-label="Search annotations"
        placeholder="Search quotes, notes, speakers"
        className="search"
        value={filter.query}
        onChange={(e) => onFilterChange({ ...filter, query: e.target.value })}
      />
      <div ref={scroller} className="card-scroller">
        {visible.length === 0 && (
          <p className="empty-hint">{anchored.length === 0 ? 'Select a passage and press G, R or P to tag it.' : 'No annotation matches the filter.'}</p>
        )}
        <ul
          aria-label="Annotations in text order"
          className="annotation-list"
          tabIndex={-1}
          ref={virtualizer.containerRef}
          onFocus={(event) => {
            const id = (event.target as HTMLElement).closest<HTMLElement>('[data-annotation]')?.dataset.annotation ?? null;
            setFocusedId(id);
            // Tabbing into a card makes it the active one, which brings its passage into view.
            if (id && id !== activeId) actions.activate(id, 'focus');
          }}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocusedId(null);
          }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const placed = visible[item.index]!;
            const annotation = placed.annotation;
            return (
              <li
                key={item.key}
                data-index={item.index}
                data-annotation={annotation.id}
                ref={virtualizer.measureElement}
                aria-setsize={visible.length}
                aria-posinset={item.index + 1}
                className="annotation-item"
              >
                <AnnotationCard
                  annotation={annotation}
                  active={annotation.id === activeId}
                  expanded={annotation.id === expandedId}
                  guarantees={guarantees}
                  linkedFrom={linkedFrom.get(annotation.id) ?? NONE}
                  speakers={speakersFor(placed)}
                  actions={actions}
                  readOnly={readOnly}
                  sourceOf={sourceOf}
                  citation={citationFor(placed)}
                  preview={(scrolling || (shownBeforeJump.current !== null && !shownBeforeJump.current.has(item.key))) && annotation.id !== activeId && annotation.id !== focusedId}
                />
              </li>
            );
          })}
        </ul>
        {orphaned.length > 0 && (
          <section aria-labelledby="orphaned-heading" className="orphaned">
            <h3 id="orphaned-heading">Orphaned ({orphaned.length})</h3>
            <p className="orphaned-hint">Their text is no longer in their source. They are kept here until you delete them.</p>
            <ul aria-label="Orphaned annotations" className="orphaned-list">
              {orphaned.map((annotation) => (
                <li key={annotation.id}>
                  <AnnotationCard
                    annotation={annotation}
                    active={annotation.id === activeId}
                    expanded={annotation.id === expandedId}
                    orphaned
                    guarantees={guarantees}
                    linkedFrom={linkedFrom.get(annotation.id) ?? NONE}
                    speakers={NO_SPEAKERS}
                    actions={actions}
                    readOnly={readOnly}
                    sourceOf={sourceOf}
                  />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </section>
  );
}
