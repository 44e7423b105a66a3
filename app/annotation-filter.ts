/**
 * Which annotations the panel shows: by tag and by a search over quote, note and speaker.
 */
import type { Annotation } from './model';
import { TAGS, type Tag } from './tags';

/** The panel's filter: one tag or all, and a search text (empty for none). */
export interface AnnotationFilter {
  readonly tag: Tag | 'all';
  readonly query: string;
}

/** The filter that shows everything. */
export const SHOW_ALL: AnnotationFilter = { tag: 'all', query: '' };

/** Whether `annotation` passes `filter`. The search ignores case and accents. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.tag !== 'all' && annotation.tag !== filter.tag) return false;
  const query = fold(filter.query.trim());
  if (!query) return true;
  return [annotation.target.quote.exact, annotation.note, annotation.speaker ?? ''].some((field) => fold(field).includes(query));
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
