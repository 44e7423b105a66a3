/**
 * Annotations for unit tests: one on a quote of a given text, with plain defaults for the
 * fields a test does not care about. Test-only: nothing in the product imports it.
 */
import type { Annotation } from '../model/model';
import { describeRange } from '../anchoring/text-selectors';

/**
 * An annotation on the first occurrence of `exact` in `text`; `fields` (at least the id)
 * override the defaults. Throws a RangeError when the text lacks the quote.
 */
export function annotationOn(text: string, exact: string, fields: Partial<Annotation> & Pick<Annotation, 'id'>): Annotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new RangeError(`The test text lacks ${exact}`);
  return {
    briefId: 'brief',
    articleId: 'art',
    tag: 'guarantee',
    target: describeRange(text, { start, end: start + exact.length }),
    note: '',
    links: [],
    author: 'Ana',
    createdAt: '2025-12-18T10:00:00Z',
    updatedAt: '2025-12-18T10:00:00Z',
    ...fields,
  };
}
