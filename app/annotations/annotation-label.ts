/**
 * An annotation named in one short line — its tag's letter and the start of its quote — for
 * lists that refer to an annotation rather than show it: link lists, the choice between
 * overlapping highlights, the merge summary.
 */
import type { Annotation } from '../model/model';
import { shortenQuote } from '../model/shorten-quote';
import { tagStyle } from '../model/tags';

/** `G: the quote…`: the tag letter and the quote cut to 60 characters (59 and an ellipsis). */
export function shortLabel(annotation: Annotation): string {
  return `${tagStyle(annotation.tag).letter}: ${shortenQuote(annotation.target.quote.exact)}`;
}
