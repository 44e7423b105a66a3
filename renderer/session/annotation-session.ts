/**
 * The annotations of the open brief as the UI sees them: the stored set placed on the texts
 * of its sources, the actions an analyst takes on them, and the undo history. Every action is stored
 * (one transaction) before its promise resolves, which is when the UI reports it done. A
 * tagging ({@link AnnotationSession.tag}) shows before its write commits and is taken back
 * out if the write fails; every other action changes the state only once it is stored.
 */
import { anchoredAt, compareTextOrder, insertInTextOrder, placeOnSources, type AnchoredAnnotation } from '../../app/annotations/anchored-annotations';
import { overviewOf, updateOverview, type AnnotationOverview } from '../../app/annotations/annotation-overview';
import { applyToMap, createChanges, deleteChanges, editChanges, invertChanges, linkChanges, reattachChanges, type AnnotationEdit, type ChangeSet } from '../../app/annotations/annotation-changes';
import type { Annotation, ReviewVerdict } from '../../app/model/model';
import type { SourceText } from '../../app/brief/brief';
import { verdictChanges } from '../../app/review/review-verdict';
import { confirmWordingChanges } from '../../app/revisions/text-change';
import type { Tag } from '../../app/model/tags';
import { anchorTarget, describeRange, type TextRange } from '../../app/anchoring/text-selectors';
import { EMPTY_HISTORY, recordStep, redoStep, undoStep, type HistoryStep, type UndoHistory } from '../../app/annotations/undo-history';
import { describeChanges } from '../../app/annotations/change-description';
import { applyChanges } from '../storage/annotation-store';
import { readBriefContents, setSources } from '../storage/brief-store';
import type { BriefingDeskDatabase } from '../storage/database';

/** A snapshot of the session, replaced (never mutated) on every change. */
export interface SessionState {
  /** The brief's sources, in its order. */
  readonly sources: readonly SourceText[];
  /** The brief's annotations on its sources, by id. */
  readonly all: ReadonlyMap<string, Annotation>;
  /** Annotations placed on their sources' texts, source by source in the brief's order, in text order within each. */
  readonly anchored: readonly AnchoredAnnotation[];
  /** Annotations whose text is gone: kept and shown apart, never dropped. */
  readonly orphaned: readonly Annotation[];
  /** The counts and lists the panel shows beside the cards, kept in step with each change. */
  readonly overview: AnnotationOverview;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/**
 * Hears each change to the state: the action's changes, and the annotations they touched
 * that are now placed on the text (in no particular order).
 */
export type ChangeListener = (changes: ChangeSet, placed: readonly AnchoredAnnotation[]) => void;

/** Why a read-only session refused a change. */
export const READ_ONLY_MESSAGE = 'This is an earlier revision, kept as it was: open the latest revision to change its annotations.';

/** What the session needs from its surroundings. */
export interface SessionContext {
  readonly db: BriefingDeskDatabase;
  /** The brief whose annotations these are. */
  readonly briefId: string;
  /** The brief's sources when it opened, in its order. */
  readonly sources: readonly SourceText[];
  /** The analyst's name, asked each time since it can change. */
  readonly analyst: () => string;
  /** The current time, ISO 8601; a parameter so tests can fix it. */
  readonly now?: () => string;
  /** An earlier revision of an article: shown as it was, every change refused. */
  readonly readOnly?: boolean;
}

/** The open brief's annotations, their actions and their history. */
export class AnnotationSession {
  private state: SessionState;
  /** Each source's place in the brief's order, by article id. */
  private sourceIndex: ReadonlyMap<string, number> = new Map();
  private history: UndoHistory = EMPTY_HISTORY;
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<ChangeListener>();
  private readonly historyListeners = new Set<() => void>();
  // Actions are stored one after another, in the order the analyst took them.
  private queue: Promise<unknown> = Promise.resolve();
  /** Taggings shown but not yet stored: each will be an undo step once its write commits. */
  private unsaved = 0;

