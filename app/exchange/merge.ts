/**
 * Merging a teammate's annotations into ours, per annotation id, as a pure plan the database
 * then applies in one transaction. The plan never loses a version silently: what it does not
 * keep is either deleted by a tombstone no older than it, or recorded as a conflict.
 *
 * Every id keeps the version that `compareVersions` ranks highest, a total order, so merging
 * the same files in any order leaves the same annotations and tombstones. Which copy a
 * version came from only matters for conflicts and for the summary.
 */
import type { Annotation, AnnotationOrigin } from '../model/model';
import type { AnnotationChanges, AnnotationSet } from '../annotations/annotation-set';
import { compareVersions, sameContent, versionArticleId, versionId, type AnnotationVersion } from '../annotations/annotation-version';
import type { MergeConflict } from './merge-conflict';
import { pruneLinks } from '../annotations/prune-links';
import { stableJson } from '../model/stable-json';
import type { AnnotationTombstone } from '../annotations/tombstone';

/** A teammate's annotations of the same article, and the `.brief` file they came in. */
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

/** A merge as changes to write, conflicts to show and a summary. */
export interface MergePlan extends AnnotationChanges {
  readonly conflicts: readonly MergeConflict[];
  readonly summary: MergeSummary;
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

/** The version of one id that a merge keeps, and the conflict it records, if any. */
interface Resolution {
  readonly kept: AnnotationVersion;
  readonly conflict?: MergeConflict;
}

/**
 * Resolves one id present in the incoming file (`theirs` already stamped with its origin)
 * against the local version, if any.
 */
function resolve(ours: AnnotationVersion | undefined, theirs: AnnotationVersion, source: AnnotationOrigin): Resolution {
  if (!ours) return { kept: theirs };
  if (ours.kind === 'annotation' && theirs.kind === 'annotation' && sameContent(ours.annotation, theirs.annotation)) {
    // Same content from two files: keep the earlier file as its origin, whichever came first.
    // An annotation made here has no origin and keeps none.
    const origin = ours.annotation.origin && theirs.annotation.origin && earlierOrigin(ours.annotation.origin, theirs.annotation.origin);
    return { kept: origin ? { kind: 'annotation', annotation: { ...ours.annotation, origin } } : ours };
  }
  const oursWins = compareVersions(ours, theirs) >= 0;
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
 * Inputs are not modified. Throws a RangeError when a copy holds an id twice, when the
 * annotations belong to more than one article, or when a time cannot be read.
 */
export function mergeAnnotations(local: AnnotationSet, incoming: IncomingAnnotations): MergePlan {
  const ours = versionsById(local, 'local');
  const theirs = versionsById(incoming, 'incoming');
  const articleIds = new Set([...ours.values(), ...theirs.values()].map(versionArticleId));
  if (articleIds.size > 1) throw new RangeError(`Cannot merge annotations of different articles: ${[...articleIds].sort().join(', ')}`);

  const final = new Map(ours);
  const conflicts: MergeConflict[] = [];
  for (const id of [...theirs.keys()].sort(byId)) {
    const version = theirs.get(id) as AnnotationVersion;
    const stamped: AnnotationVersion =
      version.kind === 'annotation' ? { kind: 'annotation', annotation: { ...version.annotation, origin: incoming.source } } : version;
    const { kept, conflict } = resolve(ours.get(id), stamped, incoming.source);
    final.set(id, kept);
    if (conflict) conflicts.push(conflict);
  }

  const deletedIds = new Set([...final].filter(([, v]) => v.kind === 'tombstone').map(([id]) => id));
  const toPut: Annotation[] = [];
  const toDelete: string[] = [];
  const tombstonesToPut: AnnotationTombstone[] = [];
  const tombstonesToDelete: string[] = [];
  const counts = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
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
      }
    } else if (before?.kind === 'annotation') {
      if (!identical(before, after)) toPut.push(after.annotation);
      // A new origin alone is bookkeeping, not news for the analyst.
      if (!sameContent(before.annotation, after.annotation)) outcome = 'updated';
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
  };
}
