/**
 * Annotation edits as change sets: each user action is a list of before/after pairs, which
 * is all that storing, drawing and undoing it need. Undo applies the inverse set.
 */
import type { Annotation, AnnotationTarget, Confidence } from '../model/model';
import type { Tag } from '../model/tags';
import { retarget } from '../revisions/text-change';

/** One annotation's state before and after an action; null for "did not exist". */
export interface AnnotationChange {
  readonly before: Annotation | null;
  readonly after: Annotation | null;
}

/** The changes of one user action, applied together or not at all. */
export type ChangeSet = readonly AnnotationChange[];

/** What an analyst may edit on an annotation. */
export interface AnnotationEdit {
  readonly tag?: Tag;
  readonly note?: string;
  readonly speaker?: string;
  readonly confidence?: Confidence | undefined;
  readonly links?: readonly string[];
}

/** The change set that undoes `changes`. */
export function invertChanges(changes: ChangeSet): ChangeSet {
  return [...changes].reverse().map(({ before, after }) => ({ before: after, after: before }));
}

/** The change set creating `annotation`. */
export function createChanges(annotation: Annotation): ChangeSet {
  return [{ before: null, after: annotation }];
}

/**
 * The change set deleting annotation `id` from `all`: the annotation goes, and so does every
 * link to it from the others (nothing else changes on them but their update time).
 */
export function deleteChanges(all: ReadonlyMap<string, Annotation>, id: string, now: string): ChangeSet {
  const target = all.get(id);
  if (!target) throw new RangeError(`No annotation ${id} to delete`);
  const unlinked: AnnotationChange[] = [];
  for (const other of all.values()) {
    if (other.id !== id && other.links.includes(id)) {
      unlinked.push({ before: other, after: { ...other, links: other.links.filter((l) => l !== id), updatedAt: now } });
    }
  }
  return [{ before: target, after: null }, ...unlinked];
}

/** The change set applying `edit` to annotation `id`; empty when nothing would change. */
export function editChanges(all: ReadonlyMap<string, Annotation>, id: string, edit: AnnotationEdit, now: string): ChangeSet {
  const before = all.get(id);
  if (!before) throw new RangeError(`No annotation ${id} to edit`);
  const after: Annotation = { ...before, ...edit, updatedAt: now };
  if (edit.confidence === undefined && 'confidence' in edit) delete (after as { confidence?: Confidence }).confidence;
  if (edit.speaker === '') delete (after as { speaker?: string }).speaker;
  const same =
    after.tag === before.tag &&
    after.note === before.note &&
    after.speaker === before.speaker &&
    after.confidence === before.confidence &&
    after.links.length === before.links.length &&
    after.links.every((l, i) => l === before.links[i]);
  return same ? [] : [{ before, after }];
}

/**
 * The change set giving annotation `id` a new `target` (an orphan re-attached to the passage
 * the analyst selected): its note, links, verdict and everything else come along; new words
 * are marked as a text change (`retarget`), so a verdict reads as given on the earlier wording.
 */
export function reattachChanges(all: ReadonlyMap<string, Annotation>, id: string, target: AnnotationTarget, now: string): ChangeSet {
  const before = all.get(id);
  if (!before) throw new RangeError(`No annotation ${id} to re-attach`);
  return [{ before, after: { ...retarget(before, target), updatedAt: now } }];
}

/**
 * The change set linking (or unlinking) a risk or precedent `from` to a guarantee `to`.
 * Links are stored on the risk or precedent; the guarantee shows them by looking back.
 */
export function linkChanges(all: ReadonlyMap<string, Annotation>, from: string, to: string, linked: boolean, now: string): ChangeSet {
  const source = all.get(from);
  const target = all.get(to);
  if (!source || !target) throw new RangeError(`Cannot link ${from} to ${to}: one of them does not exist`);
  if (source.tag === 'guarantee' || target.tag !== 'guarantee') {
    throw new RangeError('Only a risk or a precedent can be linked, and only to a guarantee');
  }
  const links = linked ? [...new Set([...source.links, to])] : source.links.filter((l) => l !== to);
  return editChanges(all, from, { links }, now);
}

/** `all` with `changes` applied: a new map, `all` untouched. */
export function applyToMap(all: ReadonlyMap<string, Annotation>, changes: ChangeSet): Map<string, Annotation> {
  const next = new Map(all);
  for (const { before, after } of changes) {
    if (after) next.set(after.id, after);
    else if (before) next.delete(before.id);
  }
  return next;
}

/**
 * `changes` folded to one change per annotation, from its first `before` to its last `after`
 * (in order of first appearance), so they can be stored in bulk, in any order, with the
 * same result as one by one. An annotation created and deleted within the set drops out.
 */
export function netChanges(changes: ChangeSet): ChangeSet {
  const byId = new Map<string, { before: Annotation | null; after: Annotation | null }>();
  for (const { before, after } of changes) {
    const id = (after ?? before)?.id;
    if (id === undefined) continue;
    const seen = byId.get(id);
    if (seen) seen.after = after;
    else byId.set(id, { before, after });
  }
  return [...byId.values()].filter((change) => change.before !== null || change.after !== null);
}
