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
