/**
 * How the UI shows a stored time: the analyst's locale, medium date and short time.
 */

// One formatter for every card: `Date#toLocaleString` builds a new one per call, which
// showed in the panel's scrolling profile (measured in bench/).
const FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** An ISO 8601 time as the analyst reads it; an unreadable value is shown as stored. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : FORMAT.format(date);
}

const DATE_FORMAT = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' });

/**
 * A publication date as the analyst reads it: an ISO date (`2025-12-18`) in their locale's long
 * form; anything else (`December 18, 2025`, `Thursday`) as the source wrote it.
 */
export function formatPublished(published: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  const date = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? published : DATE_FORMAT.format(date);
}
