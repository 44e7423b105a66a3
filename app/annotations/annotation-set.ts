/**
 * The annotations of one article as a merge sees them — live ones and tombstones — and a set
 * of changes to them. The database applies changes in one transaction; `applyChanges` is the
 * same thing on plain values, for tests and in-memory state.
 */
import type { Annotation } from '../model/model';
import type { AnnotationTombstone } from './tombstone';

/** One copy's annotations of one article: at most one entry per id across both lists. */
export interface AnnotationSet {
  readonly annotations: readonly Annotation[];
  readonly tombstones: readonly AnnotationTombstone[];
}

/** What to write to an `AnnotationSet`: annotations and tombstones put (by id) or removed. */
export interface AnnotationChanges {
  /** Annotations to store, replacing any with the same id. */
  readonly toPut: readonly Annotation[];
  /** Ids of annotations to remove. */
  readonly toDelete: readonly string[];
  /** Tombstones to store, replacing any with the same id. */
  readonly tombstonesToPut: readonly AnnotationTombstone[];
  /** Ids of tombstones to remove (the annotation came back). */
  readonly tombstonesToDelete: readonly string[];
}

/** Changes that change nothing. */
export const NO_CHANGES: AnnotationChanges = { toPut: [], toDelete: [], tombstonesToPut: [], tombstonesToDelete: [] };

/** Entries keyed by id, minus `removed`, plus `put` (which replaces). */
function upsert<T extends { readonly id: string }>(entries: readonly T[], removed: readonly string[], put: readonly T[]): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const id of removed) byId.delete(id);
  for (const entry of put) byId.set(entry.id, entry);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * `set` with `changes` applied, as a new set; both lists sorted by id so that equal contents
 * give equal values. Removals apply before puts, as a transaction writing both would.
 */
export function applyChanges(set: AnnotationSet, changes: AnnotationChanges): AnnotationSet {
  return {
    annotations: upsert(set.annotations, changes.toDelete, changes.toPut),
    tombstones: upsert(set.tombstones, changes.tombstonesToDelete, changes.tombstonesToPut),
  };
}
