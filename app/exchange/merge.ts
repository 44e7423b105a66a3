/**
 * Merging a teammate's annotations into ours, per annotation id, as a pure plan the database
 * then applies in one transaction. The plan never loses a version silently: what it does not
 * keep is either deleted by a tombstone no older than it, or recorded as a conflict.
 *
 * Every id keeps the version that `compareVersions` ranks highest, a total order, so merging
 * the same files in any order leaves the same annotations and tombstones — except that a file
 * never wins by its clock: its version never replaces (or deletes) one the analyst changed
 * here after the file was exported, nor is a time ahead of this machine's clock by more than
 * `MAX_CLOCK_SKEW_MS` believed; each such case is a conflict that keeps the analyst's version
 * until they swap it.
 */
import type { Annotation, AnnotationOrigin } from '../model/model';
import type { AnnotationChanges, AnnotationSet } from '../annotations/annotation-set';
import type { ChangeSet } from '../annotations/annotation-changes';
import { compareVersions, lastModified, sameContent, versionBriefId, versionId, type AnnotationVersion } from '../annotations/annotation-version';
import type { MergeConflict } from './merge-conflict';
import { pruneLinks } from '../annotations/prune-links';
import { differingFields, type AnnotationField } from '../annotations/annotation-diff';
import { stableJson } from '../model/stable-json';
import type { AnnotationTombstone } from '../annotations/tombstone';

/** How far ahead of this machine's clock a file's time may be and still be believed. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A teammate's annotations of the same brief, and the `.brief` file they came in. */
export interface IncomingAnnotations extends AnnotationSet {
  readonly source: AnnotationOrigin;
}

/**
 * What a merge did, per id of the incoming file (plus local annotations that only lost
 * links), as the analyst reads it after an import. Conflicts are counted on their own as
 * well as under the outcome they had.
 */
export interface MergeSummary {
  /** Annotations new here, including ones brought back by an edit made after their deletion. */
  readonly added: number;
  /** Local annotations replaced by a different version, or that lost links to deleted ones. */
  readonly updated: number;
  /** Local annotations removed by a tombstone. */
  readonly deleted: number;
  /** Conflicts recorded. */
  readonly conflicts: number;
  /** Incoming ids that changed nothing here (same content, older, or already deleted). */
  readonly unchanged: number;
}

/** One local annotation a merge updated or deleted, as the summary lists it. */
export interface MergeChange {
  readonly id: string;
  readonly outcome: 'updated' | 'deleted';
  /** The annotation as it was here. */
  readonly before: Annotation;
  /** What it is now (updated), or nothing (deleted). */
  readonly after?: Annotation;
  /** What differs (updated): the fields changed. */
  readonly fields: readonly AnnotationField[];
  /** Who made the change: the file's exporter, or who deleted it. */
  readonly by: string;
}

/** A merge as changes to write, conflicts to show and a summary. */
export interface MergePlan extends AnnotationChanges {
  readonly conflicts: readonly MergeConflict[];
  readonly summary: MergeSummary;
  /** Each local annotation updated or deleted, by id. */
  readonly changes: readonly MergeChange[];
}

/** A copy's entries by id; a RangeError when one id appears twice, which no valid copy holds. */
function versionsById(set: AnnotationSet, copy: string): Map<string, AnnotationVersion> {
  const versions: AnnotationVersion[] = [
    ...set.annotations.map((annotation): AnnotationVersion => ({ kind: 'annotation', annotation })),
    ...set.tombstones.map((tombstone): AnnotationVersion => ({ kind: 'tombstone', tombstone })),
  ];
  const byId = new Map<string, AnnotationVersion>();
  for (const version of versions) {
    const id = versionId(version);
    if (byId.has(id)) throw new RangeError(`The ${copy} annotations hold id ${id} more than once`);
    byId.set(id, version);
  }
  return byId;
}

/** The earlier of two origins (then the lesser author), so a choice between them is symmetric. */
function earlierOrigin(a: AnnotationOrigin, b: AnnotationOrigin): AnnotationOrigin {
  const byTime = Date.parse(a.exportedAt) - Date.parse(b.exportedAt);
  if (byTime !== 0) return byTime < 0 ? a : b;
  return a.author <= b.author ? a : b;
}

/** `iso`, or `now` when it lies beyond `horizon` (ms). */
function believable(iso: string, horizon: number, now: string): string {
  return Date.parse(iso) > horizon ? now : iso;
}

/**
 * An incoming version with every time beyond `horizon` set to `now`, and whether it had one:
 * a far-future time kept would outrank every later edit here.
 */
