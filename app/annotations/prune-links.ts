/**
 * Dropping links to deleted annotations. A link says "this risk bears on that guarantee";
 * once that guarantee is deleted the link points at nothing and would dangle in briefs.
 */
import type { Annotation } from '../model/model';

/**
 * `annotation` without its links to `deletedIds`; the very same object when it has none, so
 * callers can tell by identity whether anything changed. `updatedAt` is left alone: the
 * change follows from a deletion every copy learns of, and is not an edit that should
 * outrank other copies.
 */
export function pruneLinks<T extends Annotation>(annotation: T, deletedIds: ReadonlySet<string>): T {
  if (!annotation.links.some((id) => deletedIds.has(id))) return annotation;
  return { ...annotation, links: annotation.links.filter((id) => !deletedIds.has(id)) };
}
