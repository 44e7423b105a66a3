/**
 * Tombstones: the record that an annotation was deleted. Deletions have to travel in `.brief`
 * files like edits do, or a teammate's older copy would bring a deleted annotation back.
 */
import type { Annotation } from '../model/model';

/** That annotation `id` was deleted, when and by whom. Kept instead of the annotation. */
export interface AnnotationTombstone {
  /** The deleted annotation's id. */
  readonly id: string;
  /** The brief the annotation belonged to. */
  readonly briefId: string;
  readonly articleId: string;
  /** When it was deleted, ISO 8601. An edit made after this time outranks the deletion. */
  readonly deletedAt: string;
  /** Who deleted it. */
  readonly deletedBy: string;
}

/** The tombstone left when `deletedBy` deletes `annotation` at `deletedAt` (ISO 8601). */
export function tombstoneOf(annotation: Annotation, deletedBy: string, deletedAt: string): AnnotationTombstone {
  return { id: annotation.id, briefId: annotation.briefId, articleId: annotation.articleId, deletedAt, deletedBy };
}
