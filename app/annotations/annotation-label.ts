/**
 * An annotation named in one short line — its tag's letter and the start of its quote — for
 * lists that refer to an annotation rather than show it: link lists, the choice between
 * overlapping highlights, the merge summary.
 */
import type { Annotation } from '../model/model';
import { tagStyle } from '../model/tags';

/** `G: the quote…`: the tag letter and the quote cut to 60 characters (59 and an ellipsis). */
export function shortLabel(annotation: Annotation): string {
  const quote = annotation.target.quote.exact;
  return `${tagStyle(annotation.tag).letter}: ${quote.length > 60 ? `${quote.slice(0, 59)}…` : quote}`;
}
