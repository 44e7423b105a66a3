/**
 * Which annotations the panel shows: by tag and by a search over quote, note and speaker.
 */
import type { Annotation } from '../model/model';
import { TAGS, type Tag } from '../model/tags';

/** The panel's filter: one tag or all, and a search text (empty for none). */
export interface AnnotationFilter {
  readonly tag: Tag | 'all';
  readonly query: string;
}

/** The filter that shows everything. */
export const SHOW_ALL: AnnotationFilter = { tag: 'all', query: '' };

/**
 * `filter` as a test of one annotation; the search ignores case and accents. Its search text
 * is folded once, not once per annotation (a Unicode normalisation: at 10,000 annotations,
 * milliseconds on every change).
 */
export function filterPredicate(filter: AnnotationFilter): (annotation: Annotation) => boolean {
  const query = fold(filter.query.trim());
  const tag = filter.tag;
  return (annotation) =>
    (tag === 'all' || annotation.tag === tag) &&
    (!query || [annotation.target.quote.exact, annotation.note, annotation.speaker ?? ''].some((field) => fold(field).includes(query)));
}

/** `list` narrowed to what `filter` lets through: `list` itself when the filter shows everything. */
export function applyFilter<T>(list: readonly T[], filter: AnnotationFilter, annotationOf: (item: T) => Annotation): readonly T[] {
  if (filter.tag === 'all' && !filter.query.trim()) return list;
  const passes = filterPredicate(filter);
  return list.filter((item) => passes(annotationOf(item)));
}

/** How many annotations carry each tag, and in all. */
export function countByTag(annotations: Iterable<Annotation>): Readonly<Record<Tag | 'all', number>> {
  const counts: Record<Tag | 'all', number> = { all: 0, guarantee: 0, risk: 0, precedent: 0 };
  for (const annotation of annotations) {
    counts.all++;
    counts[annotation.tag]++;
  }
  return counts;
}

/** Every tag filter, in display order. */
export const TAG_FILTERS: readonly (Tag | 'all')[] = ['all', ...TAGS];

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
