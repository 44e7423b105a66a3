/**
 * Provenance of imported annotations: which teammate's `.brief` file brought an annotation
 * into this database, so the analyst can tell their own work from what they merged in.
 */
import type { Annotation } from './model';
import { utcDate } from './utc-date';

/** The `.brief` file an annotation was imported from: its exporter and export time. */
export interface AnnotationOrigin {
  /** Who exported the file (`exportedBy`). */
  readonly author: string;
  /** When the file was exported (`exportedAt`), ISO 8601. */
  readonly exportedAt: string;
}

/**
 * An annotation that may carry its origin. Absent for annotations made in this database.
 * Stands in for an `origin?` field on `Annotation` until the model has one.
 */
export type AnnotationWithOrigin = Annotation & { readonly origin?: AnnotationOrigin };

/**
 * The origin as shown to the analyst: `from Alice's brief, 2025-12-18`. The date is the UTC
 * calendar date, so the text does not depend on the machine's locale or time zone.
 */
export function describeOrigin(origin: AnnotationOrigin): string {
  return `from ${origin.author}'s brief, ${utcDate(origin.exportedAt)}`;
}