function believed(version: AnnotationVersion, horizon: number, now: string): { readonly version: AnnotationVersion; readonly future: boolean } {
  if (version.kind === 'tombstone') {
    const { tombstone } = version;
    const deletedAt = believable(tombstone.deletedAt, horizon, now);
    return { version: deletedAt === tombstone.deletedAt ? version : { kind: 'tombstone', tombstone: { ...tombstone, deletedAt } }, future: deletedAt !== tombstone.deletedAt };
  }
  const { annotation } = version;
  const updatedAt = believable(annotation.updatedAt, horizon, now);
  const createdAt = believable(annotation.createdAt, horizon, now);
  const verdictAt = annotation.verdict && believable(annotation.verdict.at, horizon, now);
  const future = updatedAt !== annotation.updatedAt || createdAt !== annotation.createdAt || (annotation.verdict !== undefined && verdictAt !== annotation.verdict.at);
  if (!future) return { version, future };
  const verdict = annotation.verdict && verdictAt ? { ...annotation.verdict, at: verdictAt } : undefined;
  return { version: { kind: 'annotation', annotation: { ...annotation, createdAt, updatedAt, ...(verdict ? { verdict } : {}) } }, future };
}

/**
 * Whether the analyst changed `annotation` here after `exported` (ms): a change not from a
 * file (no origin, or changed after the file it came from was exported) later than that time.
 */
function changedHereSince(annotation: Annotation, exported: number): boolean {
  const changed = lastModified(annotation);
  return changed > exported && (!annotation.origin || changed > Date.parse(annotation.origin.exportedAt));
}

/** The version of one id that a merge keeps, and the conflict it records, if any. */
interface Resolution {
  readonly kept: AnnotationVersion;
  readonly conflict?: MergeConflict;
}

/**
 * Resolves one id present in the incoming file (`theirs` already stamped with its origin and
 * its times believed; `future` when one of them was not) against the local version, if any.
 */
function resolve(ours: AnnotationVersion | undefined, theirs: AnnotationVersion, future: boolean, source: AnnotationOrigin): Resolution {
  if (!ours) return { kept: theirs };
  if (ours.kind === 'annotation' && theirs.kind === 'annotation' && sameContent(ours.annotation, theirs.annotation)) {
    // Same content from two files: keep the earlier file as its origin, whichever came first.
    // An annotation made here has no origin and keeps none.
    const origin = ours.annotation.origin && theirs.annotation.origin && earlierOrigin(ours.annotation.origin, theirs.annotation.origin);
    return { kept: origin ? { kind: 'annotation', annotation: { ...ours.annotation, origin } } : ours };
  }
  const oursWins = compareVersions(ours, theirs) >= 0;
  if (!oursWins && (future || (ours.kind === 'annotation' && changedHereSince(ours.annotation, Date.parse(source.exportedAt))))) {
    // The file would win by its clock: against a deletion here nothing is set aside (a file's
    // edit cannot undo it unasked); against the analyst's version, that version stays.
    if (ours.kind === 'tombstone') return { kept: ours };
    const kind = theirs.kind === 'annotation' ? 'both-edited' : 'edited-after-deletion';
    return { kept: ours, conflict: { id: ours.annotation.id, kind, kept: ours.annotation, discarded: theirs, keptSide: 'local', source, reason: future ? 'future' : 'edited-here' } };
  }
  const [kept, discarded] = oursWins ? [ours, theirs] : [theirs, ours];
  if (kept.kind === 'tombstone') return { kept };
  return {
    kept,
    conflict: {
      id: kept.annotation.id,
      kind: discarded.kind === 'annotation' ? 'both-edited' : 'edited-after-deletion',
      kept: kept.annotation,
      discarded,
      keptSide: oursWins ? 'local' : 'incoming',
      source,
      reason: 'later',
    },
  };
}

/** Versions equal in every field, origin included (nothing to write). */
function identical(a: AnnotationVersion, b: AnnotationVersion): boolean {
  return a.kind === b.kind && stableJson(a) === stableJson(b);
}

