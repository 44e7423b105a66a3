/**
 * Provenance of imported annotations: which teammate's `.brief` file brought an annotation
 * into this database, so the analyst can tell their own work from what they merged in.
 */
import type { AnnotationOrigin } from '../model/model';
import { utcDate } from '../model/utc-date';

/** The origin of an imported annotation (defined with the model). */
export type { AnnotationOrigin } from '../model/model';

/**
 * The origin as shown to the analyst: `from Alice's brief, 2025-12-18`. The date is the UTC
 * calendar date, so the text does not depend on the machine's locale or time zone.
 */
export function describeOrigin(origin: AnnotationOrigin): string {
  return `from ${origin.author}'s brief, ${utcDate(origin.exportedAt)}`;
}