  /**
   * `stored` are the brief's annotations on its sources as stored; `done`, an action already
   * stored that the analyst can undo first (a merge that just changed them).
   */
  constructor(
    private readonly context: SessionContext,
    stored: readonly Annotation[],
    done?: HistoryStep,
  ) {
    if (done && !context.readOnly) this.history = recordStep(EMPTY_HISTORY, done);
    this.state = this.placed(context.sources, stored);
  }

  /** The state of `stored` placed on `sources` (which it now has), with the history's flags. */
  private placed(sources: readonly SourceText[], stored: readonly Annotation[]): SessionState {
    this.sourceIndex = new Map(sources.map((source, i) => [source.article.id, i]));
    const placed = placeOnSources(
      sources.map((source) => source.text),
      stored,
      (a) => this.sourceIndex.get(a.articleId),
    );
    const all = new Map(stored.map((a) => [a.id, a]));
    return { sources, all, ...placed, overview: overviewOf(all, placed.anchored), ...this.historyFlags() };
  }

  /** The current snapshot (for `useSyncExternalStore`). */
  readonly getState = (): SessionState => this.state;

  /** Calls `listener` after every state change; returns the disposer. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Calls `listener` with the changes of every action, undo and redo as it shows; returns the disposer. */
  onDidApplyChanges(listener: ChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Calls `listener` whenever what Undo or Redo would do may have changed — also when a
   * tagging's write commits and it becomes an undo step, which changes no state; returns the
   * disposer.
   */
  onDidChangeHistory(listener: () => void): () => void {
    this.historyListeners.add(listener);
    return () => this.historyListeners.delete(listener);
  }

  /** Tags `range` of the text of source `articleId` (the first source by default); resolves with the stored annotation. */
  async create(tag: Tag, range: TextRange, articleId?: string): Promise<Annotation> {
    const annotation = this.draft(tag, range, articleId);
    await this.adopt(annotation);
    return annotation;
  }

  /**
   * The annotation that tagging `range` of source `articleId` (the first source by default)
   * would store, not yet stored: callers that must know its id before it shows (to make it the
   * active one in the same render) store it with {@link tag} or {@link adopt}. Throws for an
   * article that is not one of the brief's sources.
   */
  draft(tag: Tag, range: TextRange, articleId?: string): Annotation {
    const now = this.now();
    const source = this.source(articleId);
    return {
      id: crypto.randomUUID(),
      briefId: this.context.briefId,
      articleId: source.article.id,
      tag,
      target: describeRange(source.text, range),
      note: '',
      links: [],
      author: this.context.analyst(),
      createdAt: now,
      updatedAt: now,
    };
  }

  /**
   * Edits an annotation. Edits with the same `coalesceKey` in a row (typing in one note)
   * undo as one step.
   */
  edit(id: string, edit: AnnotationEdit, coalesceKey?: string): Promise<void> {
    return this.perform(() => editChanges(this.state.all, id, edit, this.now()), coalesceKey);
  }

  /** Deletes an annotation and every link to it. */
  remove(id: string): Promise<void> {
    return this.perform(() => deleteChanges(this.state.all, id, this.now()));
  }

  /**
   * Attaches annotation `id` (an orphan) to `range` of the text of source `articleId` (its own
   * by default), keeping all it holds; undoable.
   */
  reattach(id: string, range: TextRange, articleId?: string): Promise<void> {
    return this.perform(() => {
      const source = this.source(articleId ?? this.state.all.get(id)?.articleId);
      const changes = reattachChanges(this.state.all, id, describeRange(source.text, range), this.now());
      return changes.map((c) => (c.after ? { ...c, after: { ...c.after, articleId: source.article.id } } : c));
    });
  }

  /** Confirms the new wording of annotation `id` after a revision changed it; undoable. */
  confirmWording(id: string): Promise<void> {
    return this.perform(() => confirmWordingChanges(this.state.all, id, this.now()));
  }

  /** Links (or unlinks) a risk or precedent to a guarantee. */
  link(from: string, to: string, linked: boolean): Promise<void> {
    return this.perform(() => linkChanges(this.state.all, from, to, linked, this.now()));
  }

  /**
   * Adds a new annotation (a {@link draft}) and shows it at once, before its write commits:
   * the state and the change listeners hear of it now, so a tagging answers its key in the
   * next frame. (Waiting for the write took three: Chromium holds a storage reply back until
   * the frame after a key press has been drawn.) The promise resolves once the annotation is
   * stored, which is when it becomes an undo step and the UI may report it added; if the
   * write fails, the annotation is taken back out of the state and the promise rejects.
   */
  tag(annotation: Annotation): Promise<void> {
    if (this.context.readOnly) return Promise.reject(new Error(READ_ONLY_MESSAGE));
    const changes = createChanges(annotation);
    this.unsaved++;
    this.commit(changes);
    return this.enqueue(async () => {
      try {
        await applyChanges(this.context.db, changes, this.context.analyst(), this.now());
        this.history = recordStep(this.history, { changes });
        this.unsaved--;
        for (const listener of this.historyListeners) listener();
      } catch (error) {
        this.unsaved--;
        this.commit(invertChanges(changes));
        throw error;
      }
    });
  }

  /**
   * Stores an annotation made elsewhere (a revision's reviewed annotation, accepted,
   * re-targeted or orphaned by the analyst) as one undoable action.
   */
  adopt(annotation: Annotation): Promise<void> {
    return this.perform(() => createChanges(annotation));
  }

  /**
   * Gives an annotation a reviewer's verdict (or takes it away), as one undoable action;
   * verdicts with the same `coalesceKey` in a row (typing a comment) undo as one step.
   */
  setVerdict(id: string, verdict: ReviewVerdict | undefined, coalesceKey?: string): Promise<void> {
    return this.perform(() => verdictChanges(this.state.all, id, verdict), coalesceKey);
  }

  /**
   * Gives the brief the sources `articleIds` (adding, removing or reordering them), stored
   * with the brief, as one undoable step that Undo names `label`. A removed source's
   * annotations stay stored in the brief; they leave the session and come back with the source.
   */
  setSources(articleIds: readonly string[], label: string): Promise<void> {
    return this.enqueue(async () => {
      this.writable();
      const before = this.state.sources.map((source) => source.article.id);
      if (before.length === articleIds.length && before.every((id, i) => id === articleIds[i])) return;
      await this.moveSources(articleIds);
      this.history = recordStep(this.history, { changes: [], label, sources: { before, after: [...articleIds] } });
      this.publish();
    });
  }

  /** Stores `articleIds` as the brief's sources and places the annotations on them afresh. */
  private async moveSources(articleIds: readonly string[]): Promise<void> {
    await setSources(this.context.db, this.context.briefId, articleIds, this.context.analyst());
    const { sources, annotations } = await readBriefContents(this.context.db, this.context.briefId, articleIds);
    this.state = this.placed(sources, annotations);
  }

  /** Whether Undo and Redo can run now. A tagging not yet stored will be the newest undo step, and will clear the redo stack. */
  private historyFlags(): Pick<SessionState, 'canUndo' | 'canRedo'> {
    return { canUndo: this.history.done.length > 0 || this.unsaved > 0, canRedo: this.history.undone.length > 0 && this.unsaved === 0 };
  }

  /** Tells every listener that the state changed wholesale (the sources did). */
  private publish(): void {
    this.state = { ...this.state, ...this.historyFlags() };
    for (const listener of this.listeners) listener();
    for (const listener of this.historyListeners) listener();
  }

  /** The changes Undo would take back, or undefined with nothing stored to undo. */
  undoStep(): ChangeSet | undefined {
    return this.history.done.at(-1)?.changes;
  }

  /** The changes Redo would make again, or undefined with nothing to redo. */
  redoStep(): ChangeSet | undefined {
    return this.history.undone.at(-1)?.changes;
  }

  /** What Undo would take back, in words (`add Risk`, `merge bob.brief`); undefined with nothing to undo. */
  undoLabel(): string | undefined {
    const step = this.history.done.at(-1);
    return step && (step.label ?? describeChanges(step.changes));
  }

  /** What Redo would make again, in words; undefined with nothing to redo. */
  redoLabel(): string | undefined {
    const step = this.history.undone.at(-1);
    return step && (step.label ?? describeChanges(step.changes));
  }

  /** Undoes the last action, storing the result; false when there was nothing to undo. */
  undo(): Promise<boolean> {
    return this.travel(undoStep);
  }

  /** Redoes the last undone action, storing the result; false when there was nothing to redo. */
  redo(): Promise<boolean> {
    return this.travel(redoStep);
  }

  private now(): string {
    return this.context.now?.() ?? new Date().toISOString();
  }

  /** Source `articleId` (the first without one); throws for one that is not the brief's. */
  private source(articleId: string | undefined): SourceText {
    const index = articleId === undefined ? 0 : this.sourceIndex.get(articleId);
    const source = index === undefined ? undefined : this.state.sources[index];
    if (!source) throw new Error(articleId === undefined ? 'This brief has no source to tag: add one first.' : 'That article is not one of this brief’s sources.');
    return source;
  }

  /** Throws for a read-only session: nothing may change an earlier revision. */
  private writable(): void {
    if (this.context.readOnly) throw new Error(READ_ONLY_MESSAGE);
  }

  private perform(plan: () => ChangeSet, coalesceKey?: string): Promise<void> {
    return this.enqueue(async () => {
      this.writable();
      const changes = plan();
      if (changes.length === 0) return;
      await applyChanges(this.context.db, changes, this.context.analyst(), this.now());
      this.history = recordStep(this.history, { changes, coalesceKey });
      this.commit(changes);
    });
  }

  private travel(step: typeof undoStep): Promise<boolean> {
    return this.enqueue(async () => {
      this.writable();
      const result = step(this.history);
      if (!result) return false;
      await applyChanges(this.context.db, result.changes, this.context.analyst(), this.now());
      this.history = result.history;
      if (result.sources) {
        await this.moveSources(result.sources);
        this.publish();
      } else this.commit(result.changes);
      return true;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private commit(changes: ChangeSet): void {
    const all = applyToMap(this.state.all, changes);
    const touched = new Set(changes.flatMap((c) => [c.before?.id, c.after?.id]).filter((id): id is string => !!id));
    // Only an annotation that existed before can be in the lists: a tagging, the commonest
    // action, need not go over ten thousand of them to take nothing out.
    const existed = changes.some((c) => c.before);
    const kept = existed ? this.state.anchored.filter((a) => !touched.has(a.annotation.id)) : this.state.anchored;
    const stillOrphaned = existed ? this.state.orphaned.filter((a) => !touched.has(a.id)) : this.state.orphaned;
    const moved: AnchoredAnnotation[] = [];
    const lost: Annotation[] = [];
    for (const id of touched) {
      const annotation = all.get(id);
      if (!annotation) continue;
      const source = this.sourceIndex.get(annotation.articleId);
      const text = source === undefined ? undefined : this.state.sources[source]?.text;
      const placed = text === undefined ? undefined : anchorTarget(text, annotation.target);
      if (placed?.status === 'anchored' && source !== undefined) moved.push(anchoredAt(annotation, placed.range, source));
      else lost.push(annotation);
    }
    const orphaned = lost.length > 0 ? [...stillOrphaned, ...lost] : stillOrphaned;
    // A few insertions keep a long list in order more cheaply than sorting it again.
    const anchored = moved.length > 8 ? [...kept, ...moved].sort(compareTextOrder) : moved.reduce(insertInTextOrder, kept);
    const overview = updateOverview(this.state.overview, changes, all, anchored);
    this.state = { sources: this.state.sources, all, anchored, orphaned, overview, ...this.historyFlags() };
    for (const listener of this.changeListeners) listener(changes, moved);
    for (const listener of this.listeners) listener();
    for (const listener of this.historyListeners) listener();
  }
}