/** Ascending by id, so plans list their changes in the same order on every machine. */
function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The plan for merging `incoming` (a teammate's file) into `local`, both about one article
 * (the caller maps the file's article to the local one by content hash first). Per id:
 * - absent here: the incoming annotation is added, stamped with `origin` = the file's
 *   source (its author is kept); an incoming tombstone is stored so the annotation stays
 *   deleted if another copy brings it later;
 * - the same content (origin aside): unchanged;
 * - different versions: the one `compareVersions` ranks higher is kept (the later change;
 *   a tombstone beats an annotation not updated after it) and, when the kept version is an
 *   annotation, the other is recorded as a conflict. A local tombstone thus stops an older
 *   incoming annotation from coming back, and an incoming tombstone deletes a local
 *   annotation only if that was not updated after the deletion.
 * Afterwards, links to ids that end up deleted are dropped from every surviving annotation.
 * A file's version never wins by its clock: one that would replace or delete an annotation the
 * analyst changed here after the file's export, or that is dated more than `MAX_CLOCK_SKEW_MS`
 * after `now`, is a conflict that keeps the analyst's version; times beyond that skew are
 * stored as `now` (as is an export time beyond it), so they cannot outrank later edits.
 * Inputs are not modified. Throws a RangeError when a copy holds an id twice, when the
 * annotations belong to more than one brief, or when a time cannot be read.
 */
export function mergeAnnotations(local: AnnotationSet, incoming: IncomingAnnotations, now: string = new Date().toISOString()): MergePlan {
  const horizon = Date.parse(now) + MAX_CLOCK_SKEW_MS;
  if (Number.isNaN(horizon)) throw new RangeError(`Cannot merge at an unreadable time: "${now}"`);
  const source: AnnotationOrigin = { ...incoming.source, exportedAt: believable(incoming.source.exportedAt, horizon, now) };
  const ours = versionsById(local, 'local');
  const theirs = versionsById(incoming, 'incoming');
  const briefIds = new Set([...ours.values(), ...theirs.values()].map(versionBriefId));
  if (briefIds.size > 1) throw new RangeError(`Cannot merge annotations of different briefs: ${[...briefIds].sort().join(', ')}`);

  const final = new Map(ours);
  const conflicts: MergeConflict[] = [];
  for (const id of [...theirs.keys()].sort(byId)) {
    const { version, future } = believed(theirs.get(id) as AnnotationVersion, horizon, now);
    const stamped: AnnotationVersion = version.kind === 'annotation' ? { kind: 'annotation', annotation: { ...version.annotation, origin: source } } : version;
    const { kept, conflict } = resolve(ours.get(id), stamped, future, source);
    final.set(id, kept);
    if (conflict) conflicts.push(conflict);
  }

  const deletedIds = new Set([...final].filter(([, v]) => v.kind === 'tombstone').map(([id]) => id));
  const toPut: Annotation[] = [];
  const toDelete: string[] = [];
  const tombstonesToPut: AnnotationTombstone[] = [];
  const tombstonesToDelete: string[] = [];
  const counts = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  const changes: MergeChange[] = [];
  for (const id of [...final.keys()].sort(byId)) {
    const resolved = final.get(id) as AnnotationVersion;
    const before = ours.get(id);
    const after: AnnotationVersion =
      resolved.kind === 'annotation' ? { kind: 'annotation', annotation: pruneLinks(resolved.annotation, deletedIds) } : resolved;
    let outcome: keyof typeof counts = 'unchanged';
    if (after.kind === 'tombstone') {
      if (!before || !identical(before, after)) tombstonesToPut.push(after.tombstone);
      if (before?.kind === 'annotation') {
        toDelete.push(id);
        outcome = 'deleted';
        changes.push({ id, outcome, before: before.annotation, fields: [], by: after.tombstone.deletedBy });
      }
    } else if (before?.kind === 'annotation') {
      if (!identical(before, after)) toPut.push(after.annotation);
      // A new origin alone is bookkeeping, not news for the analyst.
      if (!sameContent(before.annotation, after.annotation)) {
        outcome = 'updated';
        changes.push({ id, outcome, before: before.annotation, after: after.annotation, fields: differingFields(before.annotation, after.annotation), by: after.annotation.origin?.author ?? source.author });
      }
    } else {
      toPut.push(after.annotation);
      if (before) tombstonesToDelete.push(id);
      outcome = 'added';
    }
    // Local-only ids are counted only when something happened to them (they lost links).
    if (theirs.has(id) || outcome !== 'unchanged') counts[outcome]++;
  }
  return {
    toPut,
    toDelete,
    tombstonesToPut,
    tombstonesToDelete,
    conflicts,
    summary: { ...counts, conflicts: conflicts.length },
    changes,
  };
}

/**
 * The plan's annotation changes as one change set over `local` (the annotations before the
 * merge): what undoing the merge takes back, as one step. Tombstones are left out: an undo
 * that brings an annotation back lifts its tombstone itself.
 */
export function mergeChangeSet(local: AnnotationSet, plan: AnnotationChanges): ChangeSet {
  const before = new Map(local.annotations.map((a) => [a.id, a]));
  return [
    ...plan.toPut.map((after) => ({ before: before.get(after.id) ?? null, after })),
    ...plan.toDelete.flatMap((id) => {
      const was = before.get(id);
      return was ? [{ before: was, after: null }] : [];
    }),
  ];
}
