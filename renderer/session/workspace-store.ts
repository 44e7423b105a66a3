/**
 * The open brief's workspace state outside any component: which source is shown, which
 * annotation is active, the panel's filters (tag, text, source), whether highlights show, review mode, the side tab, the chooser between
 * overlapping highlights, and the brief as its editor shows it. Components subscribe
 * (`useSyncExternalStore`) and act through its methods; the article view draws the active
 * highlight from it, the panel brings the active card into view from it.
 */
import { SHOW_ALL, type AnnotationFilter } from '../../app/annotations/annotation-filter';
import type { TextRange } from '../../app/anchoring/text-selectors';
import type { Brief } from '../../app/brief/brief';

/**
 * Where an activation came from: a click in the text, a click on a card, the keyboard moving
 * into a card, or a new tagging.
 */
export type ActivationSource = 'text' | 'card' | 'focus' | 'tagging';

/** The side panel's tabs. */
export type SideTab = 'annotations' | 'brief';

/** A snapshot of the workspace, replaced (never mutated) on every change. */
export interface WorkspaceState {
  /** The article (one of the brief's sources) shown in the reader; null for a brief without sources. */
  readonly sourceId: string | null;
  /** The source the panel is narrowed to; null shows every source's annotations. */
  readonly sourceFilter: string | null;
  readonly activeId: string | null;
  /**
   * The last activation, for the article view: a card's activation scrolls the text to its
   * passage and flashes it, a tagging's collapses the selection that made it. `seq` tells
   * one activation from the next of the same annotation.
   */
  readonly activation: { readonly id: string | null; readonly source: ActivationSource; readonly seq: number } | null;
  readonly filter: AnnotationFilter;
  readonly highlightsVisible: boolean;
  readonly reviewing: boolean;
  readonly sideTab: SideTab;
  /** Whether the side panel (annotations and brief) is shown beside the article. */
  readonly panelOpen: boolean;
  /** The choice between overlapping highlights clicked at (x, y), if open. */
  readonly chooser: { readonly ids: readonly string[]; readonly x: number; readonly y: number } | null;
  /** Asks the active card to take the focus (Enter in the article); counts up. */
  readonly noteFocusRequest: number;
  /**
   * The card showing all its fields. The others show their note and a summary, so tabbing
   * through the list costs three stops a card; the keyboard moving into a card does not
   * expand it, any other activation does.
   */
  readonly expandedId: string | null;
}

const INITIAL: WorkspaceState = {
  sourceId: null,
  sourceFilter: null,
  activeId: null,
  activation: null,
  filter: SHOW_ALL,
  highlightsVisible: true,
  reviewing: false,
  sideTab: 'annotations',
  panelOpen: true,
  chooser: null,
  noteFocusRequest: 0,
  expandedId: null,
};

/** The store of one open brief's workspace. */
export class WorkspaceStore {
  private state: WorkspaceState;
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  /** The brief as its editor shows it, drafts included; not state, since nothing draws it. */
  private shownBrief: Brief | undefined;
  /** Reads the article's selection, while the article view is shown. */
  private selection: (() => TextRange | undefined) | undefined;

  /** A workspace showing source `sourceId` (null for a brief without sources). */
  constructor(sourceId: string | null = null) {
    this.state = { ...INITIAL, sourceId };
  }

  /** The current snapshot. */
  readonly getState = (): WorkspaceState => this.state;

  /** Calls `listener` after every change; returns the disposer. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Makes `id` the active annotation (null for none) and closes the chooser; expands its card
   * unless the keyboard merely moved into it. With `sourceId` (the annotation's source), that
   * source is shown too, in the same change.
   */
  activate(id: string | null, source: ActivationSource, sourceId?: string): void {
    const expandedId = source === 'focus' ? this.state.expandedId : id;
    this.set({ activeId: id, activation: { id, source, seq: ++this.seq }, chooser: null, expandedId, ...(sourceId ? { sourceId } : {}) });
  }

  /** Shows source `sourceId` in the reader; the active annotation stays (its card stays chosen). */
  showSource(sourceId: string): void {
    if (sourceId !== this.state.sourceId) this.set({ sourceId, chooser: null });
  }

  /** Narrows the panel to one source's annotations, or (null) shows every source's. */
  setSourceFilter(sourceFilter: string | null): void {
    this.set({ sourceFilter });
  }

  /** Expands the card of `id`, or collapses it when it is the expanded one. */
  toggleExpanded(id: string): void {
    this.set({ expandedId: this.state.expandedId === id ? null : id });
  }

  /** Clears the active annotation if it is `id` (it was deleted). */
  deactivate(id: string): void {
    const { activeId, expandedId } = this.state;
    if (activeId === id || expandedId === id) {
      this.set({ ...(activeId === id && { activeId: null, activation: null }), ...(expandedId === id && { expandedId: null }) });
    }
  }

  /** Narrows the panel to `filter`. */
  setFilter(filter: AnnotationFilter): void {
    this.set({ filter });
  }

  /** Shows or hides the highlights in the article. */
  toggleHighlights(): void {
    this.set({ highlightsVisible: !this.state.highlightsVisible });
  }

  /** Switches review mode on or off. */
  toggleReview(): void {
    this.set({ reviewing: !this.state.reviewing });
  }

  /** Shows or hides the side panel, giving the article the whole width. */
  togglePanel(): void {
    this.set({ panelOpen: !this.state.panelOpen });
  }

  /** Shows one of the side column's tabs. */
  setSideTab(sideTab: SideTab): void {
    this.set({ sideTab });
  }

  /** Offers the choice between the overlapping highlights `ids`, at (x, y). */
  openChooser(ids: readonly string[], x: number, y: number): void {
    this.set({ chooser: { ids, x, y } });
  }

  /** Closes the choice between overlapping highlights. */
  closeChooser(): void {
    this.set({ chooser: null });
  }

  /** Asks the active annotation's card to take the keyboard focus. */
  requestNoteFocus(): void {
    this.set({ noteFocusRequest: this.state.noteFocusRequest + 1 });
  }

  /** Remembers the brief as its editor shows it, so Export PDF prints what the analyst sees. */
  showBrief(brief: Brief): void {
    this.shownBrief = brief;
  }

  /** The brief as its editor last showed it, if it has loaded. */
  brief(): Brief | undefined {
    return this.shownBrief;
  }

  /** Lets the article view answer {@link selectedRange} until the returned disposer is called. */
  provideSelection(read: () => TextRange | undefined): () => void {
    this.selection = read;
    return () => {
      if (this.selection === read) this.selection = undefined;
    };
  }

  /** The passage selected in the article now, snapped to words; undefined for none. */
  selectedRange(): TextRange | undefined {
    return this.selection?.();
  }

  private set(change: Partial<WorkspaceState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
